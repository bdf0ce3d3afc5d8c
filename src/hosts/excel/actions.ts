/** Excel-side actions used by the ribbon commands (and the same flow the task pane runs). */
import type { WorkbookReport } from "../../core/report";
import type { ClearResult, HostPort, MarkResult } from "../port";
import { runValidation } from "../validate";
import { createExcelHost } from "./host";
import { documentName } from "./sheet-ops";

export interface ValidationSummary {
  error: number;
  warning: number;
  info: number;
}

export interface ValidateAndMarkResult {
  report: WorkbookReport;
  marks: MarkResult;
}

/** Reads the workbook, validates it with the stored recognition corrections, and marks the findings. */
export async function validateWorkbookAndMark(host: HostPort = createExcelHost()): Promise<ValidateAndMarkResult> {
  const overrides = await host.getTableOverrides();
  const grids = await host.readGrids();
  const report = runValidation(grids, { file: documentName(), overrides });
  const marks = await host.applyMarks(report.findings);
  return { report, marks };
}

/** Ribbon 校验: validate and mark; returns the counts for the notification. */
export async function validateAndMark(): Promise<ValidationSummary> {
  return (await validateWorkbookAndMark()).report.summary;
}

/** Ribbon 清除标记: removes the add-in's marks, restoring the cells as they were. */
export async function clearAllMarks(): Promise<void> {
  await clearWorkbookMarks();
}

/** 清除标记 with its counts (for the task pane). */
export function clearWorkbookMarks(host: HostPort = createExcelHost()): Promise<ClearResult> {
  return host.clearMarks();
}
