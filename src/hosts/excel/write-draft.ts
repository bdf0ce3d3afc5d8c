/**
 * Writes a generated table (TableDraft) onto a new worksheet with Office.js. Two round trips: the
 * sheet names in use, then one batch with everything — number formats, values and formulas (Excel
 * computes the results), fonts, alignment, merges, borders, column widths. Nothing existing is touched.
 */
import type { DraftCell, TableDraft } from "../../core/generate";
import { uniqueSheetName } from "../sheet-name";

const FONT = "宋体";
/** Points per character of column width (Excel's default font, roughly). */
const POINTS_PER_CHAR = 7;
const EDGES = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight", "InsideHorizontal", "InsideVertical"] as const;

/** What goes into `range.formulas` for one cell: "=…" for a formula, a number for an amount, else text. */
export function draftCellInput(c: DraftCell): string | number {
  if (c.role === "money" && c.formula) return `=${c.formula}`;
  if (c.value === null) return "";
  if (c.role === "money") return Number(c.value);
  // Text beginning with "=" would become a formula: keep it text.
  return c.value.startsWith("=") ? `'${c.value}` : c.value;
}

/** The number format of a cell ("General" when the draft gives none). */
export function draftCellFormat(c: DraftCell): string {
  return c.numFmt ?? "General";
}

export async function writeDraftExcel(context: Excel.RequestContext, draft: TableDraft): Promise<string> {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name");
  await context.sync();
  const name = uniqueSheetName(draft.sheetName, sheets.items.map((w) => w.name));
  const ws = sheets.add(name);
  const rows = draft.rows.length;
  const cols = rows ? draft.rows[0].length : 0;
  if (rows && cols) {
    const all = ws.getRangeByIndexes(0, 0, rows, cols);
    // Formats first, so a code formatted "@" stays text when its value arrives.
    all.numberFormat = draft.rows.map((r) => r.map(draftCellFormat));
    all.formulas = draft.rows.map((r) => r.map(draftCellInput));
    all.format.font.name = FONT;
    all.format.font.size = 11;
    all.format.verticalAlignment = "Center";
    styleRows(ws, draft, cols);
    const b = draft.border;
    const box = ws.getRangeByIndexes(b.top, b.left, b.bottom - b.top + 1, b.right - b.left + 1);
    for (const edge of EDGES) {
      const border = box.format.borders.getItem(edge);
      border.style = "Continuous";
      border.weight = "Thin";
    }
    for (const m of draft.merges) ws.getRangeByIndexes(m.top, m.left, m.bottom - m.top + 1, m.right - m.left + 1).merge(false);
    draft.widths.forEach((w, i) => (ws.getRangeByIndexes(0, i, 1, 1).format.columnWidth = w * POINTS_PER_CHAR));
    ws.getRangeByIndexes(0, 0, 1, cols).format.rowHeight = 30;
  }
  ws.activate();
  await context.sync();
  return name;
}

/** Title, header rows and amount columns styled like a published table (queued, not synced). */
function styleRows(ws: Excel.Worksheet, draft: TableDraft, cols: number): void {
  draft.rows.forEach((row, r) => {
    if (row.some((c) => c.role === "title")) {
      const title = ws.getRangeByIndexes(r, 0, 1, cols).format;
      title.font.size = 16;
      title.font.bold = true;
      title.horizontalAlignment = "Center";
    }
  });
  const h = draft.header;
  if (h.bottom >= h.top) {
    const header = ws.getRangeByIndexes(h.top, 0, h.bottom - h.top + 1, cols).format;
    header.font.bold = true;
    header.horizontalAlignment = "Center";
    header.wrapText = true;
  }
  // Amount runs of one row: right-aligned in one call per run.
  draft.rows.forEach((row, r) => {
    if (r >= h.top && r <= h.bottom) return;
    let start = -1;
    for (let c = 0; c <= row.length; c++) {
      const money = c < row.length && (row[c].role === "money" || row[c].role === "moneyUnit");
      if (money && start < 0) start = c;
      if (!money && start >= 0) {
        ws.getRangeByIndexes(r, start, 1, c - start).format.horizontalAlignment = "Right";
        start = -1;
      }
    }
  });
}
