/** Semantic lines of labelled tables (T01, T04 income/expense blocks; T10 items; T11 totals). */
import type { LineKey, TableId } from "../model";
import { labelKey } from "./text";

const INCOME: [RegExp, LineKey][] = [
  [/^本年收入(合计|小计)$/, "incomeSubtotal"],
  [/^收入(总计|合计)$/, "incomeTotal"],
  [/^上年(财政拨款)?结转(结余)?(收入)?$|^上年结转结余$/, "carryOver"],
  [/^一般公共预算(拨款)?(收入|资金)?$/, "gpb"],
  [/^政府性基金(预算)?(拨款)?(收入|资金)?$/, "fund"],
  [/^国有资本经营预算(拨款)?(收入|资金)?$/, "soe"],
  [/^财政专户管理资金(收入)?$/, "specialAccount"],
  [/^单位资金(收入)?$/, "unitFunds"],
  [/^财政拨款(收入)?$/, "fiscal"],
  [/^事业收入$/, "business"],
  [/^事业单位经营收入$/, "operating"],
  [/^其他收入$/, "otherIncome"],
];

const EXPENSE: [RegExp, LineKey][] = [
  [/^本年支出(合计|小计)$/, "expenseSubtotal"],
  [/^年终结转(结余)?$|^结转下年$/, "carryForward"],
  [/^支出(总计|合计)$/, "expenseTotal"],
];

const THREE_PUBLIC: [RegExp, LineKey][] = [
  [/因公出国/, "outbound"],
  [/公务接待/, "reception"],
  [/公务用车购置及运行/, "vehicle"],
  [/购置费?$/, "vehiclePurchase"],
  [/运行(维护)?费?$/, "vehicleOperation"],
  [/^合计$|^总计$/, "threePublicTotal"],
];

export function incomeLine(label: string, inCarryOver: boolean): LineKey | undefined {
  const k = labelKey(label);
  for (const [re, key] of INCOME) {
    if (!re.test(k)) continue;
    if (inCarryOver && (key === "gpb" || key === "fund" || key === "soe")) return `carryOver.${key}` as LineKey;
    return key;
  }
  return undefined;
}

export function expenseLine(label: string): LineKey | undefined {
  const k = labelKey(label);
  for (const [re, key] of EXPENSE) if (re.test(k)) return key;
  return undefined;
}

export function threePublicLine(label: string): LineKey | undefined {
  const k = labelKey(label);
  for (const [re, key] of THREE_PUBLIC) if (re.test(k)) return key;
  return undefined;
}

/** A label that marks a data row of this table even when its amounts are blank. */
export function isKnownLine(id: TableId, label: string): boolean {
  if (id === "T10") return threePublicLine(label) !== undefined && !/^(项目|合计)$/.test(labelKey(label)) || labelKey(label) === "合计";
  if (id === "T01" || id === "T04") return incomeLine(label, false) !== undefined || expenseLine(label) !== undefined;
  return false;
}
