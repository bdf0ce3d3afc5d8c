/** domain §4.11: a T05 row does not exceed the T03 row of the same code. */
import type { Rule } from "../rule";
import { checkAtMost } from "../rounding";
import { nonEmpty, rowsWithCode } from "./support";
import { isZeroAmount } from "../money";

export const rule: Rule = {
  meta: {
    id: "cross.t05-t03",
    category: "cross",
    defaultSeverity: "error",
    description: "一般公共预算支出表各科目不应超过支出总表同一科目",
    messages: {
      exceeds: "{code} {name}：一般公共预算支出 {actual} 超过支出总表的 {expected}",
      missing: "{code} {name} 出现在一般公共预算支出表（{actual}），支出总表中却没有",
    },
  },
  check(d, ctx) {
    const [t05] = nonEmpty(d, "T05");
    const [t03] = nonEmpty(d, "T03");
    if (!t05 || !t03) return;
    const rows03 = new Map(rowsWithCode(t03).map((r) => [r.code!, r]));
    for (const r5 of rowsWithCode(t05)) {
      const a = r5.amounts.total;
      if (!a || isZeroAmount(a.amount)) continue;
      const b = rows03.get(r5.code!)?.amounts.total;
      const data = { code: r5.code!, name: r5.label.text.trim(), actual: a.text, expected: b?.text ?? "0" };
      if (!b) ctx.report({ at: a.ref, table: "T05", messageId: "missing", data });
      else if (!checkAtMost(a.amount, b.amount).ok) ctx.report({ at: a.ref, related: [b.ref], table: "T05", messageId: "exceeds", data, actual: a.text, expected: b.text });
    }
  },
};
