/**
 * Writes TableDrafts into a copy of a workbook with ExcelJS: each draft on a new sheet (a taken name
 * gets a suffix, nothing existing is touched), amounts as formulas with their cached results, the
 * title, header and body styled like a published table.
 */
import ExcelJS from "exceljs";
import { toA1 } from "../../core/grid";
import type { TableDraft } from "../../core/generate";
import { uniqueSheetName } from "../sheet-name";
import { loadWorkbook } from "./read";

const THIN: Partial<ExcelJS.Borders> = {
  top: { style: "thin" },
  left: { style: "thin" },
  bottom: { style: "thin" },
  right: { style: "thin" },
};
const FONT = "宋体";

/** Adds one draft as a new worksheet; returns the sheet name used. */
export function addDraftSheet(wb: ExcelJS.Workbook, draft: TableDraft): string {
  const name = uniqueSheetName(draft.sheetName, wb.worksheets.map((w) => w.name));
  const ws = wb.addWorksheet(name);
  draft.widths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  draft.rows.forEach((row, r) => {
    row.forEach((c, col) => {
      const cell = ws.getCell(toA1(r, col));
      if (c.role === "money") {
        if (c.formula) cell.value = { formula: c.formula, result: c.value === null ? 0 : Number(c.value) };
        else if (c.value !== null) cell.value = Number(c.value);
        if (c.numFmt) cell.numFmt = c.numFmt;
        cell.alignment = { horizontal: "right", vertical: "middle" };
      } else {
        if (c.value !== null) cell.value = c.value;
        if (c.numFmt) cell.numFmt = c.numFmt;
      }
      const inBox = r >= draft.border.top && r <= draft.border.bottom && col >= draft.border.left && col <= draft.border.right;
      if (inBox) cell.border = THIN;
      if (c.role === "title") {
        cell.font = { name: FONT, size: 16, bold: true };
        cell.alignment = { horizontal: "center", vertical: "middle" };
      } else if (c.role === "header" || (r >= draft.header.top && r <= draft.header.bottom)) {
        cell.font = { name: FONT, size: 11, bold: true };
        cell.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
      } else if (c.role === "moneyUnit") {
        cell.alignment = { horizontal: "right" };
      } else if (c.role !== "money") {
        cell.font = { name: FONT, size: 11 };
      }
    });
  });
  for (const m of draft.merges) ws.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
  ws.getRow(1).height = 30;
  return name;
}

/** A copy of the workbook with the drafts added; the input bytes are not changed. */
export async function writeTables(data: ArrayBuffer | Uint8Array, drafts: TableDraft[]): Promise<{ bytes: Uint8Array; sheets: string[] }> {
  const wb = await loadWorkbook(data);
  const sheets = drafts.map((d) => addDraftSheet(wb, d));
  const out = await wb.xlsx.writeBuffer();
  return { bytes: new Uint8Array(out as ArrayBuffer), sheets };
}
