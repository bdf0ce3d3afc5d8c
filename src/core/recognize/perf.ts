/** 项目支出绩效目标表: a form, not a grid of rows — read its labelled fields. */
import type { MoneyUnit } from "../money";
import { recognizedTable, type MoneyCell, type RecognizedTable, type TextCell } from "../model";
import { toA1 } from "../grid";
import type { SheetView } from "./sheet";
import type { Block } from "./table";
import { isNumericCell, moneyCell, textCell } from "./cells";
import { charCodeSet, compact } from "./text";
import { yearOf } from "./classify";

/** The first non-empty cell right of (r, c) on the same row. */
function nextText(view: SheetView, r: number, c: number): TextCell | undefined {
  for (let x = c + 1; x < view.colEnd; x++) {
    const m = view.merge(r, x);
    if (m && (m.left !== x || m.top !== r)) continue;
    if (view.text(r, x)) return textCell(view, r, x);
  }
  return undefined;
}

/** The first numeric cell right of (r, c), stopping at the next label. */
function nextNumber(view: SheetView, r: number, c: number, unit: MoneyUnit): MoneyCell | undefined {
  for (let x = c + 1; x < view.colEnd; x++) {
    const t = view.text(r, x);
    if (!t) continue;
    if (isNumericCell(view, r, x)) return moneyCell(view, r, x, unit);
    if (/[\u4e00-\u9fa5]/.test(t)) return undefined;
  }
  return undefined;
}

/** First characters of the field labels. */
const FIELD_START = charCodeSet("项实主年");

export function parsePerf(view: SheetView, block: Block): RecognizedTable {
  let unit: MoneyUnit = "元";
  const perf: NonNullable<RecognizedTable["perf"]> = { name: { text: "", ref: { sheet: view.sheet, cell: toA1(block.titleRow, block.titleCol) } } };
  let year = yearOf(block.title);
  let maxCol = block.titleCol;
  let lastRow = block.titleRow;
  const paragraphs: TextCell[] = [];
  for (let r = block.titleRow; r < block.endRow; r++) {
    const cells = view.rowCells(r);
    if (cells.length) lastRow = r;
    for (const { col, text } of cells) {
      maxCol = Math.max(maxCol, col);
      const t = compact(text);
      if (!year) year = yearOf(t);
      if (text.length >= 20) paragraphs.push(textCell(view, r, col));
      if (t.includes("项目资金(万元)")) unit = "万元";
      if (!FIELD_START.has(t.charCodeAt(0))) continue; // every field label below starts with one of these
      if (/^项目名称$/.test(t) && !perf.name.text) perf.name = nextText(view, r, col) ?? perf.name;
      else if (/^项目属性$/.test(t)) perf.attribute = nextText(view, r, col);
      else if (/^项目期$|^实施周期$/.test(t)) perf.period = nextText(view, r, col);
      else if (/^主管部门/.test(t)) perf.department = nextText(view, r, col);
      else if (/^实施期资金总额:?$/.test(t)) perf.periodTotal = nextNumber(view, r, col, unit);
      else if (/^年度资金总额:?$/.test(t)) perf.annualTotal = nextNumber(view, r, col, unit);
    }
  }
  return recognizedTable({
    id: "PERF",
    title: block.title,
    titleRef: { sheet: view.sheet, cell: toA1(block.titleRow, block.titleCol) },
    sheet: view.sheet,
    range: `${toA1(block.titleRow, view.colStart)}:${toA1(lastRow, maxCol)}`,
    moneyUnit: unit,
    year,
    columns: [],
    rows: [],
    empty: !perf.annualTotal,
    perf,
    paragraphs,
    confidence: perf.name.text ? 0.95 : 0.5,
    evidence: [...block.evidence, perf.name.text ? `项目名称：${perf.name.text}` : "未找到项目名称"],
  });
}
