/** domain §4.6: T01 收入总计 = T02 合计; each T01 income item = the matching T02 column total. */
import type { ColumnKey, LineKey, MoneyCell } from "../model";
import type { Rule } from "../rule";
import { compareSum, lineRow, nonEmpty, reportCheck, SUM_MESSAGES, totalRow } from "./support";

const ITEMS: [LineKey, ColumnKey, string][] = [
  ["gpb", "gpb", "一般公共预算"],
  ["fund", "fund", "政府性基金预算"],
  ["soe", "soe", "国有资本经营预算"],
  ["fiscal", "fiscal", "财政拨款收入"],
  ["specialAccount", "specialAccount", "财政专户管理资金"],
  ["unitFunds", "unitFunds", "单位资金"],
  ["business", "business", "事业收入"],
  ["operating", "operating", "事业单位经营收入"],
  ["otherIncome", "otherIncome", "其他收入"],
];

export const rule: Rule = {
  meta: {
    id: "cross.t01-t02",
    category: "cross",
    defaultSeverity: "error",
    description: "收支总表的收入总计及各项收入应与收入总表的合计及对应列一致",
    messages: SUM_MESSAGES,
  },
  check(d, ctx) {
    const [t01] = nonEmpty(d, "T01");
    const [t02] = nonEmpty(d, "T02");
    if (!t01 || !t02) return;
    const total02 = totalRow(t02);
    if (!total02) return;
    const carryCol = t02.columns.find((c) => c.key === "carryOver");
    const totalCol = t02.columns.find((c) => c.key === "total");
    const grand: MoneyCell[] = [total02.amounts.total, carryCol && totalCol && /本年/.test(totalCol.header) ? total02.amounts.carryOver : undefined].filter((c): c is MoneyCell => !!c);
    const incomeTotal = lineRow(t01, "incomeTotal")?.amounts.total;
    if (incomeTotal && grand.length) {
      reportCheck(ctx, { check: compareSum(incomeTotal, grand), at: incomeTotal.ref, related: grand.map((g) => g.ref), table: "T01", subject: "收支总表的收入总计应等于收入总表的合计" });
    }
    for (const [line, col, name] of ITEMS) {
      const a = lineRow(t01, line)?.amounts.total;
      const b = total02.amounts[col];
      if (!a || !b) continue;
      reportCheck(ctx, { check: compareSum(a, [b]), at: a.ref, related: [b.ref], table: "T01", subject: `收支总表“${name}”应等于收入总表“${name}”列合计` });
    }
  },
};
