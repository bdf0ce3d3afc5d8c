/** domain §4.20: 政府采购预算总额 = 货物 + 工程 + 服务, as the narrative states them. */
import { unspacedParagraphs } from "../narrative/analyze";
import { toAmount } from "../narrative/claims";
import { isZeroAmount, formatAmount, withDecimals, type Amount } from "../money";
import { checkSum } from "../rounding";
import type { Rule } from "../rule";

const N = String.raw`(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?\s*(万元|元)`;
const TOTAL = new RegExp(String.raw`政府采购(?:预算)?(?:总额|合计|共计)?(?:为)?` + N);
const PART = (kind: string) => new RegExp(String.raw`政府采购` + kind + String.raw`(?:类)?(?:预算)?(?:为)?` + N);
const PARTS = ["货物", "工程", "服务"].map(PART);

export const rule: Rule = {
  meta: {
    id: "narrative.purchase-total",
    category: "narrative",
    defaultSeverity: "error",
    description: "情况说明中的政府采购预算总额应等于货物、工程、服务三项之和",
    messages: { mismatch: "情况说明的政府采购预算总额 {total} 不等于货物、工程、服务之和 {sum}" },
  },
  check(d, ctx) {
    for (const { cell: p, text } of unspacedParagraphs(d)) {
      const t = TOTAL.exec(text);
      if (!t) continue;
      const parts: Amount[] = [];
      for (const re of PARTS) {
        const m = re.exec(text);
        if (!m) break;
        const a = toAmount(m[1], m[2], m[3]);
        // "0万元" is exact; the rest are rounded as written.
        parts.push(isZeroAmount(a) ? withDecimals(a, null) : a);
      }
      if (parts.length < PARTS.length) continue;
      const total = toAmount(t[1], t[2], t[3]);
      const c = checkSum(total, parts);
      if (c.status !== "mismatch") continue;
      const sum = formatAmount({ value: c.expected, decimals: c.decimals, unit: total.unit }, true);
      ctx.report({ at: p.ref, table: "NARR", messageId: "mismatch", data: { total: formatAmount(total, true), sum }, expected: sum, actual: formatAmount(total, true) });
    }
  },
};
