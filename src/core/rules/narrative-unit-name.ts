/** domain §4.21: the narrative names the same unit as the tables' 单位名称 (a stale copy names another). */
import { unspacedParagraphs } from "../narrative/analyze";
import type { Rule } from "../rule";
import { matchesOf } from "../recognize/text";

// "2024年度阳城县信访局预算收入…": a year, then an organisation's name, then a budget word.
const NAMED_UNIT =
  /20\d{2}年度?([\u4e00-\u9fa5]{2,25}?(?:委员会|办公室|局|委|办|院|所|中心|厅|部|处|站|队|馆|社|校|政府))(?=预算|部门|单位|财政|一般公共|机关运行|政府采购|收入|支出|本年|纳入|编报|共有|使用)/g;

export const rule: Rule = {
  meta: {
    id: "narrative.unit-name",
    category: "narrative",
    defaultSeverity: "warning",
    description: "情况说明中的单位名称应与各表的单位名称一致",
    messages: { differs: "情况说明写的单位是“{written}”，各表的单位名称是“{unit}”：是否沿用了其他单位或往年的文字？" },
  },
  check(d, ctx) {
    const unit = d.unit?.replace(/\s+/g, "");
    if (!unit) return;
    for (const { cell: p, text } of unspacedParagraphs(d)) {
      const seen = new Set<string>();
      for (const m of matchesOf(NAMED_UNIT, text)) {
        const written = m[1];
        if (seen.has(written) || written.includes(unit) || unit.includes(written)) continue;
        seen.add(written);
        ctx.report({ at: p.ref, table: "NARR", messageId: "differs", data: { written, unit }, expected: unit, actual: written });
      }
    }
  },
};
