/**
 * TableDraft: a generated table as plain data, ready for any host to write onto a new sheet.
 * Rows are laid out from the sheet's A1 (0-based coordinates); amounts are decimal strings with
 * the formula that computes them from the source cells, so a host writes both formula and cached value.
 */
import type { MergeArea } from "../grid";
import type { MoneyUnit } from "../money";
import type { TableId } from "../model";

export type CellRole = "title" | "unitName" | "moneyUnit" | "header" | "label" | "code" | "money" | "note";

export interface DraftCell {
  /** Text, or for money a decimal string ("263.64"); null for a blank cell. */
  value: string | null;
  role: CellRole;
  /** Formula without the leading "=" (e.g. "'表二'!C5", "SUM(B6:B10)"). Only on money cells. */
  formula?: string;
  /** Number format of a money cell ("0.00", "#,##0.00") or "@" for codes kept as text. */
  numFmt?: string;
}

export interface TableDraft {
  id: TableId;
  /** Wanted sheet name (not among the workbook's sheets); a host still makes it unique. */
  sheetName: string;
  title: string;
  unit: MoneyUnit;
  /** Tables the values come from. */
  from: TableId[];
  /** Every row from the title down, each as wide as the table. */
  rows: DraftCell[][];
  merges: MergeArea[];
  /** Header rows, 0-based inclusive. */
  header: { top: number; bottom: number };
  /** The boxed area (header and body) that gets thin borders, 0-based inclusive. */
  border: MergeArea;
  /** Column widths in characters. */
  widths: number[];
  /** Things the user should confirm (Chinese), e.g. an assumed unit type. */
  cautions: string[];
}

/** Builds a draft row by row; addresses of cells are known as soon as a row is added. */
export class DraftBuilder {
  readonly rows: DraftCell[][] = [];
  readonly merges: MergeArea[] = [];

  constructor(readonly width: number) {}

  get next(): number {
    return this.rows.length;
  }

  /** Appends a row; missing cells are blank text cells. Returns its 0-based row index. */
  add(cells: (DraftCell | string | null)[] = [], role: CellRole = "label"): number {
    const row: DraftCell[] = [];
    for (let c = 0; c < this.width; c++) {
      const x = cells[c];
      row.push(x === undefined || x === null ? { value: null, role } : typeof x === "string" ? { value: x, role } : x);
    }
    this.rows.push(row);
    return this.rows.length - 1;
  }

  set(row: number, col: number, cell: DraftCell): void {
    this.rows[row][col] = cell;
  }

  merge(top: number, left: number, bottom: number, right: number): void {
    if (top === bottom && left === right) return;
    this.merges.push({ top, left, bottom, right });
  }
}
