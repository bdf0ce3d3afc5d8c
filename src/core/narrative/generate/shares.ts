/**
 * Shares "占X%" of the template's share groups, by the same rule as =BUDGET.PCT: percentOf, or the
 * largest-remainder method when the set must sum to exactly 100% (only meaningful when the parts
 * add up to the total exactly; otherwise every share is rounded on its own).
 */
import Decimal from "decimal.js";
import type { Amount } from "../../money";
import { unitFactor } from "../../money";
import { largestRemainderPercents, percentOf } from "../../rounding";

/** The amount in 元, as displayed. */
export function yuan(a: Amount): Decimal {
  return a.value.times(unitFactor(a.unit));
}

export function shareOf(part: Amount, total: Amount, decimals: number): Decimal | null {
  return percentOf(yuan(part), yuan(total), decimals);
}

/** Shares of each part (null when the total is zero). */
export function groupShares(parts: Amount[], total: Amount, method: "percentOf" | "largestRemainder", decimals: number): (Decimal | null)[] {
  const t = yuan(total);
  if (t.isZero()) return parts.map(() => null);
  const sum = parts.reduce((s, p) => s.plus(yuan(p)), new Decimal(0));
  if (method === "largestRemainder" && sum.eq(t)) return largestRemainderPercents(parts.map(yuan), decimals);
  return parts.map((p) => percentOf(yuan(p), t, decimals));
}
