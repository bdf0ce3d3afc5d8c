/**
 * What was generated, kept in a hidden sheet, so regenerating can tell which paragraphs the user
 * has changed since: for each generated paragraph its sheet, id, cell and a hash of the text
 * written (a hash, not the text, so the record itself never reads as a narrative).
 */
import type { CellValue, Grid } from "../../grid";
import { fromA1, toA1 } from "../../grid";
import type { GeneratedNarrative } from "./generate";

export const RECORD_SHEET = "_narrative_record";
export const NARRATIVE_SHEET = "情况说明（生成）";
const RECORD_HEADER = ["sheet", "paragraph", "cell", "hash", "template"];

export interface RecordedParagraph {
  id: string;
  /** A1 address on the generated sheet. */
  cell: string;
  hash: string;
}

export interface NarrativeRecord {
  sheet: string;
  templateId: string;
  paragraphs: RecordedParagraph[];
}

/** FNV-1a (32 bit) of the text with surrounding whitespace removed. */
export function textHash(text: string): string {
  let h = 0x811c9dc5;
  for (const ch of text.trim()) {
    h ^= ch.codePointAt(0)!;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, "0");
}

/** "情况说明（生成）", then "情况说明（生成2）", "情况说明（生成3）"… — the first name not taken. */
export function nextNarrativeSheetName(taken: Iterable<string>): string {
  const used = new Set(taken);
  if (!used.has(NARRATIVE_SHEET)) return NARRATIVE_SHEET;
  for (let i = 2; ; i++) {
    const name = `情况说明（生成${i}）`;
    if (!used.has(name)) return name;
  }
}

/** The generated sheet's rows: one paragraph per row, in column A. */
export function narrativeSheetRows(g: GeneratedNarrative): CellValue[][] {
  return g.paragraphs.map((p) => [p.text]);
}

/** The record of a sheet just written with `narrativeSheetRows` (paragraph i in A{i+1}). */
export function recordOf(sheet: string, g: GeneratedNarrative): NarrativeRecord {
  return {
    sheet,
    templateId: g.templateId,
    paragraphs: g.paragraphs.map((p, i) => ({ id: p.id, cell: toA1(i, 0), hash: textHash(p.text) })),
  };
}

export function recordRows(records: NarrativeRecord[]): CellValue[][] {
  return [RECORD_HEADER, ...records.flatMap((r) => r.paragraphs.map((p) => [r.sheet, p.id, p.cell, p.hash, r.templateId]))];
}

export function readRecords(grids: Grid[]): NarrativeRecord[] {
  const g = grids.find((x) => x.sheet === RECORD_SHEET);
  if (!g) return [];
  const bySheet = new Map<string, NarrativeRecord>();
  for (let r = 1; r < g.values.length; r++) {
    const [sheet, id, cell, hash, templateId] = (g.text[r] ?? []).map((t) => t.trim());
    if (!sheet || !id || !cell || !hash) continue;
    let rec = bySheet.get(sheet);
    if (!rec) bySheet.set(sheet, (rec = { sheet, templateId: templateId ?? "", paragraphs: [] }));
    rec.paragraphs.push({ id, cell, hash });
  }
  return [...bySheet.values()];
}

export interface KeptParagraph {
  id: string;
  cell: string;
  /** The user's text, left as it is. */
  text: string;
}

export type UpdatePlan =
  | {
      kind: "update";
      sheet: string;
      /** Paragraphs the user has not changed whose generated text is now different. */
      writes: { id: string; cell: string; text: string }[];
      /** Paragraphs the user changed: left alone. */
      kept: KeptParagraph[];
      /** The record after the update (kept paragraphs keep their old hash). */
      record: NarrativeRecord;
    }
  | { kind: "newVersion"; reason: string };

/**
 * Regenerating into an existing generated sheet: rewrite only the paragraphs whose text is still
 * what was generated; keep (and list) the ones the user changed. When the paragraphs are not the
 * same ones (a section appeared or went away, another template), a new sheet version is needed.
 */
export function planUpdate(record: NarrativeRecord, sheetGrid: Grid, next: GeneratedNarrative): UpdatePlan {
  if (record.templateId !== next.templateId) return { kind: "newVersion", reason: "模板不同" };
  const ids = next.paragraphs.map((p) => p.id).join("\n");
  if (ids !== record.paragraphs.map((p) => p.id).join("\n")) return { kind: "newVersion", reason: "段落构成有变化" };
  const textAt = (cell: string) => {
    const { row, col } = fromA1(cell);
    return sheetGrid.text[row - sheetGrid.originRow]?.[col - sheetGrid.originCol] ?? "";
  };
  const writes: { id: string; cell: string; text: string }[] = [];
  const kept: KeptParagraph[] = [];
  const paragraphs: RecordedParagraph[] = [];
  next.paragraphs.forEach((p, i) => {
    const rec = record.paragraphs[i];
    const current = textAt(rec.cell);
    if (textHash(current) !== rec.hash) {
      kept.push({ id: p.id, cell: rec.cell, text: current });
      paragraphs.push(rec);
      return;
    }
    if (current.trim() !== p.text.trim()) writes.push({ id: p.id, cell: rec.cell, text: p.text });
    paragraphs.push({ id: p.id, cell: rec.cell, hash: textHash(p.text) });
  });
  return { kind: "update", sheet: record.sheet, writes, kept, record: { ...record, paragraphs } };
}
