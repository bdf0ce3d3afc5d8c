/** The frame every generated table shares: title row, unit row, header rows, boxed body, note. */
import type { TableId } from "../model";
import { DraftBuilder, type DraftCell, type TableDraft } from "./draft";
import type { MoneyFormat } from "./expr";
import { moneyUnitLine, titleOf, unitNameLine, type WorkbookStyle } from "./style";

export type DraftBody = Omit<TableDraft, "sheetName">;

export const NO_DATA_NOTE = "注：本表无数据";

export class TableLayout {
  readonly b: DraftBuilder;
  readonly title: string;
  headerTop = 0;
  headerBottom = 0;

  constructor(
    readonly id: TableId,
    readonly style: WorkbookStyle,
    readonly money: MoneyFormat,
    width: number,
    title?: string,
  ) {
    this.b = new DraftBuilder(width);
    this.title = title ?? titleOf(id, style);
    const t = this.b.add([{ value: this.title, role: "title" }], "title");
    this.b.merge(t, 0, t, width - 1);
    const u = this.b.add([], "unitName");
    this.b.set(u, 0, { value: unitNameLine(style), role: "unitName" });
    this.b.set(u, width - 1, { value: moneyUnitLine(money.unit), role: "moneyUnit" });
  }

  /** Header rows as "a|b|c" lines, with merges given relative to the header's first row. */
  header(lines: string[], merges: [number, number, number, number][] = []): void {
    this.headerTop = this.b.next;
    for (const line of lines) this.b.add(line.split("|").map((s) => s || null), "header");
    this.headerBottom = this.b.next - 1;
    for (const [t, l, bt, r] of merges) this.b.merge(this.headerTop + t, l, this.headerTop + bt, r);
  }

  /** Adds a body row; returns its index. */
  row(cells: (DraftCell | string | null)[]): number {
    return this.b.add(cells, "label");
  }

  cell(row: number, col: number): DraftCell {
    return this.b.rows[row][col];
  }

  finish(from: TableId[], widths: number[], options: { note?: string; cautions?: string[] } = {}): DraftBody {
    const bodyBottom = this.b.next - 1;
    if (options.note) {
      const n = this.b.add([{ value: options.note, role: "note" }], "note");
      this.b.merge(n, 0, n, this.b.width - 1);
    }
    return {
      id: this.id,
      title: this.title,
      unit: this.money.unit,
      from,
      rows: this.b.rows,
      merges: this.b.merges,
      header: { top: this.headerTop, bottom: this.headerBottom },
      border: { top: this.headerTop, left: 0, bottom: bodyBottom, right: this.b.width - 1 },
      widths,
      cautions: options.cautions ?? [],
    };
  }
}

export function text(value: string | null | undefined, role: DraftCell["role"] = "label"): DraftCell {
  return { value: value ?? null, role };
}

export function codeCell(value: string | null | undefined): DraftCell {
  return { value: value || null, role: "code", numFmt: "@" };
}
