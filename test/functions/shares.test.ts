import Decimal from "decimal.js";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { shares } from "../../src/functions/functions";
import { installCustomFunctionsStub, thrownError } from "./custom-functions-stub";

beforeAll(installCustomFunctionsStub);

/** Shares as integer units of 10^-digits percent. */
function units(result: number[][], digits: number): number[] {
  return result.map(([x]) => Math.round(x * 10 ** (digits + 2)));
}

describe("BUDGET.SHARES", () => {
  it("turns the seed's 99.99% into exactly 100% by largest remainder", () => {
    // 一般公共服务 228.36, 社会保障和就业 19.09, 卫生健康 5.43, 住房保障 10.75 of 263.63
    const parts = [[228.36], [19.09], [5.43], [10.75]];
    const result = shares(parts);
    expect(result).toEqual([[0.8662], [0.0724], [0.0206], [0.0408]]);
    expect(units(result, 2).reduce((a, b) => a + b, 0)).toBe(10000);
  });

  it("spills one column in reading order whatever the input shape", () => {
    expect(shares([[1, 1, 2]])).toEqual([[0.25], [0.25], [0.5]]);
    expect(shares([[1, 1], [1, 1]], 0)).toEqual([[0.25], [0.25], [0.25], [0.25]]);
  });

  it("hands the missing units to the largest remainders, earlier first on ties", () => {
    expect(shares([[1], [1], [1]], 0)).toEqual([[0.34], [0.33], [0.33]]);
    expect(shares([[1], [1], [1]], 1)).toEqual([[0.334], [0.333], [0.333]]);
  });

  it("gives empty cells a share of 0 and reads text numbers", () => {
    expect(shares([[null], ["３"], [""], ["1,000"]], 1)).toEqual([[0], [0.003], [0], [0.997]]);
  });

  it("rejects negatives, non-numbers and an all-zero range", () => {
    expect(thrownError(() => shares([[5], [-1]])).message).toBe("占比组的各项不能为负数");
    expect(thrownError(() => shares([[5], ["合计"]])).message).toBe("数值“合计”不是数字");
    expect(thrownError(() => shares([[0], [null]])).code).toBe("#DIV/0!");
    expect(thrownError(() => shares([[1]], 11)).code).toBe("#NUM!");
  });

  it("handles huge values", () => {
    expect(shares([[1e15], [1e15], [2e15]])).toEqual([[0.25], [0.25], [0.5]]);
  });
});

describe("BUDGET.SHARES properties", () => {
  const amounts = fc.array(
    fc.oneof(fc.integer({ min: 0, max: 1e11 }).map((c) => Number(`${c}e-2`)), fc.constant(0), fc.integer({ min: 0, max: 1e9 })),
    { minLength: 1, maxLength: 30 },
  );

  it("sums to exactly 100% and keeps every share within one unit of its exact value", () => {
    fc.assert(
      fc.property(amounts, fc.integer({ min: 0, max: 4 }), (values, digits) => {
        const total = values.reduce((s, v) => s.plus(v), new Decimal(0));
        fc.pre(!total.isZero());
        const result = shares(values.map((v) => [v]), digits);
        expect(result).toHaveLength(values.length);
        const u = units(result, digits);
        expect(u.reduce((a, b) => a + b, 0)).toBe(100 * 10 ** digits);
        values.forEach((v, i) => {
          const exact = new Decimal(v).div(total).times(100 * 10 ** digits);
          expect(exact.minus(u[i]).abs().lt(1)).toBe(true);
          // each result is exactly representable at its digits
          expect(result[i][0]).toBe(u[i] / 10 ** (digits + 2));
        });
      }),
      { numRuns: 2000 },
    );
  });
});
