/**
 * A double as an exact decimal m / 10^a with |m| < 10^15 and a ≤ 10: the 15-significant-digit
 * value Excel shows for it (what `toPrecision(15)` gives), found without strings or allocation for
 * the hot paths of the functions. Binary noise from formulas (228.36 + 35.28 = 263.64000000000004)
 * is read as Excel shows it (263.64).
 */
export const POW10: readonly number[] = Array.from({ length: 23 }, (_, i) => 10 ** i);

function digitCount(n: number): number {
  let d = 1;
  while (d < 16 && n >= POW10[d]) d++;
  return d;
}

/**
 * The smallest a ≤ 10 such that x's 15-significant-digit decimal is m / 10^a with an integer
 * |m| < 10^15, m written to out[slot]; −1 when there is none or it cannot be told safely (the
 * caller then takes the decimal.js path). The caller's scratch array keeps the hot path free of
 * allocation and of module-level state.
 *
 * Exact case: m / 10^a === x. Distinct 15-digit decimals never round to the same double, so a
 * 15-digit decimal that rounds to x is x's 15-digit decimal.
 * Noisy case: m / 10^a lies within 3/8 of the 15-digit grid spacing of x. The computed distance
 * is off by at most half an ulp of x, under 0.11 spacing, so the true distance is under half a
 * spacing: m / 10^a is the grid point nearest x, which is what toPrecision(15) returns.
 */
export function scaleOf(x: number, out: Float64Array, slot: number): number {
  // The exact loop stays small so that it inlines into callers; noise is the rarer case.
  for (let a = 0; a <= 10; a++) {
    const m = Math.round(x * POW10[a]);
    if (!(m < 1e15 && m > -1e15)) break; // also NaN and infinities
    if (m / POW10[a] === x) {
      out[slot] = m;
      return a;
    }
  }
  return noisyScaleOf(x, out, slot);
}

function noisyScaleOf(x: number, out: Float64Array, slot: number): number {
  for (let a = 0; a <= 10; a++) {
    const scaled = x * POW10[a];
    const m = Math.round(scaled);
    if (!(m < 1e15 && m > -1e15)) return -1;
    // Cheap filter first: noise around m / 10^a leaves x · 10^a within 0.375e-14 · |m| of m
    // (plus an ulp of slack); withinNoise decides precisely.
    if (m !== 0 && Math.abs(scaled - m) <= 5e-15 * Math.abs(m) && withinNoise(x, m, a)) {
      out[slot] = m;
      return a;
    }
  }
  return -1;
}

/** Whether m / 10^a is within 3/8 of a 15-digit grid spacing of x (see scaleOf). */
function withinNoise(x: number, m: number, a: number): boolean {
  // Exponent of the 15-digit grid x is rounded on: the candidate's, or one lower when x sits
  // just under the power of ten the candidate equals.
  let e = digitCount(Math.abs(m)) - 1 - a;
  if (Math.abs(x) < 10 ** e) e -= 1;
  return Math.abs(x - m / POW10[a]) <= 0.375 * 10 ** (e - 14);
}
