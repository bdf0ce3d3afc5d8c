/**
 * A double as an exact decimal m / 10^a with |m| < 10^15: the 15-significant-digit value Excel
 * shows for it. Allocation-free, for the hot paths of the functions.
 */
export const POW10: readonly number[] = Array.from({ length: 23 }, (_, i) => 10 ** i);

let mantissa = 0;

/**
 * The smallest a ≤ 10 with x = m / 10^a for an integer |m| < 10^15 (m then given by
 * `scaledMantissa()`); −1 when there is none. Such an m / 10^a is exactly the
 * 15-significant-digit decimal of x: distinct 15-digit decimals never round to the same double.
 */
export function scaleOf(x: number): number {
  for (let a = 0; a <= 10; a++) {
    const m = Math.round(x * POW10[a]);
    if (m >= 1e15 || m <= -1e15) return -1;
    if (m / POW10[a] === x) {
      mantissa = m;
      return a;
    }
  }
  return -1;
}

/** The m of the last successful `scaleOf`. */
export function scaledMantissa(): number {
  return mantissa;
}
