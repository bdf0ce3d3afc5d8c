/**
 * =BUDGET.WAN(yuan, [digits]), =BUDGET.YUAN(wan), =BUDGET.TEXT(amount, [unit]): unit conversion
 * (money module) and the amount text the narrative uses ("263.64万元").
 */
import { amount, convert, formatDecimal } from "../../core/money";
import { roundHalfUp } from "../../core/rounding";
import { readInteger, readNumberOrZero, requireSameUnit } from "./cells";
import { displayDecimals, readUnit } from "./format";

export const WAN_MAX_DIGITS = 10;

function plain(n: number): number {
  return n === 0 ? 0 : n;
}

export function wan(yuan: unknown, digits?: unknown): number {
  const d = readInteger(digits, "小数位数", 2, 0, WAN_MAX_DIGITS);
  const v = readNumberOrZero(yuan, "金额（元）");
  requireSameUnit([v], "元");
  return plain(roundHalfUp(convert(amount(v.value, null, "元"), "万元").value, d).toNumber());
}

export function yuan(wanValue: unknown): number {
  const v = readNumberOrZero(wanValue, "金额（万元）");
  requireSameUnit([v], "万元");
  return plain(convert(amount(v.value, null, "万元"), "元").value.toNumber());
}

export function text(value: unknown, unit?: unknown): string {
  const u = readUnit(unit);
  const v = readNumberOrZero(value, "金额");
  requireSameUnit([v], u);
  return `${formatDecimal(v.value, displayDecimals(u, [v.value]))}${u}`;
}
