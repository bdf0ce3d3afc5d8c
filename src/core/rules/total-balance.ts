/** domain §4.3: two-sided tables (T01, T04) — 本年收入合计 = Σ 收入; 收入总计 = 本年 + 上年结转; same for 支出; 收入总计 = 支出总计. */
import { cellsIn, type LineKey, type MoneyCell, type RecognizedTable } from "../model";
import type { Rule, RuleContext } from "../rule";
import { compareSum, lineRow, refs, reportCheck, SUM_MESSAGES } from "./support";

const DIRECT_INCOME: LineKey[] = ["gpb", "fund", "soe", "specialAccount", "unitFunds", "business", "operating", "otherIncome"];
const FISCAL_PARTS: LineKey[] = ["gpb", "fund", "soe"];
const INCOME_WITH_FISCAL: LineKey[] = ["fiscal", "specialAccount", "unitFunds", "business", "operating", "otherIncome"];

const CARRY_OVER_PARTS: LineKey[] = ["carryOver.gpb", "carryOver.fund", "carryOver.soe"];

function incomeCell(t: RecognizedTable, line: LineKey): MoneyCell | undefined {
  return lineRow(t, line)?.amounts.total;
}

/** The cells of these lines that the table has. */
function incomeCells(t: RecognizedTable, lines: LineKey[]): MoneyCell[] {
  const out: MoneyCell[] = [];
  for (const line of lines) {
    const cell = incomeCell(t, line);
    if (cell) out.push(cell);
  }
  return out;
}

/** The cells present among these, as a new list (also for one cell known to be there: one array shape for `check`). */
function present(...cells: (MoneyCell | undefined)[]): MoneyCell[] {
  const out: MoneyCell[] = [];
  for (const cell of cells) if (cell) out.push(cell);
  return out;
}

function check(ctx: RuleContext, t: RecognizedTable, parent: MoneyCell | undefined, cells: MoneyCell[], subject: string) {
  if (!parent || !cells.length) return;
  reportCheck(ctx, { check: compareSum(parent, cells), at: parent.ref, related: refs(cells), table: t.id, subject });
}

/** The 上年结转 amount: the line's own cell, or Σ its sub-lines when the line is left blank (T04). */
function carryOverCells(t: RecognizedTable): MoneyCell[] {
  const own = incomeCell(t, "carryOver");
  return own && !own.blank ? present(own) : incomeCells(t, CARRY_OVER_PARTS);
}

export const rule: Rule = {
  meta: {
    id: "total.balance",
    category: "total",
    defaultSeverity: "error",
    description: "收支总表：本年收入合计、收入总计、本年支出合计、支出总计之间应平衡",
    messages: SUM_MESSAGES,
  },
  check(d, ctx) {
    for (const t of d.tables) {
      if ((t.id !== "T01" && t.id !== "T04") || t.empty) continue;
      // Income side
      const hasFiscal = !!lineRow(t, "fiscal");
      const items = incomeCells(t, hasFiscal ? INCOME_WITH_FISCAL : DIRECT_INCOME);
      if (hasFiscal) check(ctx, t, incomeCell(t, "fiscal"), incomeCells(t, FISCAL_PARTS), "财政拨款收入应等于一般公共预算、政府性基金、国有资本经营预算之和");
      const subtotal = incomeCell(t, "incomeSubtotal");
      const carry = carryOverCells(t);
      const incomeTotal = incomeCell(t, "incomeTotal");
      if (subtotal) {
        check(ctx, t, subtotal, items, "本年收入合计应等于各项收入之和");
        check(ctx, t, incomeTotal, present(subtotal, ...carry), "收入总计应等于本年收入合计加上年结转");
      } else {
        check(ctx, t, incomeTotal, present(...items, ...carry), "收入总计应等于各项收入与上年结转之和");
      }
      // Expense side, column by column
      const expense = t.rows.filter((r) => r.side === "expense");
      const classes = expense.filter((r) => !r.line && r.kind === "item");
      const sub = expense.find((r) => r.line === "expenseSubtotal");
      const fwd = expense.find((r) => r.line === "carryForward");
      const tot = expense.find((r) => r.line === "expenseTotal");
      for (const col of t.columns) {
        const k = col.key;
        const name = col.header.split("/").pop();
        const classCells = cellsIn(classes, k);
        if (sub) {
          check(ctx, t, sub.amounts[k], classCells, `本年支出合计（${name}）应等于各类支出之和`);
          check(ctx, t, tot?.amounts[k], present(sub.amounts[k], fwd?.amounts[k]), `支出总计（${name}）应等于本年支出合计加年终结转`);
        } else {
          check(ctx, t, tot?.amounts[k], present(...classCells, fwd?.amounts[k]), `支出总计（${name}）应等于各类支出与年终结转之和`);
        }
      }
      const expTotal = tot?.amounts.total;
      if (incomeTotal && expTotal) check(ctx, t, expTotal, present(incomeTotal), "支出总计应等于收入总计");
    }
  },
};
