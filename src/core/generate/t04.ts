/**
 * 表四 财政拨款收支总表: income from 表二's 财政拨款 columns; expenditure by 类 from 表五/表八/表九,
 * or from 表三 when 表二 proves all money is 一般公共预算.
 */
import type { Disclosure, MoneyCell, RecognizedTable } from "../model";
import { allGeneralBudget, classRows, columnTotal, fiscalSplit, hasCarryOver, no, ok, table, type Fact } from "./facts";
import { blankMoney, exprCell, localSum, type MoneyFormat } from "./expr";
import { TableLayout, text, type DraftBody } from "./layout";
import { countyClassLines } from "./classes";
import { chineseNumeral, moneyFormatOf, type WorkbookStyle } from "./style";
import type { DraftCell } from "./draft";
import { isZeroAmount } from "../money";

interface Spending {
  /** Table giving each fund's expenditure by 类 (undefined: none of that money). */
  gpb: RecognizedTable;
  fund?: RecognizedTable;
  soe?: RecognizedTable;
}

function spending(d: Disclosure, split: { fund: MoneyCell[]; soe: MoneyCell[] }): Fact<Spending> {
  const t05 = table(d, "T05");
  let gpb: RecognizedTable | undefined = t05 && !t05.empty ? t05 : undefined;
  if (!gpb) {
    const proof = allGeneralBudget(d);
    if (!proof.ok) return no(`缺少一般公共预算支出表（表五），且${proof.reason}`);
    gpb = table(d, "T03");
    if (!gpb || gpb.empty) return no("缺少一般公共预算支出表（表五）和预算支出总表（表三）");
  }
  const other = (id: "T08" | "T09", cells: MoneyCell[], name: string): Fact<RecognizedTable | undefined> => {
    const t = table(d, id);
    if (t && !t.empty) return ok(t);
    if (cells.every((c) => isZeroAmount(c.amount))) return ok(undefined);
    return no(`有${name}收入，但缺少${name}支出表，无法按科目列出支出`);
  };
  const fund = other("T08", split.fund, "政府性基金预算");
  if (!fund.ok) return no(fund.reason);
  const soe = other("T09", split.soe, "国有资本经营预算");
  if (!soe.ok) return no(soe.reason);
  return ok({ gpb, fund: fund.value, soe: soe.value });
}

export function deriveT04(d: Disclosure, style: WorkbookStyle): Fact<DraftBody> {
  if (!table(d, "T02") || table(d, "T02")!.empty) return no("缺少预算收入总表（表二）");
  if (hasCarryOver(d)) return no("收入总表有上年结转，无法从中区分财政拨款结转，请手工编制上年财政拨款结转");
  const split = fiscalSplit(d);
  if (!split.ok) return no(split.reason);
  const s = split.value;
  const sp = spending(d, { fund: s.fund.plus, soe: s.soe.plus });
  if (!sp.ok) return no(sp.reason);
  const src = sp.value;
  const money = moneyFormatOf(src.gpb, table(d, "T03")?.moneyUnit ?? src.gpb.moneyUnit);
  const county = style.family === "county";
  const L = new TableLayout("T04", style, money, 7);
  if (county) {
    L.header(
      ["收入||支出||||", "项目|金额|项目|金额|||", "|||小计|一般公共预算|政府性基金预算|国有资本经营预算"],
      [[0, 0, 0, 1], [0, 2, 0, 6], [1, 0, 2, 0], [1, 1, 2, 1], [1, 2, 2, 2], [1, 3, 1, 6]],
    );
  } else {
    L.header(["财政拨款收入||财政拨款支出||||", "项目|预算数|项目|合计|一般公共预算|政府性基金预算|国有资本经营预算"], [[0, 0, 0, 1], [0, 2, 0, 6]]);
  }
  const income: [string, DraftCell][] = county
    ? [["一、一般公共预算", exprCell(s.gpb, money)], ["二、政府性基金预算", exprCell(s.fund, money)], ["三、国有资本经营预算", exprCell(s.soe, money)]]
    : [["一、一般公共预算资金", exprCell(s.gpb, money)], ["二、政府性基金", exprCell(s.fund, money)], ["三、国有资本经营预算", exprCell(s.soe, money)]];
  const present = new Set([src.gpb, src.fund, src.soe].flatMap((t) => (t ? classRows(t).map((r) => r.code!) : [])));
  const lines = county
    ? countyClassLines()
    : [...present].sort().map((code, i) => {
        const r = classRows(src.gpb).find((x) => x.code === code) ?? classRows(src.fund ?? src.gpb).find((x) => x.code === code) ?? classRows(src.soe ?? src.gpb).find((x) => x.code === code);
        return { code, label: `${chineseNumeral(i + 1)}、${r?.label.text.trim() ?? code}` };
      });
  const cellOf = (t: RecognizedTable | undefined, code: string) => {
    const c = t && classRows(t).find((r) => r.code === code)?.amounts.total;
    return exprCell({ plus: c ? [c] : [] }, money);
  };
  const expenseRow = (row: number, label: string, parts: DraftCell[]) => {
    L.b.set(row, 2, text(label));
    parts.forEach((p, i) => L.b.set(row, 4 + i, p));
    L.b.set(row, 3, localSum(parts.map((cell, i) => ({ row, col: 4 + i, cell })), money));
  };
  const incomeRows: number[] = [];
  for (let i = 0; i < Math.max(lines.length, income.length); i++) {
    const row = L.row(income[i] ? [text(income[i][0]), income[i][1]] : []);
    if (income[i]) incomeRows.push(row);
    if (lines[i]) expenseRow(row, lines[i].label, [cellOf(src.gpb, lines[i].code), cellOf(src.fund, lines[i].code), cellOf(src.soe, lines[i].code)]);
  }
  const totals = [src.gpb, src.fund, src.soe].map((t) => (t ? exprCell({ plus: columnTotal(t, "total") }, money) : blankMoney(money)));
  const incomeSum = (rows: number[]) => localSum(rows.map((row) => ({ row, col: 1, cell: L.cell(row, 1) })), money);
  if (county) {
    const sub = L.row([text("本年收入合计"), incomeSum(incomeRows)]);
    expenseRow(sub, "本年支出合计", totals);
    const carry = L.row([text("上年财政拨款结转"), blankMoney(money)]);
    expenseRow(carry, "年终结转", [blankMoney(money), blankMoney(money), blankMoney(money)]);
    for (const label of ["一、一般公共预算", "二、政府性基金预算", "三、国有资本经营预算"]) L.row([text(label), blankMoney(money)]);
    const total = L.row([text("收入总计"), incomeSum([sub, carry])]);
    expenseRow(total, "支出总计", [4, 5, 6].map((col) => localSum([sub, carry].map((row) => ({ row, col, cell: L.cell(row, col) })), money)));
  } else {
    const total = L.row([text("收入总计"), incomeSum(incomeRows)]);
    expenseRow(total, "支出总计", totals);
  }
  return ok(L.finish(["T02", src.gpb.id, ...(src.fund ? ["T08" as const] : []), ...(src.soe ? ["T09" as const] : [])], [26, 18, 30, 18, 18, 16, 18]));
}
