/**
 * Formula cells saved without their computed values (written by a program, never opened in Excel):
 * their numbers cannot be read. Say so once for the workbook; the engine withholds every check that rests
 * on such a cell instead of treating it as 0.
 */
import type { MoneyCell } from "../model";
import type { Rule } from "../rule";
import { memoOn } from "../collections";

type WithAmounts = { tables: { rows: { amounts: Partial<Record<string, MoneyCell>> }[] }[]; uncachedFormulas?: boolean };

/** Found once per disclosure: the rule reports them and the engine withholds the checks resting on them. */
const UNREADABLE = Symbol("unreadable cells");

export function unreadableCells(d: WithAmounts): MoneyCell[] {
  return memoOn(d, UNREADABLE, () => {
    const out: MoneyCell[] = [];
    // Recognition tells when no sheet had such formulas: then there is nothing to search for.
    if (d.uncachedFormulas !== false) for (const t of d.tables) for (const r of t.rows) for (const cell of Object.values(r.amounts)) if (cell?.unreadable) out.push(cell);
    return out;
  });
}

export const rule: Rule = {
  meta: {
    id: "completeness.unreadable-formulas",
    category: "completeness",
    defaultSeverity: "warning",
    description: "公式单元格没有保存计算结果时，无法读取其数值，涉及这些单元格的核对均已跳过",
    messages: {
      unreadable: "{count} 个公式单元格没有保存计算结果（{sheets}；如 {examples}），无法读取其数值：请在 Excel 或 WPS 中打开并保存后再校验；涉及这些单元格的核对已跳过",
    },
  },
  check(d, ctx) {
    // One finding for the workbook: the cause (never calculated) and the cure (open and save) are shared.
    const unique = [...new Map(unreadableCells(d).map((c) => [`${c.ref.sheet}!${c.ref.cell}`, c])).values()];
    if (!unique.length) return;
    const perSheet = new Map<string, number>();
    for (const c of unique) perSheet.set(c.ref.sheet, (perSheet.get(c.ref.sheet) ?? 0) + 1);
    ctx.report({
      at: unique[0].ref,
      related: unique.slice(1, 50).map((c) => c.ref),
      messageId: "unreadable",
      data: {
        count: unique.length,
        sheets: [...perSheet].map(([sheet, n]) => `“${sheet}” ${n} 个`).join("、"),
        examples: unique.slice(0, 3).map((c) => `${c.ref.sheet}!${c.ref.cell}`).join("、"),
      },
    });
  },
};
