/**
 * =BUDGET.CHECK(parent, children, [decimals]): whether a displayed total equals the sum of its
 * displayed items under the rounding rule (checkSum, rounding module): "一致", "尾差0.01" (a
 * rounding difference) or "差1.00" (a real difference). The figure is parent − Σ children.
 * Every value is taken as displayed with `decimals` decimals (default 2); empty cells are exact zeros.
 */
import { amount, formatDecimal, type Amount } from "../../core/money";
import { checkSum } from "../../core/rounding";
import { asMatrix, readInteger, readNumber, requireSameUnit, type CellNumber } from "./cells";

export const CHECK_MAX_DECIMALS = 6;

export function check(parent: unknown, children: unknown, decimals?: unknown): string {
  const d = readInteger(decimals, "小数位数", 2, 0, CHECK_MAX_DECIMALS);
  const p = readNumber(parent, "合计数");
  const kids: CellNumber[] = [];
  for (const row of asMatrix(children)) {
    for (const cell of row) {
      const k = readNumber(cell, "明细数");
      if (k) kids.push(k);
    }
  }
  requireSameUnit([p, ...kids]);
  const parentAmount: Amount = p ? amount(p.value, d, "元") : amount(0, null, "元");
  const result = checkSum(
    parentAmount,
    kids.map((k) => amount(k.value, d, "元")),
  );
  if (result.status === "exact") return "一致";
  const figure = formatDecimal(result.difference, d);
  return result.status === "rounding" ? `尾差${figure}` : `差${figure}`;
}
