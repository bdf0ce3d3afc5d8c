/** A one-year project (一次性项目, 1年) has the same 实施期 and 年度 funds; otherwise one of them is wrong. */
import { compact } from "../recognize/text";
import type { Rule } from "../rule";
import { compareSum } from "./support";

export const rule: Rule = {
  meta: {
    id: "plausibility.perf-funds",
    category: "plausibility",
    defaultSeverity: "warning",
    description: "一年期项目的实施期资金总额应等于年度资金总额",
    messages: { differs: "项目“{name}”为一年期项目，实施期资金总额 {period} 与年度资金总额 {annual} 不一致" },
  },
  check(d, ctx) {
    for (const t of d.tables) {
      const p = t.perf;
      if (t.id !== "PERF" || !p?.periodTotal || !p.annualTotal) continue;
      const oneYear = /一次性|1年|一年/.test(compact(`${p.attribute?.text ?? ""}${p.period?.text ?? ""}`));
      if (!oneYear) continue;
      if (compareSum(p.periodTotal, [p.annualTotal]).status === "mismatch") {
        ctx.report({ at: p.periodTotal.ref, related: [p.annualTotal.ref], table: "PERF", messageId: "differs", data: { name: p.name.text, period: p.periodTotal.text, annual: p.annualTotal.text }, expected: p.annualTotal.text, actual: p.periodTotal.text });
      }
    }
  },
};
