/**
 * What the source tables prove about the money: column totals, whether every row of 表二 is wholly
 * 一般公共预算, whether 政府性基金/国有资本经营 money is absent, the 财政拨款 split. Each answer is
 * either the source cells or a Chinese reason why it cannot be known.
 */
import { cellsIn, type ColumnKey, type Disclosure, type MoneyCell, type RecognizedTable, type TableId, type TableRow } from "../model";
import { rowsWithCode, rowTitle, totalRow } from "../rules/support";
import { allZero, type Expr } from "./expr";
import { isZeroAmount } from "../money";

export type Fact<T> = { ok: true; value: T } | { ok: false; reason: string };

export const ok = <T>(value: T): Fact<T> => ({ ok: true, value });
export const no = <T>(reason: string): Fact<T> => ({ ok: false, reason });

/** The first table with this id that has amounts; else the first (possibly empty) one. */
export function table(d: Disclosure, id: TableId): RecognizedTable | undefined {
  return d.tables.find((t) => t.id === id && !t.empty) ?? d.tables.find((t) => t.id === id);
}

export function hasColumn(t: RecognizedTable | undefined, key: ColumnKey): boolean {
  return !!t?.columns.some((c) => c.key === key);
}

/** A column's total: the 合计 row's cell, else Σ of the 类 rows (3-digit codes). */
export function columnTotal(t: RecognizedTable, key: ColumnKey): MoneyCell[] {
  const total = totalRow(t)?.amounts[key];
  if (total) return [total];
  return cellsIn(classRows(t), key);
}

export function classRows(t: RecognizedTable): TableRow[] {
  return rowsWithCode(t).filter((r) => r.code!.length === 3);
}

export function classRow(t: RecognizedTable | undefined, code: string): TableRow | undefined {
  return t ? rowsWithCode(t).find((r) => r.code === code) : undefined;
}

/** A kind of 财政拨款 money is absent: its table is present and empty, or 表二 has its column and it is zero. */
function absent(d: Disclosure, key: "fund" | "soe"): Fact<true> {
  const id = key === "fund" ? "T08" : "T09";
  const name = key === "fund" ? "政府性基金预算" : "国有资本经营预算";
  const t02 = table(d, "T02");
  if (t02 && hasColumn(t02, key)) {
    return allZero(t02.rows.map((r) => r.amounts[key])) ? ok(true) : no(`收入总表有${name}收入`);
  }
  const t = d.tables.filter((x) => x.id === id);
  if (t.length && t.every((x) => x.empty)) return ok(true);
  if (t.some((x) => !x.empty)) return no(`${name}支出表有数据`);
  const t04 = table(d, "T04");
  const sub = t04?.rows.find((r) => r.side === "expense" && (r.line === "expenseSubtotal" || r.line === "expenseTotal"));
  if (sub && hasColumn(t04, key)) return allZero([sub.amounts[key]]) ? ok(true) : no(`财政拨款收支总表有${name}支出`);
  return no(`工作簿中没有${name}支出表（表${id === "T08" ? "八" : "九"}），也没有可据以判断的收入总表列，无法确定是否有${name}资金`);
}

export function fundAbsent(d: Disclosure): Fact<true> {
  return absent(d, "fund");
}

export function soeAbsent(d: Disclosure): Fact<true> {
  return absent(d, "soe");
}

/** Every row of 表二 is wholly 一般公共预算 (and nothing is carried over), so 表三 is 一般公共预算 spending. */
export function allGeneralBudget(d: Disclosure): Fact<RecognizedTable> {
  const t02 = table(d, "T02");
  if (!t02 || t02.empty) return no("缺少预算收入总表（表二），无法证明全部资金都是一般公共预算");
  const source: ColumnKey | undefined = hasColumn(t02, "gpb") ? "gpb" : hasColumn(t02, "fiscal") ? "fiscal" : undefined;
  if (!source) return no("预算收入总表（表二）没有一般公共预算或财政拨款列，无法证明全部资金都是一般公共预算");
  for (const r of t02.rows) {
    const total = r.amounts.total;
    const part = r.amounts[source];
    if (!total || isZeroAmount(total.amount)) continue;
    if (!part || !part.amount.value.eq(total.amount.value)) {
      const name = source === "gpb" ? "一般公共预算" : "财政拨款收入";
      return no(`预算收入总表（表二）“${rowTitle(r) || r.label.text}”合计 ${total.text} 不全是${name}（${part?.text || "0"}），不能由支出总表推出一般公共预算`);
    }
    if (r.amounts.carryOver && !isZeroAmount(r.amounts.carryOver.amount)) {
      return no(`预算收入总表（表二）“${rowTitle(r) || r.label.text}”有上年结转 ${r.amounts.carryOver.text}，本年支出不全是当年一般公共预算`);
    }
  }
  if (source === "fiscal") {
    for (const f of [fundAbsent(d), soeAbsent(d)]) if (!f.ok) return no(`表二只列财政拨款合计：${f.reason}`);
  }
  return ok(t02);
}

export interface FiscalSplit {
  gpb: Expr;
  fund: Expr;
  soe: Expr;
}

/** 财政拨款 income split into 一般公共预算 / 政府性基金 / 国有资本经营 totals. */
export function fiscalSplit(d: Disclosure): Fact<FiscalSplit> {
  const t02 = table(d, "T02");
  if (!t02 || t02.empty) return no("缺少预算收入总表（表二）");
  if (hasColumn(t02, "gpb")) {
    return ok({ gpb: { plus: columnTotal(t02, "gpb") }, fund: { plus: columnTotal(t02, "fund") }, soe: { plus: columnTotal(t02, "soe") } });
  }
  if (!hasColumn(t02, "fiscal")) return no("预算收入总表（表二）没有财政拨款列");
  const part = (id: "T08" | "T09", f: Fact<true>): Fact<MoneyCell[]> => {
    const t = table(d, id);
    if (t && !t.empty) return ok(columnTotal(t, "total"));
    return f.ok ? ok([]) : no(f.reason);
  };
  const fund = part("T08", fundAbsent(d));
  if (!fund.ok) return no(fund.reason);
  const soe = part("T09", soeAbsent(d));
  if (!soe.ok) return no(soe.reason);
  const t05 = table(d, "T05");
  const fiscal = columnTotal(t02, "fiscal");
  const gpb: Expr = t05 && !t05.empty ? { plus: columnTotal(t05, "total") } : { plus: fiscal, minus: [...fund.value, ...soe.value] };
  return ok({ gpb, fund: { plus: fund.value }, soe: { plus: soe.value } });
}

/** 上年结转 in 表二 (all rows), if any is non-zero. */
export function hasCarryOver(d: Disclosure): boolean {
  const t02 = table(d, "T02");
  return !!t02 && !allZero(t02.rows.map((r) => r.amounts.carryOver));
}
