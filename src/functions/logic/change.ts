/**
 * =BUDGET.CHANGE(current, previous, [unit]): the year-on-year sentence fragment the narrative uses:
 * "增加6840元，增长11.76%", "减少…，下降…", "持平". The percentage is Δ ÷ previous (rounding
 * module, 2 decimals); with no previous-year amount only the amount is given.
 */
import { formatDecimal } from "../../core/money";
import { percentOf, roundHalfUp } from "../../core/rounding";
import { readNumberOrZero, requireSameUnit } from "./cells";
import { displayDecimals, readUnit } from "./format";

export function change(current: unknown, previous: unknown, unit?: unknown): string {
  const u = readUnit(unit);
  const cur = readNumberOrZero(current, "本年数");
  const prev = readNumberOrZero(previous, "上年数");
  requireSameUnit([cur, prev], u);
  const delta = cur.value.minus(prev.value);
  const decimals = displayDecimals(u, [cur.value, prev.value]);
  const shown = roundHalfUp(delta.abs(), decimals);
  if (shown.isZero()) return "持平";
  const [amountVerb, rateVerb] = delta.isNegative() ? ["减少", "下降"] : ["增加", "增长"];
  const amountText = `${amountVerb}${formatDecimal(shown, decimals)}${u}`;
  const percent = percentOf(delta.abs(), prev.value.abs(), 2);
  if (percent === null) return amountText;
  return `${amountText}，${rateVerb}${formatDecimal(percent, 2)}%`;
}
