/** Sheet names Excel accepts, and a free one when the wanted name is taken. */

const MAX_LENGTH = 31;

/** Removes the characters Excel forbids ([]:*?/\) and leading/trailing apostrophes; caps at 31. */
export function cleanSheetName(name: string): string {
  const cleaned = name.replace(/[[\]:*?/\\]/g, "").replace(/^'+|'+$/g, "").trim();
  return (cleaned || "工作表").slice(0, MAX_LENGTH);
}

/** `name`, or `name (2)`, `name (3)`… — the first not among `taken` (compared case-insensitively). */
export function uniqueSheetName(name: string, taken: Iterable<string>): string {
  const base = cleanSheetName(name);
  const used = new Set([...taken].map((n) => n.toLowerCase()));
  if (!used.has(base.toLowerCase())) return base;
  for (let i = 2; ; i++) {
    const suffix = ` (${i})`;
    const candidate = `${base.slice(0, MAX_LENGTH - suffix.length)}${suffix}`;
    if (!used.has(candidate.toLowerCase())) return candidate;
  }
}

/** Rows padded to one width, blanks as "" (what both hosts write for an empty cell). */
export function rectangular<T>(rows: (T | null | undefined)[][]): (T | "")[][] {
  const width = rows.reduce((w, r) => Math.max(w, r.length), 0);
  return rows.map((r) => Array.from({ length: width }, (_, i) => (r[i] === null || r[i] === undefined ? "" : (r[i] as T))));
}
