/**
 * The CSV report: one row per finding (plus one row per workbook that could not be read), UTF-8
 * with a BOM and CRLF line ends so that Excel opens it with the Chinese intact.
 */
import { TABLE_NAMES, type TableId } from "../core/model";
import { CATEGORY_NAMES, SEVERITY_NAMES, type Report } from "../core/report";

export const CSV_HEADER = ["文件", "单位", "年度", "严重程度", "类别", "规则", "表", "表名", "工作表", "单元格", "应为", "实为", "说明", "相关单元格"] as const;

export function formatCsv(report: Report): string {
  const rows: string[][] = [[...CSV_HEADER]];
  for (const w of report.workbooks) {
    const head = [w.file, w.unit ?? "", w.year ? String(w.year) : ""];
    if (w.error) {
      rows.push([...head, "无法读取", "", "", "", "", "", "", "", "", w.error.message, ""]);
      continue;
    }
    for (const f of w.findings) {
      rows.push([
        ...head,
        SEVERITY_NAMES[f.severity],
        CATEGORY_NAMES[f.category],
        f.rule,
        f.table ?? "",
        f.table ? TABLE_NAMES[f.table as TableId] : "",
        f.sheet,
        f.cell,
        f.expected ?? "",
        f.actual ?? "",
        f.message,
        f.related.map((r) => `${r.sheet}!${r.cell}`).join(" "),
      ]);
    }
  }
  return "\uFEFF" + rows.map((r) => r.map(csvField).join(",")).join("\r\n") + "\r\n";
}

/** RFC 4180 quoting; text that Excel would run as a formula is prefixed with an apostrophe. */
export function csvField(value: string): string {
  let v = value;
  if (/^[=+@\t\r]/.test(v) || (/^-/.test(v) && !/^-\d+(\.\d+)?$/.test(v))) v = `'${v}`;
  return /[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}
