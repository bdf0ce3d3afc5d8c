/** domain §4.20: the 绩效 section's project count ("二级项目5个", "公开项目绩效目标5个") = the PERF sheets. */
import { unspacedParagraphs } from "../narrative/analyze";
import type { Rule } from "../rule";
import { matchesOf } from "../recognize/text";

const COUNT = /(纳入绩效目标管理的(?:二级)?项目|编报绩效目标的项目共?|公开项目绩效目标|项目绩效目标表)(\d+)(?:个|张)/g;

export const rule: Rule = {
  meta: {
    id: "narrative.count",
    category: "narrative",
    defaultSeverity: "warning",
    description: "情况说明中的绩效目标项目个数应与项目支出绩效目标表的张数一致",
    messages: { differs: "情况说明写“{phrase}”，工作簿中有 {perf} 张项目支出绩效目标表" },
  },
  check(d, ctx) {
    const perf = d.tables.filter((t) => t.id === "PERF").length;
    if (!perf) return; // the sheets are not in this workbook: nothing to count against
    for (const { cell: p, text } of unspacedParagraphs(d)) {
      if (!text.includes("项目")) continue; // every COUNT match names 项目
      for (const m of matchesOf(COUNT, text)) {
        if (Number(m[2]) === perf) continue;
        ctx.report({ at: p.ref, table: "NARR", messageId: "differs", data: { phrase: m[0], perf }, expected: String(perf), actual: m[2] });
      }
    }
  },
};
