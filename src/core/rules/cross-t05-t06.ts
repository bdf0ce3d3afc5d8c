/** domain §4.12: T05 基本支出 合计 = T06 合计. */
import type { Rule } from "../rule";
import { compareSum, nonEmpty, reportCheck, SUM_MESSAGES, totalRow } from "./support";

export const rule: Rule = {
  meta: {
    id: "cross.t05-t06",
    category: "cross",
    defaultSeverity: "error",
    description: "一般公共预算支出表的基本支出合计应等于基本支出经济分类表的合计",
    messages: SUM_MESSAGES,
  },
  check(d, ctx) {
    const [t05] = nonEmpty(d, "T05");
    const [t06] = nonEmpty(d, "T06");
    if (!t05 || !t06) return;
    const a = totalRow(t06)?.amounts.total;
    const b = totalRow(t05)?.amounts.basic;
    if (a && b) reportCheck(ctx, { check: compareSum(a, [b]), at: a.ref, related: [b.ref], table: "T06", subject: "基本支出经济分类表合计应等于一般公共预算支出表的基本支出合计" });
  },
};
