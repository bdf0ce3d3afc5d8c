/** domain §4.17, §4.19, §4.20: an amount stated in the narrative equals the table value its words name. */
import type { Rule } from "../rule";
import { analyzeNarrative, showAmount, showIn } from "../narrative/analyze";

export const rule: Rule = {
  meta: {
    id: "narrative.amount",
    category: "narrative",
    defaultSeverity: "error",
    description: "情况说明中写明的金额应与表中对应的数值一致（按单位换算，允许文字本身的四舍五入）",
    messages: {
      mismatch: "情况说明写{phrase} {written}，{table}为 {value}{converted}",
    },
  },
  check(d, ctx) {
    for (const p of analyzeNarrative(d)) {
      for (const a of p.amounts) {
        if (a.status !== "mismatch") continue;
        const c = a.candidates[0];
        const table = c.cell.amount;
        const converted = table.unit === a.claim.amount.unit ? "" : `（${showIn(table, a.claim.amount)}）`;
        const value = showAmount(table);
        ctx.report({
          at: p.cell.ref,
          related: a.candidates.map((x) => x.cell.ref),
          table: "NARR",
          messageId: "mismatch",
          data: { phrase: a.phrase ?? a.claim.subject, written: a.claim.raw, table: c.label, value, converted },
          expected: showIn(table, a.claim.amount),
          actual: a.claim.raw,
        });
      }
    }
  },
};
