/**
 * The named values a template may state, read from the recognized tables. Every value is an Amount
 * as the table displays it; absent when the table that holds it was not recognized.
 */
import Decimal from "decimal.js";
import type { Amount } from "../../money";
import { convert, negate } from "../../money";
import type { ColumnKey, Disclosure, LineKey, MoneyCell, RecognizedTable, TableId } from "../../model";
import { lineRow, totalRow } from "../../rules/support";
import { operatingCostValue, threePublicValues } from "../../rules/three-public";

/** Chinese name of each value: used in fact labels ("2023年一般公共预算当年支出") and in docs. */
export const VALUE_LABELS = {
  incomeTotal: "预算收入总计",
  incomeCurrent: "本年收入合计",
  carryOver: "上年结转",
  gpbIncome: "一般公共预算拨款收入",
  fundIncome: "政府性基金预算拨款收入",
  soeIncome: "国有资本经营预算拨款收入",
  fiscalIncome: "财政拨款收入",
  specialAccountIncome: "财政专户管理资金收入",
  unitFundsIncome: "单位资金",
  businessIncome: "事业收入",
  operatingIncome: "事业单位经营收入",
  otherIncome: "其他收入",
  expenseTotal: "预算支出总计",
  expenseCurrent: "本年支出合计",
  carryForward: "年终结转",
  expenseBudget: "支出预算",
  basic: "基本支出",
  project: "项目支出",
  fiscalTotal: "财政拨款收支总预算",
  fiscalGpb: "一般公共预算拨款",
  fiscalFund: "政府性基金预算拨款",
  fiscalSoe: "国有资本经营预算拨款",
  fiscalCurrent: "当年财政拨款收入",
  fiscalCarryOver: "上年财政拨款结转",
  gpbExpense: "一般公共预算当年支出",
  gpbBasic: "一般公共预算基本支出",
  gpbProject: "一般公共预算项目支出",
  fundExpense: "政府性基金预算支出",
  soeExpense: "国有资本经营预算支出",
  personnel: "人员经费",
  public: "公用经费",
  threePublicTotal: "“三公”经费",
  outbound: "因公出国（境）费",
  reception: "公务接待费",
  vehicle: "公务用车购置及运行费",
  vehiclePurchase: "公务用车购置费",
  vehicleOperation: "公务用车运行维护费",
  operatingCost: "机关运行经费",
  perfAmount: "纳入绩效目标管理的项目金额",
} as const;

export type ValueName = keyof typeof VALUE_LABELS;

export function isValueName(s: string): s is ValueName {
  return Object.prototype.hasOwnProperty.call(VALUE_LABELS, s);
}

export interface TableValues {
  unit?: string;
  year?: number;
  amounts: Partial<Record<ValueName, Amount>>;
  /** Number of PERF tables (项目绩效目标表). */
  perfCount: number;
}

const first = (d: Disclosure, id: TableId) => d.tables.find((t) => t.id === id && !t.empty) ?? d.tables.find((t) => t.id === id);

function line(t: RecognizedTable | undefined, key: LineKey, col: ColumnKey = "total"): Amount | undefined {
  return t ? lineRow(t, key)?.amounts[col]?.amount : undefined;
}

function column(t: RecognizedTable | undefined, key: ColumnKey): Amount | undefined {
  if (!t) return undefined;
  const row = totalRow(t, t.rows.some((r) => r.side) ? "expense" : undefined) ?? totalRow(t);
  return row?.amounts[key]?.amount;
}

function add(a: Amount, b: Amount): Amount {
  const c = convert(b, a.unit);
  const decimals = a.decimals === null ? c.decimals : c.decimals === null ? a.decimals : Math.max(a.decimals, c.decimals);
  return { value: a.value.plus(c.value), decimals, unit: a.unit };
}

function minus(a: Amount, b: Amount): Amount {
  return add(a, negate(b));
}

const zeroLike = (a: Amount): Amount => ({ value: new Decimal(0), decimals: null, unit: a.unit });

/** A line a table leaves out (Shanghai T01 has no 上年结转 row) is zero when the table itself is there. */
function lineOrZero(t: RecognizedTable | undefined, key: LineKey, like: Amount | undefined): Amount | undefined {
  return line(t, key) ?? (t && like ? zeroLike(like) : undefined);
}

export function tableValues(d: Disclosure): TableValues {
  const t01 = first(d, "T01");
  const t03 = first(d, "T03");
  const t04 = first(d, "T04");
  const t05 = first(d, "T05");
  const t06 = first(d, "T06");
  const t10 = first(d, "T10");
  const t11 = first(d, "T11");
  const a: Partial<Record<ValueName, Amount>> = {};
  const set = (k: ValueName, v: Amount | undefined) => {
    if (v) a[k] = v;
  };

  // T01 预算收支总表
  set("incomeTotal", line(t01, "incomeTotal") ?? line(t01, "incomeSubtotal"));
  const like = a.incomeTotal;
  set("carryOver", lineOrZero(t01, "carryOver", like));
  set("incomeCurrent", line(t01, "incomeSubtotal") ?? (like && a.carryOver ? minus(like, a.carryOver) : undefined));
  set("gpbIncome", lineOrZero(t01, "gpb", like));
  set("fundIncome", lineOrZero(t01, "fund", like));
  set("soeIncome", lineOrZero(t01, "soe", like));
  set("specialAccountIncome", lineOrZero(t01, "specialAccount", like));
  set("unitFundsIncome", lineOrZero(t01, "unitFunds", like));
  set("businessIncome", lineOrZero(t01, "business", like));
  set("operatingIncome", lineOrZero(t01, "operating", like));
  set("otherIncome", lineOrZero(t01, "otherIncome", like));
  const fiscal = line(t01, "fiscal") ?? (a.gpbIncome && a.fundIncome && a.soeIncome ? add(add(a.gpbIncome, a.fundIncome), a.soeIncome) : undefined);
  set("fiscalIncome", fiscal);
  set("expenseTotal", line(t01, "expenseTotal") ?? line(t01, "expenseSubtotal"));
  set("carryForward", lineOrZero(t01, "carryForward", a.expenseTotal));
  set("expenseCurrent", line(t01, "expenseSubtotal") ?? (a.expenseTotal && a.carryForward ? minus(a.expenseTotal, a.carryForward) : undefined));

  // T03 预算支出总表
  set("expenseBudget", column(t03, "total") ?? a.expenseCurrent);
  set("basic", column(t03, "basic"));
  set("project", column(t03, "project"));

  // T04 财政拨款收支总表
  set("fiscalTotal", line(t04, "incomeTotal") ?? line(t04, "expenseTotal"));
  set("fiscalGpb", lineOrZero(t04, "gpb", a.fiscalTotal));
  set("fiscalFund", lineOrZero(t04, "fund", a.fiscalTotal));
  set("fiscalSoe", lineOrZero(t04, "soe", a.fiscalTotal));
  set("fiscalCarryOver", lineOrZero(t04, "carryOver", a.fiscalTotal));
  set("fiscalCurrent", line(t04, "incomeSubtotal") ?? (a.fiscalTotal && a.fiscalCarryOver ? minus(a.fiscalTotal, a.fiscalCarryOver) : undefined));

  // T05 一般公共预算支出表, T08, T09
  set("gpbExpense", column(t05, "total") ?? a.fiscalGpb);
  set("gpbBasic", column(t05, "basic") ?? column(t06, "total"));
  set("gpbProject", column(t05, "project"));
  const t08 = first(d, "T08");
  const t09 = first(d, "T09");
  set("fundExpense", column(t08, "total") ?? (t08 && like ? zeroLike(like) : undefined));
  set("soeExpense", column(t09, "total") ?? (t09 && like ? zeroLike(like) : undefined));

  // T06 基本支出分经济科目
  set("personnel", column(t06, "personnel"));
  set("public", column(t06, "public"));

  // T10 三公, T11 机关运行经费: an empty table states zero.
  if (t10) {
    const v = threePublicValues(t10);
    const z = (c: MoneyCell | undefined) => c?.amount ?? { value: new Decimal(0), decimals: null, unit: t10.moneyUnit };
    set("threePublicTotal", z(v.total));
    set("outbound", z(v.outbound));
    set("reception", z(v.reception));
    set("vehicle", z(v.vehicle));
    set("vehiclePurchase", z(v.vehiclePurchase));
    set("vehicleOperation", z(v.vehicleOperation));
  }
  if (t11) set("operatingCost", operatingCostValue(t11)?.amount ?? { value: new Decimal(0), decimals: null, unit: t11.moneyUnit });

  // PERF 项目绩效目标表: Σ 年度资金总额.
  const perf = d.tables.filter((t) => t.id === "PERF" && t.perf?.annualTotal);
  if (perf.length) {
    const unit = like?.unit ?? "万元";
    let sum: Amount = { value: new Decimal(0), decimals: null, unit };
    for (const p of perf) sum = add(sum, p.perf!.annualTotal!.amount);
    set("perfAmount", sum);
  }
  return { unit: d.unit, year: d.year, amounts: a, perfCount: d.tables.filter((t) => t.id === "PERF").length };
}

