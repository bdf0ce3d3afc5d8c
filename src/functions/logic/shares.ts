/**
 * =BUDGET.SHARES(range, [digits]): every cell's share of the range total as fractions that sum to
 * exactly 100% at `digits` decimals of a percent (largest-remainder method, rounding module),
 * returned as one spilled column in reading order. Empty cells get a share of 0.
 */
import Decimal from "decimal.js";
import { largestRemainderPercents } from "../../core/rounding";
import { asMatrix, readInteger, readNumberOrZero, requireSameUnit, type CellNumber } from "./cells";
import { divisionByZero, invalidValue } from "./errors";
import { PCT_MAX_DIGITS } from "./pct";

export function shares(range: unknown, digits?: unknown): number[][] {
  const d = readInteger(digits, "小数位数", 2, 0, PCT_MAX_DIGITS);
  const cells: CellNumber[] = [];
  for (const row of asMatrix(range)) for (const cell of row) cells.push(readNumberOrZero(cell, "数值"));
  if (cells.length === 0) throw invalidValue("区域中没有数值");
  requireSameUnit(cells);
  if (cells.some((c) => c.value.isNegative() && !c.value.isZero())) {
    throw invalidValue("占比组的各项不能为负数");
  }
  const parts = cells.map((c) => c.value);
  if (parts.reduce((s, v) => s.plus(v), new Decimal(0)).isZero()) throw divisionByZero();
  return largestRemainderPercents(parts, d).map((p) => [p.div(100).toNumber()]);
}
