/**
 * 表一 预算收支总表 from 表二 (income by source, 上年结转) and 表三 (expenditure by 类, totals).
 * County template: 30 fixed 类 lines and 合计/当年预算安排/上年结转安排; Shanghai: the 类 present and
 * one 预算数 column, 财政拨款 split into its three sources.
 */
import type { ColumnKey, Disclosure, MoneyCell, RecognizedTable } from "../model";
import { classRow, classRows, columnTotal, fiscalSplit, hasCarryOver, hasColumn, no, ok, table, type Fact } from "./facts";
import { blankMoney, exprCell, localSum, type Expr, type MoneyFormat } from "./expr";
import { TableLayout, text, type DraftBody } from "./layout";
import { countyClassLines } from "./classes";
import { chineseNumeral, moneyFormatOf, type WorkbookStyle } from "./style";
import type { DraftCell } from "./draft";
import { isZeroAmount } from "../money";

const COUNTY_INCOME: [ColumnKey, string][] = [
  ["gpb", "一、一般公共预算"],
  ["fund", "二、政府性基金预算"],
  ["soe", "三、国有资本经营预算"],
  ["specialAccount", "四、财政专户管理资金"],
  ["unitFunds", "五、单位资金"],
];
const EXTRA_INCOME: [ColumnKey, string][] = [
  ["business", "事业收入"],
  ["operating", "事业单位经营收入"],
  ["otherIncome", "其他收入"],
];

function nonZero(c: MoneyCell | undefined): MoneyCell[] {
  return c && !isZeroAmount(c.amount) ? [c] : [];
}

export function deriveT01(d: Disclosure, style: WorkbookStyle): Fact<DraftBody> {
  const t02 = table(d, "T02");
  const t03 = table(d, "T03");
  if (!t02 || t02.empty) return no("缺少预算收入总表（表二）");
  if (!t03 || t03.empty) return no("缺少预算支出总表（表三）");
  const money = moneyFormatOf(t03);
  return style.family === "shanghai" ? shanghai(d, style, money, t02, t03) : county(style, money, t02, t03);
}

function county(style: WorkbookStyle, money: MoneyFormat, t02: RecognizedTable, t03: RecognizedTable): Fact<DraftBody> {
  const L = new TableLayout("T01", style, money, 6);
  const y = style.year ? `${style.year}年` : "";
  L.header(["收入||支出|||", `项目|${y}|项目|${y}合计|当年预算安排|上年结转安排`], [[0, 0, 0, 1], [0, 2, 0, 5]]);
  const income: [string, Expr][] = COUNTY_INCOME.map(([k, label]) => [label, { plus: hasColumn(t02, k) ? columnTotal(t02, k) : [] }]);
  let n = income.length;
  for (const [k, name] of EXTRA_INCOME) if (hasColumn(t02, k)) income.push([`${chineseNumeral(++n)}、${name}`, { plus: columnTotal(t02, k) }]);
  const lines = countyClassLines();
  const known = new Set(lines.map((l) => l.code));
  for (const r of classRows(t03)) if (!known.has(r.code!)) lines.push({ code: r.code!, label: `${chineseNumeral(lines.length + 1)}、${r.label.text.trim()}` });
  const carryTotal = hasColumn(t02, "carryOver") ? columnTotal(t02, "carryOver").filter((c) => !isZeroAmount(c.amount)) : [];
  for (let i = 0; i < Math.max(lines.length, income.length); i++) {
    const inc = income[i];
    const line = lines[i];
    const cells: (DraftCell | string | null)[] = [inc ? text(inc[0]) : null, inc ? exprCell(inc[1], money) : null];
    if (line) {
      const total = classRow(t03, line.code)?.amounts.total;
      const carried = nonZero(classRow(t02, line.code)?.amounts.carryOver);
      const plus = total ? [total] : [];
      cells.push(text(line.label), exprCell({ plus }, money), exprCell({ plus, minus: carried }, money), exprCell({ plus: carried }, money));
    }
    L.row(cells);
  }
  const subtotalHeader = t02.columns.find((c) => c.key === "total")?.header ?? "";
  const incomeSub: Expr = /本年/.test(subtotalHeader) || !carryTotal.length ? { plus: columnTotal(t02, "total") } : { plus: columnTotal(t02, "total"), minus: carryTotal };
  const spend = columnTotal(t03, "total");
  const sub = L.row([text("本年收入合计"), exprCell(incomeSub, money), text("本年支出合计"), exprCell({ plus: spend }, money), exprCell({ plus: spend, minus: carryTotal }, money), exprCell({ plus: carryTotal }, money)]);
  const carry = L.row([text("上年结转"), exprCell({ plus: carryTotal }, money), text("年终结转"), blankMoney(money), blankMoney(money), blankMoney(money)]);
  const sum = (col: number) => localSum([sub, carry].map((row) => ({ row, col, cell: L.cell(row, col) })), money);
  L.row([text("收入总计"), sum(1), text("支出总计"), sum(3), sum(4), sum(5)]);
  return ok(L.finish(["T02", "T03"], [22, 12, 30, 12, 12, 12]));
}

function shanghai(d: Disclosure, style: WorkbookStyle, money: MoneyFormat, t02: RecognizedTable, t03: RecognizedTable): Fact<DraftBody> {
  if (hasCarryOver(d)) return no("收入总表有上年结转，本模板的收支总表没有上年结转行，请手工编制");
  const split = fiscalSplit(d);
  if (!split.ok) return no(`无法把财政拨款收入分为一般公共预算、政府性基金、国有资本经营预算：${split.reason}`);
  const col = (k: ColumnKey): Expr => ({ plus: hasColumn(t02, k) ? columnTotal(t02, k) : [] });
  const income: [string, Expr][] = [
    ["一、财政拨款收入", col("fiscal")],
    ["1. 一般公共预算资金", split.value.gpb],
    ["2. 政府性基金", split.value.fund],
    ["3. 国有资本经营预算", split.value.soe],
    ["二、事业收入", col("business")],
    ["三、事业单位经营收入", col("operating")],
    ["四、其他收入", col("otherIncome")],
  ];
  const classes = classRows(t03);
  const L = new TableLayout("T01", style, money, 4);
  L.header(["本年收入||本年支出|", "项目|预算数|项目|预算数"], [[0, 0, 0, 1], [0, 2, 0, 3]]);
  for (let i = 0; i < Math.max(income.length, classes.length); i++) {
    const inc = income[i];
    const c = classes[i];
    L.row([
      inc ? text(inc[0]) : null,
      inc ? exprCell(inc[1], money) : null,
      c ? text(`${chineseNumeral(i + 1)}、${c.label.text.trim()}`) : null,
      c ? exprCell({ plus: c.amounts.total ? [c.amounts.total] : [] }, money) : null,
    ]);
  }
  L.row([text("收入总计"), exprCell({ plus: columnTotal(t02, "total") }, money), text("支出总计"), exprCell({ plus: columnTotal(t03, "total") }, money)]);
  return ok(L.finish(["T02", "T03"], [30, 18, 30, 18]));
}
