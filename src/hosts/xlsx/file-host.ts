/**
 * The host port over a workbook file held in memory (the task pane page opened in a plain browser,
 * no Office): reading with ExcelJS, marks applied to a downloadable copy, the original untouched.
 */
import type { CellValue } from "../../core/grid";
import type { Finding } from "../../core/report";
import type { ClearResult, HostPort, MarkResult, ReadProgress, TableOverride } from "../port";
import { planMarks } from "../mark-plan";
import { readGrids } from "./read";
import { markWorkbook, type ExtraSheet } from "./marks";
import type { OverrideStore } from "./override-store";
import { memoryOverrideStore } from "./override-store";

export class FileHost implements HostPort {
  readonly kind = "file" as const;
  private findings: Finding[] = [];
  private readonly extraSheets: ExtraSheet[] = [];

  constructor(
    readonly fileName: string,
    private readonly bytes: Uint8Array,
    private readonly store: OverrideStore = memoryOverrideStore(),
  ) {}

  async readGrids(onProgress?: (p: ReadProgress) => void) {
    onProgress?.({ phase: "cells", done: 0, total: 1 });
    const grids = await readGrids(this.bytes);
    onProgress?.({ phase: "convert", done: 1, total: 1 });
    return grids;
  }

  async applyMarks(findings: Finding[]): Promise<MarkResult> {
    this.findings = findings;
    return { marked: planMarks(findings).length, restored: 0, skipped: 0, annotation: "note" };
  }

  async clearMarks(): Promise<ClearResult> {
    const restored = planMarks(this.findings).length;
    this.findings = [];
    return { restored, keptUserChanges: 0 };
  }

  /** A file has no sheet view to move: the pane highlights the finding instead. */
  async selectCell(): Promise<void> {}

  /** Queued for the downloaded copy; the final name is decided when the copy is built. */
  async writeSheet(name: string, rows: CellValue[][]): Promise<string> {
    this.extraSheets.push({ name, rows });
    return name;
  }

  async getTableOverrides(): Promise<TableOverride[]> {
    return this.store.load(this.storeKey());
  }

  async setTableOverrides(overrides: TableOverride[]): Promise<void> {
    this.store.save(this.storeKey(), overrides);
  }

  /** Cells the copy will mark. */
  get pendingMarks(): number {
    return planMarks(this.findings).length;
  }

  /** The marked copy (fills + notes); the file the user opened is not changed. */
  async markedCopy(): Promise<Uint8Array> {
    return (await markWorkbook(this.bytes, this.findings, this.extraSheets)).bytes;
  }

  /** "预算.xlsx" → "预算-标注版.xlsx". */
  markedFileName(): string {
    const base = this.fileName.replace(/\.xlsx$/i, "") || "工作簿";
    return `${base}-标注版.xlsx`;
  }

  private storeKey(): string {
    return `${this.fileName}|${this.bytes.byteLength}`;
  }
}
