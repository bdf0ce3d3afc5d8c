/**
 * Office.js range data → Grid. Pure functions: what Excel returns for a used range (possibly in
 * row blocks) becomes the plain Grid the core reads.
 */
import Decimal from "decimal.js";
import type { CellValue, Grid, MergeArea } from "../../core/grid";
import { fromA1 } from "../../core/grid";
import { formatDecimal, formatDecimals } from "../../core/money";

/** One rectangular block of a used range as Excel returned it. */
export interface RangeBlock {
  rowIndex: number;
  columnIndex: number;
  values: unknown[][];
  text: string[][];
  numberFormat: unknown[][];
}

export interface UsedRangeShape {
  rowIndex: number;
  columnIndex: number;
  rowCount: number;
  columnCount: number;
}

/** Stitches blocks (row slices of one used range, any order) into a Grid. */
export function blocksToGrid(sheet: string, shape: UsedRangeShape | null, blocks: RangeBlock[], merges: MergeArea[]): Grid {
  if (!shape || shape.rowCount === 0 || shape.columnCount === 0) {
    return { sheet, originRow: 0, originCol: 0, values: [], text: [], formats: [], merges };
  }
  const { rowIndex, columnIndex, rowCount, columnCount } = shape;
  const values: CellValue[][] = Array.from({ length: rowCount }, () => new Array<CellValue>(columnCount).fill(null));
  const text: string[][] = Array.from({ length: rowCount }, () => new Array<string>(columnCount).fill(""));
  const formats: string[][] = Array.from({ length: rowCount }, () => new Array<string>(columnCount).fill("General"));
  for (const b of blocks) {
    for (let i = 0; i < b.values.length; i++) {
      const r = b.rowIndex - rowIndex + i;
      if (r < 0 || r >= rowCount) continue;
      for (let j = 0; j < b.values[i].length; j++) {
        const c = b.columnIndex - columnIndex + j;
        if (c < 0 || c >= columnCount) continue;
        const fmt = normalizeFormat(b.numberFormat[i]?.[j]);
        const v = plainValue(b.values[i][j]);
        values[r][c] = v;
        formats[r][c] = fmt;
        text[r][c] = displayedText(v, b.text[i]?.[j] ?? "", fmt);
      }
    }
  }
  return { sheet, originRow: rowIndex, originCol: columnIndex, values, text, formats, merges };
}

function plainValue(v: unknown): CellValue {
  if (v === "" || v === undefined || v === null) return null;
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") return v;
  return String(v);
}

function normalizeFormat(f: unknown): string {
  return typeof f === "string" && f !== "" ? f : "General";
}

/**
 * Excel's `text` is what the cell shows, which is "####" when the column is too narrow for a
 * number; then the text is rebuilt from the value and its format.
 */
function displayedText(value: CellValue, shown: string, fmt: string): string {
  if (value === null) return "";
  if (typeof value !== "number" || !/^#+$/.test(shown)) return shown;
  const decimals = formatDecimals(fmt);
  if (decimals === null) return String(Number(value.toPrecision(15)));
  const pct = /%/.test(fmt.split(";")[0]);
  const s = formatDecimal(new Decimal(value).times(pct ? 100 : 1), decimals, /#,##0|,/.test(fmt));
  return pct ? `${s}%` : s;
}

const AREA = /(?:^|,)\s*(?:'(?:[^']|'')*'|[^',!]+)!(\$?[A-Z]+\$?\d+)(?::(\$?[A-Z]+\$?\d+))?/g;

/**
 * Merged areas from a RangeAreas address: "Sheet1!A1:F1, Sheet1!A2:A3" or "'表 一'!A1:B1".
 * Returns absolute 0-based areas.
 */
export function parseAreas(address: string | null | undefined): MergeArea[] {
  if (!address) return [];
  const out: MergeArea[] = [];
  for (const m of address.matchAll(AREA)) {
    const a = fromA1(m[1].replace(/\$/g, ""));
    const b = fromA1((m[2] ?? m[1]).replace(/\$/g, ""));
    out.push({ top: a.row, left: a.col, bottom: b.row, right: b.col });
  }
  return out;
}
