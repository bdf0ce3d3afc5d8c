/**
 * How the functions write amounts as text: 万元 with 2 decimals (the tables' convention); 元 as
 * whole numbers when every value involved is whole, otherwise with 2 decimals.
 */
import type Decimal from "decimal.js";
import type { MoneyUnit } from "../../core/money";
import { readText } from "./cells";
import { invalidValue } from "./errors";

export function displayDecimals(unit: MoneyUnit, values: Decimal[]): number {
  if (unit === "万元") return 2;
  return values.every((v) => v.isInteger()) ? 0 : 2;
}

/** The unit option of CHANGE and TEXT: "元" or "万元" (default 万元). */
export function readUnit(v: unknown): MoneyUnit {
  const text = readText(v, "单位");
  if (text === null) return "万元";
  if (text === "元" || text === "万元") return text;
  throw invalidValue(`单位“${text}”无效：只能是“元”或“万元”`);
}
