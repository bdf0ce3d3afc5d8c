/** domain §4.8: with no 上年结转/年终结转, T02 and T03 agree row by row on 合计 for the same 功能科目. */
import type { Rule } from "../rule";
import { compareSum, lineRow, nonEmpty, reportCheck, SUM_MESSAGES, tableCodes } from "./support";
import { isZeroAmount } from "../money";
import { isExactSum } from "../rounding";

export const rule: Rule = {
  meta: {
    id: "cross.t02-t03",
    category: "cross",
    defaultSeverity: "error",
    description: "无结转时，收入总表与支出总表同一功能科目的合计应一致",
    messages: { ...SUM_MESSAGES, onlyIn: "{code} {name} 只出现在{table}中（{amount}）" },
  },
  check(d, ctx) {
    const [t02] = nonEmpty(d, "T02");
    const [t03] = nonEmpty(d, "T03");
    if (!t02 || !t03) return;
    const hasCarry = t02.rows.some((r) => r.amounts.carryOver && !isZeroAmount(r.amounts.carryOver.amount));
    const [t01] = nonEmpty(d, "T01");
    const fwd = t01 && lineRow(t01, "carryForward")?.amounts.total;
    if (hasCarry || (fwd && !isZeroAmount(fwd.amount))) return;
    const rows03 = tableCodes(t03).byCode;
    for (const r2 of tableCodes(t02).coded) {
      const a = r2.amounts.total;
      const r3 = rows03.get(r2.code!);
      if (!a) continue;
      if (!r3) {
        if (!isZeroAmount(a.amount)) ctx.report({ at: a.ref, table: "T02", messageId: "onlyIn", severity: "warning", data: { code: r2.code!, name: r2.label.text, table: "收入总表", amount: a.text } });
        continue;
      }
      const b = r3.amounts.total;
      if (!b) continue;
      if (isExactSum(b.amount, [a.amount])) continue;
      reportCheck(ctx, { check: compareSum(b, [a]), at: b.ref, related: [a.ref], table: "T03", subject: `支出总表 ${r2.code} ${r3.label.text.trim()} 合计应等于收入总表同科目合计` });
    }
  },
};
