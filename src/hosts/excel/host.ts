/** The host port over Office.js: each operation is one Excel.run batch sequence. */
import type { Finding } from "../../core/report";
import type { CellValue } from "../../core/grid";
import type { HostPort, ReadProgress, SheetLayout, TableOverride } from "../port";
import { readWorkbookGrids } from "./read";
import { applyMarksExcel, clearMarksExcel } from "./marks";
import type { TableDraft } from "../../core/generate";
import { writeDraftExcel } from "./write-draft";
import { readOverridesExcel, selectCellExcel, writeOverridesExcel, writeSheetExcel } from "./sheet-ops";

export function createExcelHost(): HostPort {
  return {
    kind: "excel",
    readGrids: (onProgress?: (p: ReadProgress) => void) => Excel.run((ctx) => readWorkbookGrids(ctx, onProgress)),
    applyMarks: (findings: Finding[]) => Excel.run((ctx) => applyMarksExcel(ctx, findings)),
    clearMarks: () => Excel.run((ctx) => clearMarksExcel(ctx)),
    selectCell: (sheet: string, cell: string) => Excel.run((ctx) => selectCellExcel(ctx, sheet, cell)),
    writeSheet: (name: string, rows: CellValue[][], layout?: SheetLayout) => Excel.run((ctx) => writeSheetExcel(ctx, name, rows, layout)),
    writeDraft: (draft: TableDraft) => Excel.run((ctx) => writeDraftExcel(ctx, draft)),
    getTableOverrides: () => Excel.run((ctx) => readOverridesExcel(ctx)),
    setTableOverrides: (overrides: TableOverride[]) => Excel.run((ctx) => writeOverridesExcel(ctx, overrides)),
  };
}
