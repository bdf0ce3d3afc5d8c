/**
 * Layout noise around the same data: tables that do not start at A1, blank rows inside table
 * bodies, "…" placeholder rows left from a template, codes stored as numbers.
 */
import { cloneSheets, insertColumns, insertRows, isTableSheet, type SheetSpec } from "../lib/sheet-spec";

/** Moves every table sheet's content down `rows` and right `cols`. */
export function offsetTables(sheets: SheetSpec[], rows: number, cols: number): SheetSpec[] {
  const out = cloneSheets(sheets);
  for (const s of out.filter(isTableSheet)) {
    insertRows(s, 0, rows);
    insertColumns(s, 0, cols);
  }
  return out;
}

function bodyRowIndexes(sheet: SheetSpec): number[] {
  return sheet.rows.flatMap((r, i) => (r.some((c) => c?.role === "money") ? [i] : []));
}

/** A blank row after every `every`-th body row of each table, and a "…" row after the last one. */
export function blankAndEllipsisRows(sheets: SheetSpec[], every: number): SheetSpec[] {
  const out = cloneSheets(sheets);
  for (const s of out.filter(isTableSheet)) {
    const body = bodyRowIndexes(s);
    if (!body.length) continue;
    const last = body[body.length - 1];
    const width = Math.max(...s.rows.map((r) => r.length));
    // Bottom-up, so earlier indexes stay valid.
    insertRows(s, last + 1, 1);
    s.rows[last + 1] = Array.from({ length: Math.min(width, 2) }, () => ({ value: "…", role: "text" as const }));
    for (let k = body.length - 1; k >= 0; k--) {
      if ((k + 1) % every === 0 && body[k] !== last) insertRows(s, body[k] + 1, 1);
    }
  }
  return out;
}

/** Codes written as numbers (General format): "2010301" → 2010301, a split "03" → 3. */
export function codesAsNumbers(sheets: SheetSpec[]): SheetSpec[] {
  const out = cloneSheets(sheets);
  for (const s of out) {
    for (const r of s.rows) {
      for (const c of r) {
        if (c?.role === "code" && typeof c.value === "string" && /^\d+$/.test(c.value)) {
          c.value = Number(c.value);
          c.numFmt = undefined;
        }
      }
    }
  }
  return out;
}
