/** Every disclosure publishes the standard tables (财预〔2016〕143号); a missing one is reported. */
import { TABLE_NAMES, type TableId } from "../model";
import type { Rule } from "../rule";

/** Tables every template has (others — T07, T12–T14 — vary by province). */
export const REQUIRED_TABLES: TableId[] = ["T01", "T02", "T03", "T04", "T05", "T06", "T08", "T09", "T10", "T11"];

export const rule: Rule = {
  meta: {
    id: "completeness.missing-table",
    category: "completeness",
    defaultSeverity: "warning",
    description: "应公开的预算表不应缺少（无数据的表也应公开并注明）",
    messages: { missing: "未找到{name}（{id}）：无数据的表也应公开并注明“本表无数据”" },
  },
  check(d, ctx) {
    const stats = d.tables.filter((t) => t.id !== "NARR" && t.id !== "PERF");
    if (!stats.length) return;
    const anchor = stats[0].titleRef ?? { sheet: stats[0].sheet, cell: "A1" };
    for (const id of REQUIRED_TABLES) {
      if (!d.tables.some((t) => t.id === id)) ctx.report({ at: anchor, messageId: "missing", data: { id, name: TABLE_NAMES[id] } });
    }
  },
};
