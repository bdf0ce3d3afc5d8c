/** domain §4.1: 类 = Σ 款, 款 = Σ 项, 合计 = Σ 类 — parent/child by code prefix, never by row order. */
import type { Amount } from "../money";
import { cellsIn, type MoneyCell, type TableRow } from "../model";
import type { Rule } from "../rule";
import { checkSum, isExactSum } from "../rounding";
import { tableCodes, columnTitle, compareSum, refs, reportCheck, rowTitle, SUM_MESSAGES, totalRow } from "./support";

const CODED_TABLES = new Set(["T02", "T03", "T05", "T06", "T07", "T08", "T09", "T13"]);

export const rule: Rule = {
  meta: {
    id: "total.hierarchy",
    category: "total",
    defaultSeverity: "error",
    description: "上级科目金额应等于其下级科目之和，合计行应等于各类之和（按科目编码判断层级）",
    messages: SUM_MESSAGES,
  },
  check(d, ctx) {
    for (const t of d.tables) {
      if (!CODED_TABLES.has(t.id) || t.empty) continue;
      const { coded, tree } = tableCodes(t);
      if (!coded.length) continue;
      // Each parent with its children, looked up once for all columns.
      const families: [TableRow, TableRow[]][] = [];
      for (const parent of coded) {
        const children = tree.children.get(parent.code!);
        if (children) families.push([parent, children]);
      }
      for (const col of t.columns) {
        for (const [parent, children] of families) {
          const p = parent.amounts[col.key];
          if (!p) continue;
          // The hot loop of 5,000-row tables: amounts only; the cells are gathered when something is reported.
          const amounts = amountsIn(children, col.key);
          if (isExactSum(p.amount, amounts)) continue;
          const cells = cellsIn(children, col.key);
          reportCheck(ctx, { check: checkSum(p.amount, amounts), at: p.ref, related: refs(cells), table: t.id, subject: `${rowTitle(parent)}（${columnTitle(t, col.key)}）应等于下级科目之和` });
        }
        const total = totalRow(t);
        const tc = total?.amounts[col.key];
        if (tc) {
          const cells = cellsIn(tree.top, col.key);
          reportCheck(ctx, {
            check: compareSum(tc, cells),
            at: tc.ref,
            related: refs(cells),
            table: t.id,
            subject: `合计行（${columnTitle(t, col.key)}）应等于各类科目之和`,
          });
        }
      }
    }
  },
};

function amountsIn(rows: TableRow[], key: keyof TableRow["amounts"]): Amount[] {
  const out: Amount[] = [];
  for (const r of rows) {
    const cell: MoneyCell | undefined = r.amounts[key];
    if (cell) out.push(cell.amount);
  }
  return out;
}
