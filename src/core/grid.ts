/**
 * The Grid: a sheet's used range as plain data. It is the only input the core sees;
 * both hosts (Office.js inside Excel, ExcelJS outside) produce Grids.
 */
export type CellValue = string | number | boolean | null;

/** A merged area in absolute 0-based sheet coordinates (inclusive). */
export interface MergeArea {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface Grid {
  /** Sheet name as the workbook shows it. */
  sheet: string;
  /** 0-based sheet row / column of the used range's top-left cell. */
  originRow: number;
  originCol: number;
  /** Raw values: numbers for numeric cells, strings for text, null for blank; a formula's cached result. */
  values: CellValue[][];
  /** Displayed text ('' for blank). When a host cannot format, it passes the value as a string. */
  text: string[][];
  /** Number formats ('General', '0.00', '#,##0.00'); same shape as values. */
  formats: string[][];
  /** Formula text (with leading '=') or null; optional. */
  formulas?: (string | null)[][];
  /** Cells whose formula has no cached value: the value could not be read. Absolute "row,col" keys. */
  uncachedFormulaCells?: string[];
  merges: MergeArea[];
}

/** Column index (0-based) → letters: 0 → A, 25 → Z, 26 → AA. */
export function columnLetters(col: number): string {
  let n = col + 1;
  let s = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

const LETTERS: string[] = [];

/** Absolute 0-based row/col → "B7". */
export function toA1(row: number, col: number): string {
  return `${col < 1024 ? (LETTERS[col] ??= columnLetters(col)) : columnLetters(col)}${row + 1}`;
}

/** "B7" → { row: 6, col: 1 } (0-based). Throws on malformed input. */
export function fromA1(address: string): { row: number; col: number } {
  const m = /^\$?([A-Z]+)\$?(\d+)$/.exec(address.trim().toUpperCase());
  if (!m) throw new Error(`不是有效的单元格地址：${address}`);
  let col = 0;
  for (const ch of m[1]) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]) - 1, col: col - 1 };
}

/** Range address of a grid's used range ("A1:F45"). */
export function gridRange(grid: Grid): string {
  const rows = grid.values.length;
  const cols = rows ? Math.max(...grid.values.map((r) => r.length)) : 0;
  if (!rows || !cols) return toA1(grid.originRow, grid.originCol);
  return `${toA1(grid.originRow, grid.originCol)}:${toA1(grid.originRow + rows - 1, grid.originCol + cols - 1)}`;
}

/** Empty grid helper for hosts and tests. */
export function emptyGrid(sheet: string): Grid {
  return { sheet, originRow: 0, originCol: 0, values: [], text: [], formats: [], merges: [] };
}
