/**
 * The host port: the one small interface every face (task pane, ribbon commands, CLI) uses to talk
 * to a workbook. Two implementations: Office.js inside Excel (src/hosts/excel) and ExcelJS over a
 * file held in memory (src/hosts/xlsx/file-host.ts).
 */
import type { CellValue, Grid } from "../core/grid";
import type { Finding } from "../core/report";
import type { TableId } from "../core/model";
import type { TableDraft } from "../core/generate";

/** A person's correction of table recognition, remembered in the workbook. */
export interface TableOverride {
  sheet: string;
  /** Title cell of the block ("A1"); absent means every block on the sheet. */
  cell?: string;
  /** The table this block really is, or "none": the sheet holds no disclosure table (whole sheet only). */
  id: TableId | "none";
}

export interface ReadProgress {
  /** "sheets": listing sheets; "cells": reading cell contents; "convert": building grids. */
  phase: "sheets" | "cells" | "convert";
  done: number;
  total: number;
}

export interface MarkResult {
  /** Cells that now carry a mark (fill + note/comment). */
  marked: number;
  /** Previously marked cells restored because they no longer have a finding. */
  restored: number;
  /** Cells left unmarked because there were too many (errors are marked first). */
  skipped: number;
  /** How the explanation is attached: a cell note, a comment, or only in the file copy. */
  annotation: "note" | "comment" | "none";
}

export interface ClearResult {
  /** Marked cells put back exactly as they were. */
  restored: number;
  /** Marked cells the user changed since: the add-in's part is removed, the user's change stays. */
  keptUserChanges: number;
}

/** How a written sheet should look: column widths in characters (else autofit), wrapped text, hidden columns (0-based). */
export interface SheetLayout {
  widths?: number[];
  wrap?: boolean;
  hiddenColumns?: number[];
}

export interface HostPort {
  readonly kind: "excel" | "file";
  /** Every sheet's used range as Grids (the add-in's own hidden sheet excluded). */
  readGrids(onProgress?: (p: ReadProgress) => void): Promise<Grid[]>;
  /** Marks each finding's cell by severity (info findings are not marked); replaces earlier marks. */
  applyMarks(findings: Finding[]): Promise<MarkResult>;
  /** Removes exactly what applyMarks added, restoring each cell's previous fill and note. */
  clearMarks(): Promise<ClearResult>;
  /** Brings a cell into view and selects it (a no-op where there is no sheet view). */
  selectCell(sheet: string, cell: string): Promise<void>;
  /**
   * Adds a sheet holding these rows; never overwrites: a taken name gets a suffix. Returns the name used.
   * `layout` is a hint a host may ignore (the file host does): column widths and wrapped text.
   */
  writeSheet(name: string, rows: CellValue[][], layout?: SheetLayout): Promise<string>;
  /**
   * Adds a generated table on a new sheet (named draft.sheetName, or a free variant when taken):
   * values, formulas (with their results), number formats, merges, borders. Returns the name used.
   */
  writeDraft(draft: TableDraft): Promise<string>;
  /** Recognition corrections stored in the workbook. */
  getTableOverrides(): Promise<TableOverride[]>;
  setTableOverrides(overrides: TableOverride[]): Promise<void>;
}
