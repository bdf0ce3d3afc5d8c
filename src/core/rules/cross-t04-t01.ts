/** domain §4.10: T04 总计 ≤ T01 总计; equal when all money is 财政拨款 (a unit with 事业收入 legitimately differs). */
import type { LineKey } from "../model";
import type { Rule } from "../rule";
import { checkAtMost } from "../rounding";
import { compareSum, lineRow, nonEmpty, reportCheck, SUM_MESSAGES } from "./support";
import { isZeroAmount } from "../money";

const NON_FISCAL: LineKey[] = ["specialAccount", "unitFunds", "business", "operating", "otherIncome"];

export const rule: Rule = {
  meta: {
    id: "cross.t04-t01",
    category: "cross",
    defaultSeverity: "error",
    description: "财政拨款收支总表的总计不应超过收支总表的总计；全部为财政拨款时两者应相等",
    messages: { ...SUM_MESSAGES, exceeds: "财政拨款收支总表收入总计 {actual} 超过了收支总表收入总计 {expected}" },
  },
  check(d, ctx) {
    const [t01] = nonEmpty(d, "T01");
    const [t04] = nonEmpty(d, "T04");
    if (!t01 || !t04) return;
    const a = lineRow(t04, "incomeTotal")?.amounts.total;
    const b = lineRow(t01, "incomeTotal")?.amounts.total;
    if (!a || !b) return;
    const nonFiscal = NON_FISCAL.some((k) => {
      const c = lineRow(t01, k)?.amounts.total;
      return c && !isZeroAmount(c.amount);
    });
    if (nonFiscal) {
      if (!checkAtMost(a.amount, b.amount).ok) ctx.report({ at: a.ref, related: [b.ref], table: "T04", messageId: "exceeds", data: { actual: a.text, expected: b.text }, actual: a.text, expected: b.text });
      return;
    }
    reportCheck(ctx, { check: compareSum(a, [b]), at: a.ref, related: [b.ref], table: "T04", subject: "全部收入为财政拨款时，财政拨款收支总表收入总计应等于收支总表收入总计" });
  },
};
