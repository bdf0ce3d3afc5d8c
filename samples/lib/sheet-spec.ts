/**
 * A sheet described as plain data before it is written: rows of cells, merges, widths.
 * Layouts produce SheetSpecs; messy variants transform them; the writer turns them into .xlsx.
 * Amounts are exact decimal text (`money`), never floats: the writer converts at the boundary.
 */

/** What a cell is, so that transforms can find amounts, codes, titles without re-parsing. */
export type CellRole =
  | "preface" // "预算公开表1"
  | "title"
  | "unitName" // "单位名称：阳城县信访局"
  | "moneyUnit" // "单位：万元"
  | "header"
  | "label" // row label of a two-sided or labelled table
  | "code" // 科目编码 (whole or one part of a split code)
  | "name" // 科目名称 / project name
  | "text" // other text in a table body
  | "money"
  | "note" // "注：本表无数据"
  | "heading" // narrative section heading
  | "para"; // narrative paragraph

export interface CellSpec {
  /** Text or a plain number written as is. Ignored when `money` is set. */
  value?: string | number | null;
  /** An amount as exact decimal text ("263.64"). Written as a number. */
  money?: string;
  numFmt?: string;
  /** Formula without the leading '='. */
  formula?: string;
  /** Whether the formula's result (`money`) is stored in the file. */
  cached?: boolean;
  role?: CellRole;
  /** Stable key by which tests and expectations find this cell ("T02/2080505/total"). */
  anchor?: string;
  /** More anchors for the same cell (a cell holding several paragraphs answers to each of them). */
  alsoAnchors?: string[];
  style?: "title" | "header" | "bold";
  wrap?: boolean;
}

export interface MergeSpec {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface SheetSpec {
  name: string;
  rows: (CellSpec | null)[][];
  merges: MergeSpec[];
  /** Column widths in characters. */
  widths?: number[];
  state?: "visible" | "hidden";
}

export type CellInput = CellSpec | string | null;

/** Text cells are given as strings, blanks as null or "". */
export function toCell(input: CellInput): CellSpec | null {
  if (input === null || input === "") return null;
  if (typeof input === "string") return { value: input };
  return input;
}

/** Builds a sheet row by row (0-based indexes). */
export class SheetBuilder {
  readonly rows: (CellSpec | null)[][] = [];
  readonly merges: MergeSpec[] = [];
  widths?: number[];

  constructor(readonly name: string) {}

  get nextRow(): number {
    return this.rows.length;
  }

  /** Appends a row and returns its index. */
  add(cells: CellInput[] = []): number {
    this.rows.push(cells.map(toCell));
    return this.rows.length - 1;
  }

  set(row: number, col: number, cell: CellInput): void {
    while (this.rows.length <= row) this.rows.push([]);
    const r = this.rows[row];
    while (r.length <= col) r.push(null);
    r[col] = toCell(cell);
  }

  merge(top: number, left: number, bottom: number, right: number): void {
    if (top === bottom && left === right) return;
    this.merges.push({ top, left, bottom, right });
  }

  build(state?: SheetSpec["state"]): SheetSpec {
    return { name: this.name, rows: this.rows, merges: this.merges, widths: this.widths, state };
  }
}

/** Deep copy, so that a transform never alters the spec another workbook is built from. */
export function cloneSheets(sheets: SheetSpec[]): SheetSpec[] {
  return sheets.map((s) => ({
    ...s,
    rows: s.rows.map((r) => r.map((c) => (c ? { ...c } : null))),
    merges: s.merges.map((m) => ({ ...m })),
    widths: s.widths ? [...s.widths] : undefined,
  }));
}

/** Visits every non-empty cell. */
export function eachCell(sheets: SheetSpec[], visit: (cell: CellSpec, row: number, col: number, sheet: SheetSpec) => void): void {
  for (const sheet of sheets) {
    sheet.rows.forEach((r, ri) => r.forEach((c, ci) => c && visit(c, ri, ci, sheet)));
  }
}

/** Inserts `count` blank rows before row `at`, moving merges below it (a merge spanning `at` grows). */
export function insertRows(sheet: SheetSpec, at: number, count: number): void {
  sheet.rows.splice(at, 0, ...Array.from({ length: count }, () => []));
  for (const m of sheet.merges) {
    if (m.top >= at) m.top += count;
    if (m.bottom >= at) m.bottom += count;
  }
}

/** Inserts `count` blank columns before column `at` on every row. */
export function insertColumns(sheet: SheetSpec, at: number, count: number): void {
  for (const r of sheet.rows) {
    if (r.length > at) r.splice(at, 0, ...Array<null>(count).fill(null));
  }
  for (const m of sheet.merges) {
    if (m.left >= at) m.left += count;
    if (m.right >= at) m.right += count;
  }
  if (sheet.widths && sheet.widths.length > at) sheet.widths.splice(at, 0, ...Array<number>(count).fill(3));
}

/** Whether a sheet holds a budget table (it has amounts under a money-unit line). */
export function isTableSheet(sheet: SheetSpec): boolean {
  return sheet.rows.some((r) => r.some((c) => c?.role === "moneyUnit"));
}
