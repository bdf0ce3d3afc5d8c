/** An empty table is still published, with a note such as "注：本表无数据" (143号). */
import { TABLE_NAMES } from "../model";
import type { Rule } from "../rule";

export const rule: Rule = {
  meta: {
    id: "completeness.empty-note",
    category: "completeness",
    defaultSeverity: "warning",
    description: "无数据的表应注明“本表无数据”或说明原因",
    messages: { noNote: "{name}没有数据，但未注明“本表无数据”或说明原因" },
  },
  check(d, ctx) {
    for (const t of d.tables) {
      if (!t.empty || t.note || t.id === "NARR" || t.id === "PERF") continue;
      ctx.report({ at: t.titleRef ?? { sheet: t.sheet, cell: t.range.split(":")[0] }, table: t.id, messageId: "noNote", data: { name: TABLE_NAMES[t.id] } });
    }
  },
};
