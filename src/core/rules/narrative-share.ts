/** domain §4.18: a share "占X%" equals the part ÷ its parent stated before it in the same sentence. */
import type { Rule } from "../rule";
import { checkShare } from "../rounding";
import { formatDecimal } from "../money";
import { analyzeNarrative } from "../narrative/analyze";
import { sharePairs } from "../narrative/pairs";

export const rule: Rule = {
  meta: {
    id: "narrative.share",
    category: "narrative",
    defaultSeverity: "error",
    description: "情况说明中的占比“占X%”应等于该项金额除以其上级金额（保留两位小数）",
    messages: {
      mismatch: "情况说明写{phrase}{part}，占{stated}%；按 {part} ÷ {parent} 计算应为 {expected}%",
    },
  },
  check(d, ctx) {
    for (const para of analyzeNarrative(d)) {
      for (const { share, part, parents } of sharePairs(para.parsed)) {
        if (!part || !parents.length) continue;
        const checks = parents.map((parent) => ({ parent, r: checkShare(part.amount, parent.amount, share.percent, share.decimals) }));
        if (checks.some((c) => c.r.status !== "mismatch")) continue;
        const { parent, r } = checks[0];
        const expected = formatDecimal(r.exactPercent, share.decimals || 2);
        ctx.report({
          at: para.cell.ref,
          table: "NARR",
          messageId: "mismatch",
          data: { phrase: part.subject, part: part.raw, parent: parent.raw, stated: formatDecimal(share.percent, share.decimals), expected },
          expected: `${expected}%`,
          actual: `${formatDecimal(share.percent, share.decimals)}%`,
        });
      }
    }
  },
};
