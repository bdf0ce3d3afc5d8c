/**
 * A 绩效目标表 that itemizes its money ("刘补练27500元、卫里恒27500元、…") should add up to its
 * 年度资金总额; the seed's 小高炉 lists 6 × 27,500元 = 165,000元 against 225,000元.
 */
import Decimal from "decimal.js";
import { formatDecimal } from "../money";
import type { Rule } from "../rule";
import { matchesOf } from "../recognize/text";

// Three or more amounts in one list, separated by 、 (names or items before each amount).
const ITEM = /([\u4e00-\u9fa5A-Za-z]{1,12})\s*(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?\s*元/g;

/** Fewer than two 、 or no 元: no list of three amounts (most text ends here, before the slow scan). */
function mayListAmounts(text: string): boolean {
  return text.indexOf("、") !== text.lastIndexOf("、") && text.includes("元");
}

export const rule: Rule = {
  meta: {
    id: "plausibility.perf-itemized",
    category: "plausibility",
    defaultSeverity: "warning",
    description: "绩效目标表中逐项列出的金额之和应等于年度资金总额",
    messages: { differs: "项目“{name}”逐项列出 {count} 笔共 {sum}元，与年度资金总额 {annual}元 不一致" },
  },
  check(d, ctx) {
    for (const t of d.tables) {
      const annual = t.perf?.annualTotal;
      if (t.id !== "PERF" || !annual || annual.amount.unit !== "元") continue;
      for (const p of t.paragraphs ?? []) {
        // Tested on the whole paragraph first (most have no list at all), then on each clause.
        if (!mayListAmounts(p.text)) continue;
        for (const list of p.text.split(/[。；;\n]/)) {
          if (!mayListAmounts(list)) continue;
          const items = matchesOf(ITEM, list);
          // Only an enumeration: ≥ 3 amounts joined by 、.
          if (items.length < 3 || (list.match(/、/g) ?? []).length < items.length - 1) continue;
          const sum = items.reduce((s, m) => s.plus(new Decimal(`${m[2].replace(/,/g, "")}${m[3] ? "." + m[3] : ""}`)), new Decimal(0));
          if (sum.eq(annual.amount.value)) continue;
          ctx.report({
            at: p.ref,
            related: [annual.ref],
            table: "PERF",
            messageId: "differs",
            data: { name: t.perf!.name.text, count: items.length, sum: formatDecimal(sum, 0, true), annual: formatDecimal(annual.amount.value, 0, true) },
            expected: formatDecimal(annual.amount.value, 2, true),
            actual: formatDecimal(sum, 2, true),
          });
        }
      }
    }
  },
};
