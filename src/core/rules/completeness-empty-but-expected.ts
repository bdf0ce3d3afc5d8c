/**
 * A table that is empty while another table says it should have data: T12 with 项目支出 in T03 or
 * PERF projects (the seed's defect); T08/T09 with 政府性基金/国有资本经营 money in T04; T10 with
 * 三公 items in T06.
 */
import Decimal from "decimal.js";
import { isZeroAmount, convert, formatDecimal } from "../money";
import { TABLE_NAMES, type MoneyCell, type RecognizedTable, type TableId } from "../model";
import type { Rule, RuleContext } from "../rule";
import { nonEmpty, totalRow } from "./support";

function reportEmpty(ctx: RuleContext, t: RecognizedTable, evidence: string, related: MoneyCell[]) {
  ctx.report({
    at: t.note?.ref ?? t.titleRef ?? { sheet: t.sheet, cell: t.range.split(":")[0] },
    related: related.map((c) => c.ref),
    table: t.id,
    messageId: "emptyButExpected",
    data: { name: TABLE_NAMES[t.id], note: t.note ? `（注明“${t.note.text.replace(/^注[:：]\s*/, "")}”）` : "", evidence },
  });
}

function emptyTable(tables: RecognizedTable[], id: TableId): RecognizedTable | undefined {
  const all = tables.filter((t) => t.id === id);
  return all.length && all.every((t) => t.empty) ? all[0] : undefined;
}

export const rule: Rule = {
  meta: {
    id: "completeness.empty-but-expected",
    category: "completeness",
    defaultSeverity: "error",
    description: "其他表显示应有数据的表不应为空（如支出总表有项目支出而项目支出预算表为空）",
    messages: { emptyButExpected: "{name}为空{note}，但{evidence}" },
  },
  check(d, ctx) {
    const t12 = emptyTable(d.tables, "T12");
    if (t12) {
      const [t03] = nonEmpty(d, "T03");
      const project = t03 && totalRow(t03)?.amounts.project;
      const perf = nonEmpty(d, "PERF").map((p) => p.perf!.annualTotal!).filter(Boolean);
      const parts: string[] = [];
      if (project && !isZeroAmount(project.amount)) parts.push(`支出总表项目支出为 ${project.text}${project.amount.unit}`);
      if (perf.length) {
        const unit = t12.moneyUnit;
        const sum = perf.reduce((s, c) => s.plus(convert(c.amount, unit).value), new Decimal(0));
        parts.push(`${perf.length} 张项目绩效目标表的年度资金总额合计 ${formatDecimal(sum, 2)}${unit}`);
      }
      if (parts.length) reportEmpty(ctx, t12, parts.join("，"), [project, ...perf].filter((c): c is MoneyCell => !!c));
    }
    const t04 = nonEmpty(d, "T04")[0];
    const sub = t04?.rows.find((r) => r.side === "expense" && r.line === "expenseSubtotal");
    for (const [id, key, name] of [["T08", "fund", "政府性基金预算"], ["T09", "soe", "国有资本经营预算"]] as const) {
      const t = emptyTable(d.tables, id);
      const cell = sub?.amounts[key];
      if (t && cell && !isZeroAmount(cell.amount)) reportEmpty(ctx, t, `财政拨款收支总表的${name}支出为 ${cell.text}${cell.amount.unit}`, [cell]);
    }
  },
};
