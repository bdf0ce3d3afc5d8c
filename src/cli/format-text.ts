/** The terminal report: Chinese, grouped by table, errors first. */
import { TABLE_NAMES, type TableId } from "../core/model";
import { SEVERITY_NAMES, type Finding, type Report, type WorkbookReport } from "../core/report";

const MARK = { error: "✖", warning: "▲", info: "·" } as const;
const COLOR = { error: "\x1b[31m", warning: "\x1b[33m", info: "\x1b[90m" } as const;

export function formatText(report: Report, color = false): string {
  return report.workbooks.map((w) => formatWorkbook(w, color)).join("\n\n") + "\n";
}

function formatWorkbook(w: WorkbookReport, color: boolean): string {
  const paint = (sev: Finding["severity"], s: string) => (color ? `${COLOR[sev]}${s}\x1b[0m` : s);
  const lines: string[] = [];
  const head = [w.unit, w.year ? `${w.year}年` : ""].filter(Boolean).join(" ");
  lines.push(`━━ ${w.file}${head ? `（${head}）` : ""}`);
  if (w.error) {
    lines.push(paint("error", `  无法校验：${w.error.message}`));
    return lines.join("\n");
  }
  lines.push(`  识别到 ${w.tables.length} 张表：${w.tables.map((t) => `${t.id}“${t.sheet}”`).join("、") || "无"}`);
  if (w.missingTables.length) lines.push(`  未找到：${w.missingTables.map((id) => `${id} ${TABLE_NAMES[id]}`).join("、")}`);
  lines.push(`  结果：错误 ${w.summary.error}，警告 ${w.summary.warning}，提示 ${w.summary.info}`);
  const groups = new Map<string, Finding[]>();
  for (const f of w.findings) {
    const key = f.table ?? "";
    groups.set(key, [...(groups.get(key) ?? []), f]);
  }
  const order = [...groups.keys()].sort();
  for (const key of order) {
    lines.push("");
    lines.push(`  【${key ? `${key} ${TABLE_NAMES[key as TableId]}` : "整体"}】`);
    for (const f of groups.get(key)!) {
      lines.push(paint(f.severity, `    ${MARK[f.severity]} ${SEVERITY_NAMES[f.severity]}  ${f.sheet}!${f.cell}  ${f.message}`) + `  [${f.rule}]`);
    }
  }
  return lines.join("\n");
}
