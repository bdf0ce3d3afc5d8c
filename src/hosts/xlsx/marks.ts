/**
 * The ExcelJS mark writer: a marked COPY of a workbook — each finding's cell filled by severity
 * (error red, warning amber; info not marked) with the explanation as a cell note. The input bytes
 * are never modified. Used by the browser page (下载标注版) and the CLI (`budget-check mark`).
 */
import type ExcelJS from "exceljs";
import type { CellValue } from "../../core/grid";
import type { Finding } from "../../core/report";
import { noteWithOriginal, planMarks } from "../mark-plan";
import { rectangular, uniqueSheetName } from "../sheet-name";
import { loadWorkbook } from "./read";

export interface ExtraSheet {
  name: string;
  rows: CellValue[][];
}

export interface MarkCopyResult {
  /** The marked workbook (.xlsx). */
  bytes: Uint8Array;
  /** Cells that received a mark. */
  marked: number;
  /** Findings' cells on sheets the workbook does not have (nothing written for them). */
  missing: { sheet: string; cell: string }[];
  /** Names the extra sheets got (a taken name gets a suffix). */
  sheetNames: string[];
}

/** Reads `data`, marks the findings and returns the new file; `data` is left as it was. */
export async function markWorkbook(data: ArrayBuffer | Uint8Array, findings: Finding[], extraSheets: ExtraSheet[] = []): Promise<MarkCopyResult> {
  const wb = await loadWorkbook(copyOf(data));
  const { marked, missing } = markCells(wb, findings);
  const sheetNames = extraSheets.map((s) => addSheet(wb, s));
  const out = await wb.xlsx.writeBuffer();
  return { bytes: new Uint8Array(out as ArrayBuffer), marked, missing, sheetNames };
}

/** Applies the marks to a loaded workbook. */
export function markCells(wb: ExcelJS.Workbook, findings: Finding[]): { marked: number; missing: { sheet: string; cell: string }[] } {
  let marked = 0;
  const missing: { sheet: string; cell: string }[] = [];
  for (const m of planMarks(findings)) {
    const ws = wb.getWorksheet(m.sheet);
    if (!ws) {
      missing.push({ sheet: m.sheet, cell: m.cell });
      continue;
    }
    const cell = ws.getCell(m.cell);
    // Styles are shared between cells with the same style index: give this cell its own.
    cell.style = { ...cell.style, fill: { type: "pattern", pattern: "solid", fgColor: { argb: `FF${m.fill.slice(1)}` } } };
    cell.note = noteWithOriginal(m.note, noteText(cell.note));
    marked++;
  }
  return { marked, missing };
}

/** A cell note's plain text (ExcelJS gives a string or rich-text runs). */
export function noteText(note: ExcelJS.Cell["note"] | undefined): string | null {
  if (!note) return null;
  if (typeof note === "string") return note;
  const texts = (note as { texts?: { text: string }[] }).texts ?? [];
  const s = texts.map((t) => t.text).join("");
  return s === "" ? null : s;
}

function addSheet(wb: ExcelJS.Workbook, sheet: ExtraSheet): string {
  const name = uniqueSheetName(sheet.name, wb.worksheets.map((w) => w.name));
  const ws = wb.addWorksheet(name);
  for (const row of rectangular(sheet.rows)) ws.addRow(row.map((v) => (v === "" ? null : v)));
  return name;
}

/** A private copy of the input, so nothing downstream can touch the caller's bytes. */
function copyOf(data: ArrayBuffer | Uint8Array): Uint8Array {
  return data instanceof Uint8Array ? data.slice() : new Uint8Array(data.slice(0));
}
