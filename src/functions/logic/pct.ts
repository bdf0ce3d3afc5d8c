/**
 * =BUDGET.PCT(part, total, [digits]): part ÷ total as a fraction, rounded half-up to `digits`
 * decimals of a percent (PCT(228.36, 263.64) = 0.8662, shown as 86.62%).
 *
 * The reference path is `percentOf` from the rounding module. A fast path gives the identical
 * result with integer arithmetic on doubles when both inputs are plain numbers with at most 15
 * significant digits and the scaled integers stay exact; anything else takes the reference path.
 */
import Decimal from "decimal.js";
import { percentOf } from "../../core/rounding";
import { readInteger, readNumberOrZero, requireSameUnit } from "./cells";
import { POW10, scaleOf } from "./scaled";
import { divisionByZero } from "./errors";

export const PCT_MAX_DIGITS = 10;

/** Scratch for the two scaled mantissas. */
const scratch = new Float64Array(2);

/** Integers below this stay exact through one multiply and one add (q·d ≤ n + d < 2^53). */
const EXACT_LIMIT = 2 ** 52;

/**
 * Beyond 2^52 the quotient is exact in BigInt; the reference path (20 significant digits) gives
 * the exactly rounded answer only while the dividend stays below 10^19, so the fast path stops there.
 */
const BIG_LIMIT = 10n ** 19n;

function bigShare(p: number, t: number, s: number, k: number, negative: boolean): number {
  let n = BigInt(p < 0 ? -p : p);
  let d = BigInt(t < 0 ? -t : t);
  if (s >= 0) n *= 10n ** BigInt(s);
  else d *= 10n ** BigInt(-s);
  if (n >= BIG_LIMIT) return NaN;
  let q = n / d;
  if (2n * (n - q * d) >= d) q += 1n;
  if (q === 0n) return 0;
  // Parsing the decimal text rounds once, as Decimal#toNumber does.
  return Number(`${negative ? "-" : ""}${q}e-${k}`);
}

/**
 * part ÷ total rounded half-up to `k` decimals as a double, or NaN when the inputs fall outside
 * the exact range. `total` must be non-zero.
 */
export function fastShare(part: number, total: number, k: number): number {
  const a = scaleOf(part, scratch, 0);
  if (a < 0) return NaN;
  const b = scaleOf(total, scratch, 1);
  if (b < 0) return NaN;
  const p = scratch[0];
  const t = scratch[1];
  // part / total · 10^k = (p / 10^a) / (t / 10^b) · 10^k = p · 10^(b − a + k) / t
  const s = b - a + k;
  const negative = p < 0 !== t < 0;
  let n = p < 0 ? -p : p;
  let d = t < 0 ? -t : t;
  if (s > 22 || s < -22) return NaN;
  if (s >= 0) n *= POW10[s];
  else d *= POW10[-s];
  if (n >= EXACT_LIMIT || d >= EXACT_LIMIT) return bigShare(p, t, s, k, negative);
  let q = Math.floor(n / d);
  let r = n - q * d;
  if (r < 0) {
    q -= 1;
    r += d;
  } else if (r >= d) {
    q += 1;
    r -= d;
  }
  if (2 * r >= d) q += 1;
  if (q === 0) return 0;
  return (negative ? -q : q) / POW10[k];
}

/** The reference computation: percentOf (rounding module) ÷ 100. */
export function referenceShare(part: Decimal, total: Decimal, digits: number): number {
  const percent = percentOf(part, total, digits);
  if (percent === null) throw divisionByZero();
  const n = percent.div(100).toNumber();
  return n === 0 ? 0 : n;
}

export function pct(part: unknown, total: unknown, digits?: unknown): number {
  const d = digits === undefined || digits === null ? 2 : readInteger(digits, "小数位数", 2, 0, PCT_MAX_DIGITS);
  if (typeof part === "number" && typeof total === "number" && total !== 0) {
    const fast = fastShare(part, total, d + 2);
    if (fast === fast) return fast;
  }
  const p = readNumberOrZero(part, "部分");
  const t = readNumberOrZero(total, "总数");
  requireSameUnit([p, t]);
  if (t.value.isZero()) throw divisionByZero();
  return referenceShare(p.value, t.value, d);
}
