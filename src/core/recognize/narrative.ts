/** The narrative (情况说明 / 编制说明): paragraphs of text in reading order. */
import { recognizedTable, type RecognizedTable, type TextCell } from "../model";
import { toA1 } from "../grid";
import type { SheetView } from "./sheet";
import type { Block } from "./table";
import { textCell } from "./cells";
import { yearOf } from "./classify";

/** A cell that reads as prose: long, with Chinese sentence punctuation. */
export function isProse(text: string): boolean {
  return text.length >= 30 && /[，。；,;]/.test(text) && /[\u4e00-\u9fa5]/.test(text);
}

export function parseNarrative(view: SheetView, block: Block): RecognizedTable {
  const paragraphs: TextCell[] = [];
  let maxCol = block.titleCol;
  let lastRow = block.titleRow;
  for (let r = block.titleRow; r < block.endRow; r++) {
    for (const { col, text } of view.rowCells(r)) {
      paragraphs.push(textCell(view, r, col));
      maxCol = Math.max(maxCol, col);
      lastRow = r;
    }
  }
  return recognizedTable({
    id: "NARR",
    title: block.title,
    titleRef: { sheet: view.sheet, cell: toA1(block.titleRow, block.titleCol) },
    sheet: view.sheet,
    range: `${toA1(block.titleRow, view.colStart)}:${toA1(lastRow, maxCol)}`,
    moneyUnit: "万元",
    year: yearOf(block.title),
    columns: [],
    rows: [],
    empty: paragraphs.length <= 1,
    paragraphs,
    confidence: 0.8,
    evidence: block.evidence,
  });
}
