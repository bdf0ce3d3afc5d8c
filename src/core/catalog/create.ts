/**
 * Building a Catalog from a validated file: indexes by code and by normalized current and former
 * names; merging a user's year catalog over the bundled one.
 */
import type { Catalog, CatalogEntry, CatalogKind } from "./catalog";
import { cleanCode } from "./codes";
import { normalizeSubjectName } from "./normalize";

/** What a catalog file must provide (the validated shape of schema.ts). */
export interface CatalogSource {
  label: string;
  year?: number;
  entries: readonly CatalogEntry[];
}

/** How a name relates to an entry: its current name, or one it carried before. */
export type NameMatch = { status: "current" } | { status: "former"; former: { name: string; until?: number } };

const NO_ENTRIES: readonly CatalogEntry[] = Object.freeze([]);

function key(kind: CatalogKind, value: string): string {
  return `${kind}\u0000${value}`;
}

function copyEntry(entry: CatalogEntry): CatalogEntry {
  const copy: CatalogEntry = { kind: entry.kind, code: entry.code, name: entry.name, source: entry.source };
  if (entry.formerNames && entry.formerNames.length > 0) copy.formerNames = entry.formerNames.map((f) => ({ ...f }));
  return copy;
}

/** Whether `name` (any spelling that normalizes alike) is the entry's current or a former name. */
export function matchSubjectName(entry: CatalogEntry, name: string): NameMatch | undefined {
  const wanted = normalizeSubjectName(name);
  if (wanted.length === 0) return undefined;
  if (normalizeSubjectName(entry.name) === wanted) return { status: "current" };
  const former = entry.formerNames?.find((f) => normalizeSubjectName(f.name) === wanted);
  return former ? { status: "former", former: { ...former } } : undefined;
}

/** A catalog over the given entries (copied; later changes to the input do not leak in). */
export function createCatalog(source: CatalogSource): Catalog {
  const entries = source.entries.map(copyEntry);
  // By kind, then code: a lookup builds no key string (5,000-row tables look up every code).
  const codeIndex = new Map<CatalogKind, Map<string, CatalogEntry>>();
  const nameIndex = new Map<CatalogKind, Map<string, CatalogEntry[]>>();
  const addName = (entry: CatalogEntry, name: string) => {
    let byKind = nameIndex.get(entry.kind);
    if (!byKind) nameIndex.set(entry.kind, (byKind = new Map()));
    const k = normalizeSubjectName(name);
    const list = byKind.get(k) ?? [];
    if (!list.includes(entry)) list.push(entry);
    byKind.set(k, list);
  };
  for (const entry of entries) {
    let byKind = codeIndex.get(entry.kind);
    if (!byKind) codeIndex.set(entry.kind, (byKind = new Map()));
    byKind.set(entry.code, entry);
    addName(entry, entry.name);
    for (const former of entry.formerNames ?? []) addName(entry, former.name);
  }
  // Lists are handed out as they are (no copy per lookup): frozen, so no caller can change the index.
  for (const byKind of nameIndex.values()) for (const list of byKind.values()) Object.freeze(list);
  const catalog: Catalog = {
    label: source.label,
    entries,
    byCode(kind, code) {
      const clean = cleanCode(code);
      return clean === undefined ? undefined : codeIndex.get(kind)?.get(clean);
    },
    byName(kind, name) {
      const normalized = normalizeSubjectName(name);
      if (normalized.length === 0) return [];
      return nameIndex.get(kind)?.get(normalized) ?? NO_ENTRIES;
    },
  };
  if (source.year !== undefined) catalog.year = source.year;
  return catalog;
}

/**
 * `override` (a user's year catalog) over `base` (the bundled one), code by code: an entry of
 * `override` replaces the entry of `base` with the same kind and code, keeping its place; new
 * codes are appended. Former names of both are kept (the history of a code does not go away
 * because a year's list omits it), except a former name equal to the new current name.
 * Label and year are the override's (the base's year when the override has none).
 */
export function mergeCatalogs(base: Catalog, override: Catalog): Catalog {
  const overrides = new Map(override.entries.map((e) => [key(e.kind, e.code), e] as const));
  const used = new Set<string>();
  const merged: CatalogEntry[] = [];
  for (const entry of base.entries) {
    const k = key(entry.kind, entry.code);
    const replacement = overrides.get(k);
    if (!replacement) {
      merged.push(entry);
      continue;
    }
    used.add(k);
    merged.push(withHistory(replacement, entry));
  }
  for (const entry of override.entries) if (!used.has(key(entry.kind, entry.code))) merged.push(entry);
  const source: CatalogSource = { label: override.label, entries: merged };
  const year = override.year ?? base.year;
  return createCatalog(year === undefined ? source : { ...source, year });
}

function withHistory(current: CatalogEntry, older: CatalogEntry): CatalogEntry {
  const currentName = normalizeSubjectName(current.name);
  const seen = new Set<string>([currentName]);
  const formerNames: { name: string; until?: number }[] = [];
  for (const former of [...(current.formerNames ?? []), ...(older.formerNames ?? [])]) {
    const n = normalizeSubjectName(former.name);
    if (seen.has(n)) continue;
    seen.add(n);
    formerNames.push({ ...former });
  }
  const entry = copyEntry({ ...current, formerNames: undefined });
  if (formerNames.length > 0) entry.formerNames = formerNames;
  return entry;
}
