/** The report of a workbook that could not be checked: an `error` naming the file, no findings. */
import type { WorkbookReport } from "../../core/report";

export function failedReport(file: string, reason: string): WorkbookReport {
  return { file, tables: [], missingTables: [], findings: [], summary: { error: 0, warning: 0, info: 0 }, error: { message: `${file}：${reason}` } };
}
