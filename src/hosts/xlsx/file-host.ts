/**
 * The host port over a workbook file held in memory (the task pane page opened in a plain browser,
 * no Office): reading with ExcelJS (in a Web Worker when there is one), marks applied to a
 * downloadable copy, the original untouched.
 */
import type { CellValue } from "../../core/grid";
import type { TableDraft } from "../../core/generate";
import type { Finding } from "../../core/report";
import type { ClearResult, HostPort, MarkResult, ReadProgress, TableOverride } from "../port";
import { planMarks } from "../mark-plan";
import { uniqueSheetName } from "../sheet-name";
import type { ExtraSheet } from "./marks";
import { runXlsxJob } from "./off-thread";
import type { OverrideStore } from "./override-store";
import { memoryOverrideStore } from "./override-store";

export class FileHost implements HostPort {
  readonly kind = "file" as const;
  private findings: Finding[] = [];
  private readonly extraSheets: ExtraSheet[] = [];
  private readonly drafts: TableDraft[] = [];
  private sheets: Set<string> | null = null;

  constructor(
    readonly fileName: string,
    private readonly bytes: Uint8Array,
    private readonly store: OverrideStore = memoryOverrideStore(),
  ) {}

  async readGrids(onProgress?: (p: ReadProgress) => void) {
    onProgress?.({ phase: "cells", done: 0, total: 1 });
    const result = await runXlsxJob({ kind: "read", bytes: this.bytes });
    if (result.kind !== "read") throw new Error("工作簿读取失败");
    const grids = result.grids;
    this.sheets = new Set(grids.map((g) => g.sheet));
    onProgress?.({ phase: "convert", done: 1, total: 1 });
    return grids;
  }

  async applyMarks(findings: Finding[]): Promise<MarkResult> {
    this.findings = findings;
    return { marked: this.pendingMarks, restored: 0, skipped: 0, annotation: "note" };
  }

  async clearMarks(): Promise<ClearResult> {
    const restored = this.pendingMarks;
    this.findings = [];
    return { restored, keptUserChanges: 0 };
  }

  /** A file has no sheet view to move: the pane highlights the finding instead. */
  async selectCell(): Promise<void> {}

  /** Queued for the downloaded copy under a name free in the file and among the sheets queued before. */
  async writeSheet(name: string, rows: CellValue[][]): Promise<string> {
    const free = await this.reserveName(name);
    this.extraSheets.push({ name: free, rows });
    return free;
  }

  /** Queued for the downloaded copy (written with addDraftSheet: formulas with their values, styles, merges). */
  async writeDraft(draft: TableDraft): Promise<string> {
    const free = await this.reserveName(draft.sheetName);
    this.drafts.push({ ...draft, sheetName: free });
    return free;
  }

  /** Sheets the downloaded copy will add (tables, 情况说明, input sheet), in the order written. */
  get addedSheets(): string[] {
    return [...this.extraSheets.map((s) => s.name), ...this.drafts.map((d) => d.sheetName)];
  }

  async getTableOverrides(): Promise<TableOverride[]> {
    return this.store.load(this.storeKey());
  }

  async setTableOverrides(overrides: TableOverride[]): Promise<void> {
    this.store.save(this.storeKey(), overrides);
  }

  /** Cells the copy will mark (on sheets the file has, once it has been read). */
  get pendingMarks(): number {
    return planMarks(this.findings).filter((m) => !this.sheets || this.sheets.has(m.sheet)).length;
  }

  /** The marked copy (fills + notes); the file the user opened is not changed. */
  async markedCopy(): Promise<Uint8Array> {
    const result = await runXlsxJob({ kind: "mark", bytes: this.bytes, findings: this.findings, extraSheets: this.extraSheets });
    if (result.kind !== "mark") throw new Error("标注版生成失败");
    if (!this.drafts.length) return result.bytes;
    const { writeTables } = await import("./write-table");
    return (await writeTables(result.bytes, this.drafts)).bytes;
  }

  /** "预算.xlsx" → "预算-标注版.xlsx". */
  markedFileName(): string {
    const base = this.fileName.replace(/\.xlsx$/i, "") || "工作簿";
    return `${base}-标注版.xlsx`;
  }

  /** The wanted name, or a free variant, among the file's sheets and those already queued. */
  private async reserveName(name: string): Promise<string> {
    if (!this.sheets) await this.readGrids();
    return uniqueSheetName(name, [...(this.sheets ?? []), ...this.addedSheets]);
  }

  private storeKey(): string {
    return `${this.fileName}|${this.bytes.byteLength}`;
  }
}
