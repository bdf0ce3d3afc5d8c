/**
 * Writes SheetSpecs as an .xlsx workbook with ExcelJS. The only place where an exact decimal
 * amount becomes the binary number Excel stores.
 */
import ExcelJS from "exceljs";
import type { CellSpec, SheetSpec } from "./sheet-spec";

/** Fixed document dates, so that a rebuild differs from the committed file only where content does. */
const DOC_DATE = new Date(Date.UTC(2024, 0, 31, 8, 0, 0));

const THIN: Partial<ExcelJS.Borders> = {
  top: { style: "thin" },
  left: { style: "thin" },
  bottom: { style: "thin" },
  right: { style: "thin" },
};

export function buildWorkbook(sheets: SheetSpec[]): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = "预算公开助手 samples";
  wb.created = DOC_DATE;
  wb.modified = DOC_DATE;
  for (const spec of sheets) writeSheet(wb, spec);
  return wb;
}

export async function workbookBuffer(sheets: SheetSpec[]): Promise<Uint8Array> {
  const buf = await buildWorkbook(sheets).xlsx.writeBuffer();
  return new Uint8Array(buf as ArrayBuffer);
}

function writeSheet(wb: ExcelJS.Workbook, spec: SheetSpec): void {
  const ws = wb.addWorksheet(spec.name, { state: spec.state ?? "visible" });
  spec.widths?.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  spec.rows.forEach((row, r) => {
    row.forEach((cell, c) => {
      if (cell) writeCell(ws.getCell(r + 1, c + 1), cell);
    });
  });
  for (const m of spec.merges) ws.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
}

function writeCell(target: ExcelJS.Cell, cell: CellSpec): void {
  const plain = cell.money !== undefined ? Number(cell.money) : (cell.value ?? null);
  if (cell.formula) {
    target.value = cell.cached && plain !== null ? { formula: cell.formula, result: plain } : ({ formula: cell.formula } as ExcelJS.CellFormulaValue);
  } else {
    target.value = plain;
  }
  if (cell.numFmt) target.numFmt = cell.numFmt;
  if (cell.style === "title") {
    target.font = { bold: true, size: 16 };
    target.alignment = { horizontal: "center", vertical: "middle" };
  } else if (cell.style === "header") {
    target.font = { bold: true };
    target.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
    target.border = THIN;
  } else if (cell.style === "bold") {
    target.font = { bold: true };
  }
  if (cell.role === "money" || cell.role === "code" || cell.role === "name" || cell.role === "label" || cell.role === "text") {
    target.border = THIN;
  }
  if (cell.role === "money" && cell.money !== undefined && typeof plain === "number") {
    target.alignment = { horizontal: "right" };
  }
  if (cell.wrap) target.alignment = { ...(target.alignment ?? {}), wrapText: true, vertical: "top" };
}
