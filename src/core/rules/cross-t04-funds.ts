/** domain §4.9: T04 一般公共预算 = T05 合计 (and per 类); 政府性基金 = T08 合计; 国有资本经营 = T09 合计. */
import type { ColumnKey, TableId } from "../model";
import type { Rule } from "../rule";
import { compareSum, nonEmpty, reportCheck, SUM_MESSAGES, totalRow } from "./support";
import { isZeroAmount } from "../money";

const PAIRS: [ColumnKey, TableId, string][] = [
  ["gpb", "T05", "一般公共预算支出表"],
  ["fund", "T08", "政府性基金预算支出表"],
  ["soe", "T09", "国有资本经营预算支出表"],
];

export const rule: Rule = {
  meta: {
    id: "cross.t04-funds",
    category: "cross",
    defaultSeverity: "error",
    description: "财政拨款收支总表各资金列应与一般公共预算、政府性基金、国有资本经营预算支出表一致",
    messages: SUM_MESSAGES,
  },
  check(d, ctx) {
    const t04 = d.tables.find((t) => t.id === "T04");
    if (!t04) return;
    const expense = t04.rows.filter((r) => r.side === "expense");
    const sub = expense.find((r) => r.line === "expenseSubtotal") ?? expense.find((r) => r.line === "expenseTotal");
    for (const [key, id, name] of PAIRS) {
      const other = d.tables.find((t) => t.id === id);
      const a = sub?.amounts[key];
      if (!other || !a) continue;
      const b = totalRow(other)?.amounts.total;
      if (b) {
        reportCheck(ctx, { check: compareSum(a, [b]), at: a.ref, related: [b.ref], table: "T04", subject: `财政拨款收支总表“${name.replace("支出表", "")}”支出应等于${name}合计` });
      } else if (!isZeroAmount(a.amount) && other.empty) {
        ctx.report({ at: a.ref, related: other.titleRef ? [other.titleRef] : [], table: "T04", messageId: "mismatch", data: { subject: `财政拨款收支总表有${name.replace("支出表", "")}支出，${name}却为空`, expected: a.text, actual: "0.00", diff: a.text, unit: t04.moneyUnit } });
      }
      if (key !== "gpb" || other.empty) continue;
      // Per 类: T04 expense row (一般公共预算 column) = T05 类 row.
      for (const r5 of other.rows.filter((r) => r.code?.length === 3 && r.kind !== "total")) {
        const r4 = expense.find((r) => r.code === r5.code);
        const x = r4?.amounts.gpb;
        const y = r5.amounts.total;
        if (x && y) reportCheck(ctx, { check: compareSum(x, [y]), at: x.ref, related: [y.ref], table: "T04", subject: `财政拨款收支总表“${r4!.label.text.trim()}”一般公共预算应等于一般公共预算支出表 ${r5.code} 类合计` });
      }
    }
  },
};
