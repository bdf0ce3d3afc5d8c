/**
 * Tables keyed by 功能分类 code (表五, and the empty 表八/表九): code columns laid out like the
 * workbook's (one column, or 类|款|项), then 科目名称 and the amount columns.
 */
import type { RecognizedTable, TableId, TableRow } from "../model";
import type { DraftCell } from "./draft";
import { blankMoney, exprCell, type MoneyFormat } from "./expr";
import { codeCell, TableLayout, text, type DraftBody } from "./layout";
import type { WorkbookStyle } from "./style";

const AMOUNT_KEYS = ["total", "basic", "project"] as const;
const AMOUNT_HEADERS = ["合计", "基本支出", "项目支出"];

/** Code cells of a row: one cell, or 类 | 款 | 项 (款/项 as text with leading zeros). */
export function codeCells(r: Pick<TableRow, "code" | "codeText">, style: WorkbookStyle): DraftCell[] {
  if (style.codeLayout === "single") return [codeCell(r.codeText?.replace(/\s/g, "") || r.code)];
  const code = r.code ?? "";
  const parts = r.codeText && /\s/.test(r.codeText.trim()) ? r.codeText.trim().split(/\s+/) : [code.slice(0, 3), code.slice(3, 5), code.slice(5, 7)];
  return [0, 1, 2].map((i) => codeCell(parts[i]));
}

export function functionTable(
  id: TableId,
  style: WorkbookStyle,
  money: MoneyFormat,
  what: string,
  source: RecognizedTable | undefined,
  from: TableId[],
  note?: string,
): DraftBody {
  const split = style.codeLayout === "split";
  const codeWidth = split ? 3 : 1;
  const width = codeWidth + 1 + AMOUNT_KEYS.length;
  const L = new TableLayout(id, style, money, width);
  if (split) {
    L.header(
      [`项目||||${what}||`, `功能分类科目编码|||功能分类科目名称|${AMOUNT_HEADERS.join("|")}`, "类|款|项||||"],
      [[0, 0, 0, 3], [0, 4, 0, 6], [1, 0, 1, 2], [1, 3, 2, 3], [1, 4, 2, 4], [1, 5, 2, 5], [1, 6, 2, 6]],
    );
  } else {
    L.header([`项目||${what}||`, `科目编码|科目名称|${AMOUNT_HEADERS.join("|")}`], [[0, 0, 0, 1], [0, 2, 0, 4]]);
  }
  const blankTotal = () => L.row([text("合计"), ...Array(width - 1 - AMOUNT_KEYS.length).fill(null), ...AMOUNT_KEYS.map(() => blankMoney(money))]);
  if (!source) {
    blankTotal();
  } else {
    for (const r of source.rows) {
      const amounts = AMOUNT_KEYS.map((k) => {
        const c = r.amounts[k];
        return c ? exprCell({ plus: [c] }, money) : blankMoney(money);
      });
      if (r.kind === "total" && !r.code) {
        L.row([text("合计"), ...Array(width - 1 - AMOUNT_KEYS.length).fill(null), ...amounts]);
      } else if (r.code) {
        L.row([...codeCells(r, style), text(r.label.text.trim()), ...amounts]);
      }
    }
  }
  const widths = split ? [6, 5, 5, 36, 16, 16, 16] : [12, 34, 14, 14, 14];
  return L.finish(from, widths, { note });
}
