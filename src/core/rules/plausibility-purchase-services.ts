/**
 * 政府购买服务 follows 政府采购 procedures (the seed's 名词解释 五): services bought in T14 while the
 * narrative's 政府采购服务预算 is smaller (the seed: 176,000元 against 0) deserve a look.
 */
import Decimal from "decimal.js";
import { convert, formatDecimal, unitFactor } from "../money";
import type { MoneyCell } from "../model";
import { unspacedParagraphs } from "../narrative/analyze";
import { toAmount } from "../narrative/claims";
import type { Rule } from "../rule";

const SERVICE_BUDGET = /政府采购服务(?:预算|类)?(?:为|金额)?\s*(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?\s*(万元|元)/;

export const rule: Rule = {
  meta: {
    id: "plausibility.purchase-services",
    category: "plausibility",
    defaultSeverity: "warning",
    description: "政府购买服务支出预算表的金额不应超过情况说明中的政府采购服务预算",
    messages: {
      exceeds: "政府购买服务支出预算表列有 {services}，情况说明的政府采购服务预算却是 {written}：政府购买服务一般按政府采购方式和程序办理，请核实",
    },
  },
  check(d, ctx) {
    const cells: MoneyCell[] = d.tables
      .filter((t) => t.id === "T14")
      .flatMap((t) => t.rows.filter((r) => r.kind === "item").map((r) => r.amounts.amount ?? r.amounts.total))
      .filter((c): c is MoneyCell => !!c && !c.blank);
    if (!cells.length) return;
    const unit = cells[0].amount.unit;
    const services = cells.reduce((s, c) => s.plus(convert(c.amount, unit).value), new Decimal(0));
    if (services.isZero()) return;
    for (const { cell: p, text } of unspacedParagraphs(d)) {
      const m = SERVICE_BUDGET.exec(text);
      if (!m) continue;
      const written = toAmount(m[1], m[2], m[3]);
      const writtenInUnit = written.value.times(unitFactor(written.unit)).div(unitFactor(unit));
      if (writtenInUnit.lt(services)) {
        ctx.report({
          at: p.ref,
          related: cells.map((c) => c.ref),
          table: "T14",
          messageId: "exceeds",
          data: { services: `${formatDecimal(services, 2, true)}${unit}`, written: `${m[0].match(/[\d,.]+\s*(万元|元)$/)?.[0] ?? m[0]}` },
        });
      }
      return;
    }
  },
};
