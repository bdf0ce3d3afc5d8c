/** A workbook in which no budget table was recognized: say so plainly rather than report nothing. */
import type { Rule } from "../rule";

export const rule: Rule = {
  meta: {
    id: "completeness.no-tables",
    category: "completeness",
    defaultSeverity: "info",
    description: "工作簿中未识别到任何预算公开表",
    messages: { none: "未识别到预算公开表：工作簿的 {count} 个工作表中没有找到预算收支总表等标准表格的标题" },
  },
  check(d, ctx) {
    if (d.tables.length || !d.sheets.length) return;
    ctx.report({ at: { sheet: d.sheets[0], cell: "A1" }, messageId: "none", data: { count: d.sheets.length } });
  },
};
