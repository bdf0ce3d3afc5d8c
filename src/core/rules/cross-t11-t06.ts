/**
 * domain §4.14: T11 机关运行经费 = T06 公用经费 for a 行政/参公 unit; a department holding non-参公
 * 事业单位 has less; a pure 事业单位 has none. Without the unit type a mismatch is only a warning.
 */
import type { Rule } from "../rule";
import { checkAtMost } from "../rounding";
import { compareSum, nonEmpty, reportCheck, SUM_MESSAGES, totalRow } from "./support";
import { operatingCostValue } from "./three-public";
import { isZeroAmount } from "../money";

export const rule: Rule = {
  meta: {
    id: "cross.t11-t06",
    category: "cross",
    defaultSeverity: "warning",
    description: "机关运行经费应等于基本支出中的公用经费（行政单位、参公单位）",
    messages: {
      ...SUM_MESSAGES,
      exceeds: "机关运行经费 {actual} 超过了基本支出中的公用经费 {expected}",
      institution: "事业单位不应有机关运行经费，表中为 {actual}",
    },
  },
  check(d, ctx) {
    const t11 = d.tables.find((t) => t.id === "T11");
    const [t06] = nonEmpty(d, "T06");
    if (!t11 || !t06) return;
    const a = operatingCostValue(t11);
    const b = totalRow(t06)?.amounts.public;
    if (!a || !b) return;
    const type = ctx.facts.unitType;
    if (type === "institution") {
      if (!isZeroAmount(a.amount)) ctx.report({ at: a.ref, table: "T11", messageId: "institution", severity: "error", data: { actual: a.text } });
      return;
    }
    if (type === "mixedDepartment") {
      if (!checkAtMost(a.amount, b.amount).ok) ctx.report({ at: a.ref, related: [b.ref], table: "T11", messageId: "exceeds", severity: "error", data: { actual: a.text, expected: b.text } });
      return;
    }
    reportCheck(ctx, {
      check: compareSum(a, [b]),
      at: a.ref,
      related: [b.ref],
      table: "T11",
      subject: "机关运行经费应等于基本支出经济分类表的公用经费合计",
      mismatchSeverity: type ? "error" : "warning",
    });
  },
};
