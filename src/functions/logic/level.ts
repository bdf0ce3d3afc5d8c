/** =BUDGET.LEVEL(code): "类", "款" or "项" by the code's length (3, 5, 7 digits). */
import { levelOf, requireCode, type CodeLevel } from "./codes";
import { invalidValue } from "./errors";

export function level(code: unknown): CodeLevel {
  const digits = requireCode(code);
  const found = levelOf(digits);
  if (!found) throw invalidValue(`科目编码“${digits}”不是3位（类）、5位（款）或7位（项）`);
  return found;
}
