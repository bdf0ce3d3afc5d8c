/**
 * The rounding rule — the one place that decides whether displayed numbers are consistent.
 *
 * XBRL Calculations 1.1: a value displayed with d decimals stands for the interval
 * [v − ½·10⁻ᵈ, v + ½·10⁻ᵈ] (both ends inclusive). A sum is consistent when the parent's interval
 * intersects the sum of the children's intervals. Exactly equal → "exact"; consistent but not equal
 * → "rounding" (尾差); otherwise "mismatch". All arithmetic is decimal, in 元 internally.
 */
import Decimal from "decimal.js";
import { isZeroAmount, type Amount, formatDecimal, type MoneyUnit, SAFE_UNITS, unitFactor, withValue } from "./money";

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

const INT_POW10 = [1, 10, 100, 1000, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12];
const scaledCache = new WeakMap<Amount, Scaled | null>();

function scaled(a: Amount): Scaled | null {
  if (a.units !== undefined) return { n: a.units, d: a.decimals ?? 0 };
  let s = scaledCache.get(a);
  if (s !== undefined) return s;
  const d = a.decimals ?? a.value.decimalPlaces();
  // A decimal with at most d places, scaled by 10^d, is an integer; float error stays far below ½
  // while the magnitude is under 2^53 / 10^4, so rounding recovers it exactly.
  const n = d >= 0 && d <= 6 && a.value.decimalPlaces() <= d ? Math.round(a.value.toNumber() * INT_POW10[d]) : NaN;
  s = Number.isFinite(n) && Math.abs(n) < SAFE_UNITS ? { n, d } : null;
  scaledCache.set(a, s);
  return s;
}

/** Decimal places one unit of `from` adds when stated in `to` (元 → 万元: 4; 万元 → 元: −4). */
function unitShift(from: MoneyUnit, to: MoneyUnit): number {
  return from === to ? 0 : from === "元" ? 4 : -4;
}

/**
 * A SumCheck decided on integers: every amount counted in 10^-scale of the parent's unit, and
 * every half-unit doubled, so the whole rounding rule is exact integer arithmetic. The Decimal
 * figures are made only when a caller reads them (a report), which is rare: most sums are exact.
 */
class ScaledSumCheck implements SumCheck {
  private cache?: Partial<Record<"expected" | "actual" | "difference" | "tolerance", Decimal>>;
  constructor(
    readonly status: Consistency,
    private readonly parentUnits: number,
    private readonly sumUnits: number,
    private readonly doubledTolerance: number,
    private readonly scale: number,
    readonly unit: MoneyUnit,
    readonly decimals: number,
  ) {}
  private figure(key: "expected" | "actual" | "difference" | "tolerance", n: number, halve = false): Decimal {
    const cache = (this.cache ??= {});
    let v = cache[key];
    if (!v) {
      v = new Decimal(n).div(INT_POW10[this.scale]);
      if (halve) v = v.div(2);
      cache[key] = v;
    }
    return v;
  }
  get expected(): Decimal {
    return this.figure("expected", this.sumUnits);
  }
  get actual(): Decimal {
    return this.figure("actual", this.parentUnits);
  }
  get difference(): Decimal {
    return this.figure("difference", this.parentUnits - this.sumUnits);
  }
  get tolerance(): Decimal {
    return this.figure("tolerance", this.doubledTolerance, true);
  }
  /** The figures as a message shows them, formatted from the integers (no Decimal made). */
  figures(): CheckFigures | null {
    const { parentUnits: actual, sumUnits: expected, scale, decimals: d } = this;
    if (actual < 0 || expected < 0) return null; // negative ties round away from zero: left to decimal.js
    const diff = Math.abs(actual - expected);
    return {
      expected: formatScaled(expected, scale, d),
      actual: formatScaled(actual, scale, d),
      diff: formatScaled(diff, scale, significantScaledDecimals(diff, scale, d)),
      // Doubled units over 2 = units × 5 at one more decimal.
      tolerance: withoutTrailingZeros(formatScaled(BigInt(this.doubledTolerance) * 5n, scale + 1, Math.max(d, 3))),
    };
  }
}

/** A check's figures as messages show them: expected, actual, |difference|, tolerance. */
export interface CheckFigures {
  expected: string;
  actual: string;
  diff: string;
  tolerance: string;
}

/** The figures of a check for a message (expected and actual with the check's decimals). */
export function checkFigures(check: SumCheck): CheckFigures {
  return (check instanceof ScaledSumCheck ? check.figures() : null) ?? checkFiguresDecimal(check);
}

/** checkFigures computed on the Decimal figures (the reference for the integer formatting). */
export function checkFiguresDecimal(check: SumCheck): CheckFigures {
  const d = check.decimals;
  const diff = check.difference.abs();
  return {
    expected: formatDecimal(check.expected, d),
    actual: formatDecimal(check.actual, d),
    diff: formatDecimal(diff, significantDecimals(diff, d)),
    tolerance: withoutTrailingZeros(formatDecimal(check.tolerance, Math.max(d, 3))),
  };
}

/** "0.0050" → "0.005", "10.000" → "10" (a fixed-point string with a point). */
function withoutTrailingZeros(fixed: string): string {
  return fixed.replace(/0+$/, "").replace(/\.$/, "");
}

/** Enough decimals that a non-zero difference does not print as zero (at most 6). */
function significantDecimals(value: Decimal, from: number): number {
  let d = from;
  while (d < 6 && !value.isZero() && value.toDecimalPlaces(d).isZero()) d++;
  return d;
}

/** significantDecimals of n × 10^-scale (n ≥ 0). */
function significantScaledDecimals(n: number, scale: number, from: number): number {
  let d = from;
  // Half-up to d decimals gives 0 while n × 10^-scale < ½ × 10^-d.
  while (d < 6 && n !== 0 && d < scale && 2 * n < INT_POW10[scale - d]) d++;
  return d;
}

/** n × 10^-scale (n ≥ 0) with `decimals` places, half-up, as toFixed prints it. */
function formatScaled(n: number | bigint, scale: number, decimals: number): string {
  let units = BigInt(n);
  if (decimals < scale) {
    const f = 10n ** BigInt(scale - decimals);
    const q = units / f;
    units = 2n * (units % f) >= f ? q + 1n : q;
  } else if (decimals > scale) {
    units *= 10n ** BigInt(decimals - scale);
  }
  const digits = units.toString().padStart(decimals + 1, "0");
  return decimals > 0 ? `${digits.slice(0, -decimals)}.${digits.slice(-decimals)}` : digits;
}

/** n × 10^-d counted in 10^-scale (scale ≥ d). */
function unitsAtScale(n: number, d: number, scale: number): number {
  return d >= 0 ? n * INT_POW10[scale - d] : n * INT_POW10[scale] * INT_POW10[-d];
}

/** A displayed amount stands for ± half a unit of its last decimal; doubled, at the scale: 10^(scale − d). */
function doubledHalfUnit(a: Amount, d: number, scale: number): number {
  return a.decimals === null ? 0 : (INT_POW10[scale - d] ?? Infinity);
}

/**
 * The common scale (decimals, in the parent's unit) of a parent with `parentDecimals` and its
 * children: the largest of theirs; undefined when a child has no integer form or the scale exceeds
 * 12 decimals (the decimal reference then decides).
 */
function commonScale(parentDecimals: number, unit: MoneyUnit, children: readonly Amount[]): number | undefined {
  let scale = Math.max(0, parentDecimals);
  const n = children.length;
  for (let i = 0; i < n; i++) {
    const c = children[i];
    const d = c.units !== undefined ? (c.decimals ?? 0) : scaled(c)?.d;
    if (d === undefined) return undefined;
    const shifted = d + unitShift(c.unit, unit);
    if (shifted > scale) scale = shifted;
  }
  return scale > 12 ? undefined : scale;
}

/**
 * The rounding rule on scaled integers; null when an amount has more than 6 decimals, the common
 * scale exceeds 12 decimals or the numbers leave the safe integer range (the decimal reference then
 * decides).
 */
function checkSumScaled(parent: Amount, children: Amount[]): SumCheck | null {
  const p = scaled(parent);
  if (!p) return null;
  const scale = commonScale(p.d, parent.unit, children);
  if (scale === undefined) return null;
  const parentUnits = unitsAtScale(p.n, p.d, scale);
  let sum = 0;
  let tolerance = doubledHalfUnit(parent, p.d, scale);
  const n = children.length;
  for (let i = 0; i < n; i++) {
    const c = children[i];
    // Amounts read from numeric cells carry their integer units: no object is made for them.
    const x = c.units !== undefined ? undefined : scaled(c)!;
    const d = (x ? x.d : (c.decimals ?? 0)) + unitShift(c.unit, parent.unit);
    sum += unitsAtScale(x ? x.n : c.units!, d, scale);
    tolerance += doubledHalfUnit(c, d, scale);
    if (!Number.isSafeInteger(sum) || !Number.isSafeInteger(tolerance)) return null;
  }
  if (!Number.isSafeInteger(parentUnits) || !Number.isSafeInteger(2 * (parentUnits - sum))) return null;
  const gap = Math.abs(2 * (parentUnits - sum));
  const status: Consistency = gap === 0 ? "exact" : gap <= tolerance ? "rounding" : "mismatch";
  return new ScaledSumCheck(status, parentUnits, sum, tolerance, scale, parent.unit, displayDecimals(parent, children));
}

/**
 * Whether checkSum would say "exact", without making a check: the hot loops of large tables ask
 * this first (nearly every sum is exact) and make the check only for the rest. Decided on the
 * integer units when every amount has them, by checkSum otherwise.
 */
export function isExactSum(parent: Amount, children: Amount[]): boolean {
  return exactOnUnits(parent, children) ?? checkSum(parent, children).status === "exact";
}

/** isExactSum on the integer units; undefined when an amount has none or a number leaves the safe range. */
function exactOnUnits(parent: Amount, children: Amount[]): boolean | undefined {
  const pn = parent.units;
  if (pn === undefined || !children.every(hasUnits)) return undefined;
  const pd = parent.decimals ?? 0;
  const scale = commonScale(pd, parent.unit, children);
  if (scale === undefined) return undefined;
  let sum = 0;
  const n = children.length;
  for (let i = 0; i < n; i++) {
    const c = children[i];
    sum += unitsAtScale(c.units!, (c.decimals ?? 0) + unitShift(c.unit, parent.unit), scale);
    if (!Number.isSafeInteger(sum)) return undefined;
  }
  const parentUnits = unitsAtScale(pn, pd, scale);
  return Number.isSafeInteger(parentUnits) ? parentUnits === sum : undefined;
}

const hasUnits = (a: Amount): boolean => a.units !== undefined;

/** Show figures as the parent is displayed; an exact parent borrows its children's decimals. */
function displayDecimals(parent: Amount, children: Amount[]): number {
  let d = parent.decimals;
  if (d === null) {
    d = 0;
    for (const c of children) d = Math.max(d, (c.decimals ?? 0) + unitShift(c.unit, parent.unit));
  }
  return Math.min(Math.max(d, 0), 6);
}

/** Checks parent = Σ children (children may carry a sign: pass negated amounts to subtract). */
export function checkSum(parent: Amount, children: Amount[]): SumCheck {
  return checkSumScaled(parent, children) ?? checkSumDecimal(parent, children);
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
  return { status, expected, actual, difference, tolerance, unit: parent.unit, decimals: displayDecimals(parent, children) };
}

/** Checks that two displayed amounts may be the same quantity (a = b within both roundings). */
export function checkEqual(actual: Amount, expected: Amount): SumCheck {
  return checkSum(actual, [expected]);
}

/** Checks a ≤ b allowing rounding: a's lower bound must not exceed b's upper bound. */
export function checkAtMost(a: Amount, b: Amount): { ok: boolean; strictlyOk: boolean } {
  const sa = scaled(a);
  const sb = scaled(b);
  if (sa && sb) {
    // On integers in b's unit, half-units doubled: a − ½wa ≤ b + ½wb ⇔ 2(a − b) ≤ wa + wb.
    const da = sa.d + unitShift(a.unit, b.unit);
    const scale = Math.max(0, da, sb.d);
    if (scale <= 12) {
      const x = unitsAtScale(sa.n, da, scale);
      const y = unitsAtScale(sb.n, sb.d, scale);
      const width = doubledHalfUnit(a, da, scale) + doubledHalfUnit(b, sb.d, scale);
      if (Number.isSafeInteger(2 * (x - y)) && Number.isSafeInteger(width)) return { ok: 2 * (x - y) <= width, strictlyOk: x <= y };
    }
  }
  return checkAtMostDecimal(a, b);
}

/** The decimal computation of checkAtMost (the reference for its integer path). */
export function checkAtMostDecimal(a: Amount, b: Amount): { ok: boolean; strictlyOk: boolean } {
  const ia = intervalOf(a);
  const ib = intervalOf(b);
  const fa = unitFactor(a.unit);
  const fb = unitFactor(b.unit);
  return { ok: ia.lo.lte(ib.hi), strictlyOk: a.value.times(fa).lte(b.value.times(fb)) };
}

/**
 * A text amount that truncates instead of rounding ("87.70万元" for 877,080元) stands for
 * [v, v + 10⁻ᵈ]: true when that interval meets the table amount's. `text` must show its decimals.
 */
export function checkTruncatedEqual(text: Amount, table: Amount): boolean {
  const st = scaled(text);
  const sb = scaled(table);
  if (st && sb && text.decimals !== null) {
    // On integers in the text's unit, doubled: [2x, 2x + 2w] meets [2y − wy, 2y + wy].
    const db = sb.d + unitShift(table.unit, text.unit);
    const scale = Math.max(0, st.d, db);
    if (scale <= 12) {
      const x2 = 2 * unitsAtScale(st.n, st.d, scale);
      const y2 = 2 * unitsAtScale(sb.n, db, scale);
      const w = doubledHalfUnit(text, st.d, scale);
      const wy = doubledHalfUnit(table, db, scale);
      if ([x2, y2, w, wy, x2 + 2 * w, y2 + wy].every(Number.isSafeInteger)) return x2 <= y2 + wy && y2 - wy <= x2 + 2 * w;
    }
  }
  return checkTruncatedEqualDecimal(text, table);
}

/** The decimal computation of checkTruncatedEqual (the reference for its integer path). */
export function checkTruncatedEqualDecimal(text: Amount, table: Amount): boolean {
  return checkSumDecimal(withValue(text, text.value.plus(halfUnit(text.decimals))), [table]).status !== "mismatch";
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
  return shareScaled(part, total, statedPercent, percentDecimals) ?? checkShareDecimal(part, total, statedPercent, percentDecimals);
}

/** A share decided on integers; the Decimal figures are computed by the reference when read. */
class ScaledShare implements ShareCheck {
  private full?: ShareCheck;
  constructor(
    readonly status: Consistency,
    private readonly args: Parameters<typeof checkShareDecimal>,
    readonly statedPercent: Decimal,
  ) {}
  private decimal(): ShareCheck {
    return (this.full ??= checkShareDecimal(...this.args));
  }
  get exactPercent(): Decimal {
    return this.decimal().exactPercent;
  }
  get allowed(): Interval {
    return this.decimal().allowed;
  }
}

/**
 * The share rule on integers (BigInt where products grow): part ÷ total × 100 rounded half-up to the
 * stated decimals equals the stated percentage → exact; else the stated percentage's interval meets
 * the range the rounded inputs allow → rounding. Null (the decimal reference decides) for a negative
 * part, more than 4 stated decimals or numbers out of the safe range.
 */
function shareScaled(part: Amount, total: Amount, statedPercent: Decimal, percentDecimals: number): ShareCheck | null {
  if (percentDecimals < 0 || percentDecimals > 4 || statedPercent.isNegative() || statedPercent.decimalPlaces() > percentDecimals) return null;
  const p = scaled(part);
  const t = scaled(total);
  if (!p || !t) return null;
  const pd = p.d + unitShift(part.unit, total.unit);
  const scale = Math.max(0, pd, t.d);
  if (scale > 12) return null;
  const partUnits = unitsAtScale(p.n, pd, scale);
  const totalUnits = unitsAtScale(t.n, t.d, scale);
  const wp = doubledHalfUnit(part, pd, scale);
  const wt = doubledHalfUnit(total, t.d, scale);
  const stated = Math.round(statedPercent.toNumber() * INT_POW10[percentDecimals]);
  const numerator = partUnits * 100 * INT_POW10[percentDecimals];
  if (!(totalUnits > 0) || partUnits < 0 || ![numerator, totalUnits, wp, wt, 2 * totalUnits + wt].every(Number.isSafeInteger)) return null;
  const args: Parameters<typeof checkShareDecimal> = [part, total, statedPercent, percentDecimals];
  // q = floor(numerator / total), made exact; half-up: one more when the remainder is ≥ half.
  let q = Math.floor(numerator / totalUnits);
  while (q * totalUnits > numerator) q--;
  while ((q + 1) * totalUnits <= numerator) q++;
  const rounded = 2 * (numerator - q * totalUnits) >= totalUnits ? q + 1 : q;
  if (rounded === stated) return new ScaledShare("exact", args, statedPercent);
  // Doubled: the total lies in [2t − wt, 2t + wt] / 2; a total that may be 0 allows any share.
  const totalLo = BigInt(2 * totalUnits - wt);
  if (totalLo <= 0n) return new ScaledShare("rounding", args, statedPercent);
  // Stated (2s ± 1) / (2·10^k) meets 100·[max(2p − wp, 0) / (2t + wt), (2p + wp) / (2t − wt)].
  const k = BigInt(200 * INT_POW10[percentDecimals]);
  const s = BigInt(stated);
  const partLo = BigInt(Math.max(2 * partUnits - wp, 0));
  const partHi = BigInt(2 * partUnits + wp);
  const meets = (2n * s - 1n) * totalLo <= k * partHi && k * partLo <= (2n * s + 1n) * BigInt(2 * totalUnits + wt);
  return new ScaledShare(meets ? "rounding" : "mismatch", args, statedPercent);
}

/** The full decimal computation of a share (also the reference the integer path is tested against). */
export function checkShareDecimal(part: Amount, total: Amount, statedPercent: Decimal, percentDecimals: number): ShareCheck {
  const ip = intervalOf(part);
  const it = intervalOf(total);
  const exactPercent = isZeroAmount(total)
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
