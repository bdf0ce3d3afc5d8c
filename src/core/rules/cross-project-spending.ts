/** domain §4.13: T03 项目支出 = T12 合计 (+ T13); every PERF project is in T12 with the same amount. */
import { convert } from "../money";
import type { MoneyCell } from "../model";
import type { Rule } from "../rule";
import { compareSum, nonEmpty, reportCheck, SUM_MESSAGES, totalRow } from "./support";
import { labelKey } from "../recognize/text";

export const rule: Rule = {
  meta: {
    id: "cross.project-spending",
    category: "cross",
    defaultSeverity: "error",
    description: "支出总表的项目支出应等于项目支出预算表合计；绩效目标表中的项目应在项目支出预算表中且金额一致",
    messages: {
      ...SUM_MESSAGES,
      notListed: "绩效目标表的项目“{name}”（{amount}）不在项目支出预算表中",
    },
  },
  check(d, ctx) {
    const [t03] = nonEmpty(d, "T03");
    const t12 = nonEmpty(d, "T12")[0];
    if (!t12) return; // an empty T12 is completeness.empty-but-expected's concern
    const t13 = nonEmpty(d, "T13")[0];
    const project = t03 && totalRow(t03)?.amounts.project;
    const total12 = totalRow(t12)?.amounts.total;
    const total13 = t13 && totalRow(t13)?.amounts.total;
    if (project && total12) {
      const parts = [total12, total13].filter((c): c is MoneyCell => !!c);
      reportCheck(ctx, { check: compareSum(project, parts), at: project.ref, related: parts.map((p) => p.ref), table: "T03", subject: "支出总表项目支出合计应等于项目支出预算表合计" });
    }
    const projects = t12.rows.filter((r) => r.kind !== "total");
    for (const p of nonEmpty(d, "PERF")) {
      const perf = p.perf!;
      if (!perf.annualTotal) continue;
      const row = projects.find((r) => labelKey(r.label.text) === labelKey(perf.name.text));
      if (!row) {
        ctx.report({ at: perf.name.ref, table: "PERF", messageId: "notListed", severity: "warning", data: { name: perf.name.text, amount: `${perf.annualTotal.text}${perf.annualTotal.amount.unit}` } });
        continue;
      }
      const cell = row.amounts.total;
      if (cell) {
        const perfAmount = { ...perf.annualTotal, amount: convert(perf.annualTotal.amount, cell.amount.unit) };
        reportCheck(ctx, { check: compareSum(cell, [perfAmount]), at: cell.ref, related: [perf.annualTotal.ref], table: "T12", subject: `项目“${perf.name.text}”在项目支出预算表中的金额应等于绩效目标表的年度资金总额` });
      }
    }
  },
};
