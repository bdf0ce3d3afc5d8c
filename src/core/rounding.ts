/**
 * The rounding rule — the one place that decides whether displayed numbers are consistent.
 *
 * XBRL Calculations 1.1: a value displayed with d decimals stands for the interval
 * [v − ½·10⁻ᵈ, v + ½·10⁻ᵈ] (both ends inclusive). A sum is consistent when the parent's interval
 * intersects the sum of the children's intervals. Exactly equal → "exact"; consistent but not equal
 * → "rounding" (尾差); otherwise "mismatch". All arithmetic is decimal, in 元 internally.
 */
import Decimal from "decimal.js";
import { type Amount, type MoneyUnit, unitFactor } from "./money";

export interface Interval {
  lo: Decimal;
  hi: Decimal;
}

export type Consistency = "exact" | "rounding" | "mismatch";

export interface SumCheck {
  status: Consistency;
  /** Σ children, in the parent's unit. */
  expected: Decimal;
  /** The parent's displayed value. */
  actual: Decimal;
  /** actual − expected, in the parent's unit. */
  difference: Decimal;
  /** Largest |difference| that rounding explains, in the parent's unit. */
  tolerance: Decimal;
  unit: MoneyUnit;
  /** Decimals to display expected/actual/difference with. */
  decimals: number;
}

/** Half a unit of the last displayed decimal; 0 for exact values. */
const HALF_UNITS = new Map<number, Decimal>();
const ZERO = new Decimal(0);

export function halfUnit(decimals: number | null): Decimal {
  if (decimals === null) return ZERO;
  let h = HALF_UNITS.get(decimals);
  if (!h) {
    h = new Decimal(10).pow(-decimals).div(2);
    HALF_UNITS.set(decimals, h);
  }
  return h;
}

/** The interval a displayed amount stands for, in 元. */
export function intervalOf(a: Amount): Interval {
  const f = unitFactor(a.unit);
  const h = halfUnit(a.decimals);
  return { lo: a.value.minus(h).times(f), hi: a.value.plus(h).times(f) };
}

export function addIntervals(items: Interval[]): Interval {
  let lo = new Decimal(0);
  let hi = new Decimal(0);
  for (const i of items) {
    lo = lo.plus(i.lo);
    hi = hi.plus(i.hi);
  }
  return { lo, hi };
}

export function intersects(a: Interval, b: Interval): boolean {
  return a.lo.lte(b.hi) && b.lo.lte(a.hi);
}

/** An amount as an exact integer count of 10^-d of its unit, when that is a safe integer. */
interface Scaled {
  n: number;
  d: number;
}

const SAFE = 2 ** 53 / 1e4;
const scaledCache = new WeakMap<Amount, Scaled | null>();

function scaled(a: Amount): Scaled | null {
  if (a.units !== undefined) return { n: a.units, d: a.decimals ?? 0 };
  let s = scaledCache.get(a);
  if (s !== undefined) return s;
  const d = a.decimals ?? a.value.decimalPlaces();
  // A decimal with at most d places, scaled by 10^d, is an integer; float error stays far below ½
  // while the magnitude is under 2^53 / 10^4, so rounding recovers it exactly.
  const n = d >= 0 && d <= 6 && a.value.decimalPlaces() <= d ? Math.round(a.value.toNumber() * INT_POW10[d]) : NaN;
  s = Number.isFinite(n) && Math.abs(n) < SAFE ? { n, d } : null;
  scaledCache.set(a, s);
  return s;
}

const INT_POW10 = [1, 10, 100, 1000, 1e4, 1e5, 1e6];

/**
 * Fast exact test of "parent = Σ children" on scaled integers (same unit, ≤ 6 decimals, safe range):
 * true when exactly equal, false when not or when the fast path does not apply.
 */
function exactlyEqualFast(parent: Amount, children: Amount[]): boolean {
  const p = scaled(parent);
  if (!p) return false;
  let d = p.d;
  const cs: Scaled[] = [];
  for (const c of children) {
    if (c.unit !== parent.unit) return false;
    const x = scaled(c);
    if (!x) return false;
    cs.push(x);
    if (x.d > d) d = x.d;
  }
  let sum = 0;
  for (const x of cs) sum += x.n * INT_POW10[d - x.d];
  return Number.isSafeInteger(sum) && sum === p.n * INT_POW10[d - p.d];
}

/** Checks parent = Σ children (children may carry a sign: pass negated amounts to subtract). */
export function checkSum(parent: Amount, children: Amount[]): SumCheck {
  if (exactlyEqualFast(parent, children)) {
    // The common case, decided on integers; the figures are the parent's own.
    const decimals = Math.min(Math.max(parent.decimals ?? Math.max(0, ...children.map((c) => c.decimals ?? 0)), 0), 6);
    let halves = 0; // Σ of half-units, counted in 10^-6 / 2
    for (const a of [parent, ...children]) if (a.decimals !== null) halves += INT_POW10[6 - Math.min(6, Math.max(0, a.decimals))];
    const tolerance = new Decimal(halves).div(2e6);
    return { status: "exact", expected: parent.value, actual: parent.value, difference: ZERO, tolerance, unit: parent.unit, decimals };
  }
  return checkSumDecimal(parent, children);
}

/** The full decimal computation (also the reference the fast path is tested against). */
export function checkSumDecimal(parent: Amount, children: Amount[]): SumCheck {
  const f = unitFactor(parent.unit);
  const childIntervals = children.map(intervalOf);
  const sumInterval = addIntervals(childIntervals);
  const expected = children.reduce((s, c) => s.plus(c.value.times(unitFactor(c.unit))), new Decimal(0)).div(f);
  const actual = parent.value;
  const difference = actual.minus(expected);
  const parentInterval = intervalOf(parent);
  const tolerance = sumInterval.hi.minus(sumInterval.lo).plus(parentInterval.hi.minus(parentInterval.lo)).div(2).div(f);
  const status: Consistency = difference.isZero()
    ? "exact"
    : intersects(parentInterval, sumInterval)
      ? "rounding"
      : "mismatch";
  // Show figures as the parent is displayed; an exact parent borrows its children's decimals.
  const decimals = parent.decimals ?? Math.max(0, ...children.map((c) => (c.unit === parent.unit ? (c.decimals ?? 0) : 0)));
  return { status, expected, actual, difference, tolerance, unit: parent.unit, decimals: Math.min(Math.max(decimals, 0), 6) };
}

/** Checks that two displayed amounts may be the same quantity (a = b within both roundings). */
export function checkEqual(actual: Amount, expected: Amount): SumCheck {
  return checkSum(actual, [expected]);
}

/** Checks a ≤ b allowing rounding: a's lower bound must not exceed b's upper bound. */
export function checkAtMost(a: Amount, b: Amount): { ok: boolean; strictlyOk: boolean } {
  const ia = intervalOf(a);
  const ib = intervalOf(b);
  const fa = unitFactor(a.unit);
  const fb = unitFactor(b.unit);
  return { ok: ia.lo.lte(ib.hi), strictlyOk: a.value.times(fa).lte(b.value.times(fb)) };
}

export interface ShareCheck {
  status: Consistency;
  /** part ÷ total × 100, unrounded. */
  exactPercent: Decimal;
  /** The stated percentage. */
  statedPercent: Decimal;
  /** Range of percentages the rounded inputs allow. */
  allowed: Interval;
}

/**
 * A stated share "占X%" against part ÷ total. Consistent when the stated percentage's own rounding
 * interval meets the range of part ÷ total over the inputs' rounding intervals.
 */
export function checkShare(part: Amount, total: Amount, statedPercent: Decimal, percentDecimals: number): ShareCheck {
  const ip = intervalOf(part);
  const it = intervalOf(total);
  const exactPercent = total.value.isZero()
    ? new Decimal(0)
    : part.value.times(unitFactor(part.unit)).div(total.value.times(unitFactor(total.unit))).times(100);
  const h = halfUnit(percentDecimals);
  const stated: Interval = { lo: statedPercent.minus(h), hi: statedPercent.plus(h) };
  let allowed: Interval;
  if (it.lo.lte(0)) {
    allowed = { lo: new Decimal(0), hi: new Decimal(Infinity) };
  } else {
    const lo = Decimal.max(ip.lo, 0).div(it.hi).times(100);
    const hi = Decimal.max(ip.hi, 0).div(it.lo).times(100);
    allowed = { lo, hi };
  }
  const status: Consistency = exactPercent.toDecimalPlaces(percentDecimals, Decimal.ROUND_HALF_UP).eq(statedPercent)
    ? "exact"
    : intersects(stated, allowed)
      ? "rounding"
      : "mismatch";
  return { status, exactPercent, statedPercent, allowed };
}

/** Rounds half-up (四舍五入) to `decimals`. */
export function roundHalfUp(value: Decimal.Value, decimals: number): Decimal {
  return new Decimal(value).toDecimalPlaces(decimals, Decimal.ROUND_HALF_UP);
}

/** part ÷ total as a percentage rounded half-up; null when total is 0. */
export function percentOf(part: Decimal.Value, total: Decimal.Value, decimals = 2): Decimal | null {
  const t = new Decimal(total);
  if (t.isZero()) return null;
  return roundHalfUp(new Decimal(part).div(t).times(100), decimals);
}

/**
 * Shares (percentages) that sum to exactly 100 at `decimals`, by the largest-remainder method:
 * floor every exact share, then hand the missing units to the largest remainders (ties: earlier first).
 */
export function largestRemainderPercents(parts: Decimal.Value[], decimals = 2): Decimal[] {
  const values = parts.map((p) => new Decimal(p));
  const total = values.reduce((s, v) => s.plus(v), new Decimal(0));
  if (total.isZero()) return values.map(() => new Decimal(0));
  const scale = new Decimal(10).pow(decimals);
  const units = scale.times(100);
  const exact = values.map((v) => v.div(total).times(units));
  const floors = exact.map((e) => e.floor());
  let missing = units.minus(floors.reduce((s, v) => s.plus(v), new Decimal(0))).toNumber();
  const order = exact
    .map((e, i) => ({ i, rem: e.minus(floors[i]) }))
    .sort((a, b) => b.rem.comparedTo(a.rem) || a.i - b.i);
  const result = floors.slice();
  for (let k = 0; missing > 0 && order.length; k = (k + 1) % order.length, missing--) {
    result[order[k].i] = result[order[k].i].plus(1);
  }
  return result.map((r) => r.div(scale));
}
