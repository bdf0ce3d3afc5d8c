/**
 * domain §4.4: T06 经济分类 — group rows (工资福利支出, 商品和服务支出, …) = Σ their items; 合计 = Σ groups;
 * 人员经费 = 301 + 303; 公用经费 = the other groups. Where the table prints no codes (seed layout),
 * a group's items are the rows under it up to the next group: the only structure such a table has.
 */
import { cellsIn, type TableRow } from "../model";
import type { Rule } from "../rule";
import { columnTitle, compareSum, refs, reportCheck, SUM_MESSAGES, totalRow } from "./support";

const GROUP_NAME = /^(工资福利支出|商品和服务支出|对个人和家庭的补助|资本性支出|资本性支出\(基本建设\)|对企业补助|债务利息及费用支出|其他支出)$/;

function isGroup(r: TableRow): boolean {
  return (r.code?.length === 3) || (!r.code && GROUP_NAME.test(r.name) && !r.label2);
}

export const rule: Rule = {
  meta: {
    id: "total.economic",
    category: "total",
    defaultSeverity: "error",
    description: "基本支出经济分类表：各类应等于其下各款之和，人员经费应等于工资福利支出与对个人和家庭的补助之和",
    messages: {
      ...SUM_MESSAGES,
      split: "{subject}：应为 {expected}，实为 {actual}（差 {diff}{unit}）",
    },
  },
  check(d, ctx) {
    for (const t of d.tables) {
      if (t.id !== "T06" || t.empty) continue;
      if (t.rows.some((r) => r.codeSource === "table" && r.code?.length === 5)) {
        // Coded layout: total.hierarchy covers the groups; only the 人员/公用 split remains.
      } else {
        const rows = t.rows.filter((r) => r.kind !== "total");
        for (let i = 0; i < rows.length; i++) {
          if (!isGroup(rows[i])) continue;
          const items: TableRow[] = [];
          for (let j = i + 1; j < rows.length && !isGroup(rows[j]); j++) items.push(rows[j]);
          if (!items.length) continue;
          for (const col of t.columns) {
            const p = rows[i].amounts[col.key];
            const cells = cellsIn(items, col.key);
            if (!p || !cells.length) continue;
            reportCheck(ctx, { check: compareSum(p, cells), at: p.ref, related: refs(cells), table: t.id, subject: `${rows[i].label.text.trim()}（${columnTitle(t, col.key)}）应等于其下各款之和` });
          }
        }
        const total = totalRow(t);
        const groups = rows.filter(isGroup);
        if (total && groups.length) {
          for (const col of t.columns) {
            const p = total.amounts[col.key];
            const cells = cellsIn(groups, col.key);
            if (p && cells.length) reportCheck(ctx, { check: compareSum(p, cells), at: p.ref, related: refs(cells), table: t.id, subject: `合计行（${columnTitle(t, col.key)}）应等于各类之和` });
          }
        }
      }
      // 人员经费 column total = Σ 合计 of the 301 and 303 groups.
      const total = totalRow(t);
      const personnel = total?.amounts.personnel;
      const groups = t.rows.filter((r) => r.kind !== "total" && isGroup(r));
      const personGroups = groups.filter((g) => g.code === "301" || g.code === "303" || /^(工资福利支出|对个人和家庭的补助)$/.test(g.name));
      const cells = cellsIn(personGroups, "total");
      if (personnel && cells.length) {
        reportCheck(ctx, {
          check: compareSum(personnel, cells),
          at: personnel.ref,
          related: refs(cells),
          table: t.id,
          subject: "人员经费应等于工资福利支出与对个人和家庭的补助之和",
          mismatchId: "split",
          mismatchSeverity: "warning",
        });
      }
    }
  },
};
