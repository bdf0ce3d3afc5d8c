/** domain §4.7: T01 支出 by 类 = T03 类 rows; T01 本年支出合计 = T03 合计. */
import type { Rule } from "../rule";
import { compareSum, nonEmpty, reportCheck, SUM_MESSAGES, totalRow } from "./support";
import { isZeroAmount } from "../money";

export const rule: Rule = {
  meta: {
    id: "cross.t01-t03",
    category: "cross",
    defaultSeverity: "error",
    description: "收支总表各类支出及本年支出合计应与支出总表的类级科目及合计一致",
    messages: {
      ...SUM_MESSAGES,
      missingClass: "支出总表有 {code} {name} {amount}，收支总表中该类为空",
    },
  },
  check(d, ctx) {
    const [t01] = nonEmpty(d, "T01");
    const [t03] = nonEmpty(d, "T03");
    if (!t01 || !t03) return;
    const classes03 = t03.rows.filter((r) => r.code?.length === 3 && r.kind !== "total");
    const expense01 = t01.rows.filter((r) => r.side === "expense");
    for (const c of classes03) {
      const b = c.amounts.total;
      if (!b) continue;
      const row01 = expense01.find((r) => r.code === c.code);
      const a = row01?.amounts.total;
      if (!a) {
        if (!isZeroAmount(b.amount)) ctx.report({ at: b.ref, table: "T03", messageId: "missingClass", data: { code: c.code!, name: c.label.text, amount: b.text } });
        continue;
      }
      reportCheck(ctx, { check: compareSum(a, [b]), at: a.ref, related: [b.ref], table: "T01", subject: `收支总表“${row01!.label.text.trim()}”应等于支出总表 ${c.code} 类合计` });
    }
    const sub = expense01.find((r) => r.line === "expenseSubtotal")?.amounts.total;
    const total03 = totalRow(t03)?.amounts.total;
    if (sub && total03) reportCheck(ctx, { check: compareSum(sub, [total03]), at: sub.ref, related: [total03.ref], table: "T01", subject: "收支总表本年支出合计应等于支出总表合计" });
  },
};
