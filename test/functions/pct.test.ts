import Decimal from "decimal.js";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { pct } from "../../src/functions/functions";
import { decimalOfNumber } from "../../src/functions/logic/cells";
import { fastShare, referenceShare } from "../../src/functions/logic/pct";
import { installCustomFunctionsStub, thrownError } from "./custom-functions-stub";

beforeAll(installCustomFunctionsStub);

describe("BUDGET.PCT", () => {
  it("gives the seed's shares as fractions rounded to 2 decimals of a percent", () => {
    expect(pct(228.36, 263.64)).toBe(0.8662);
    expect(pct(19.09, 263.64)).toBe(0.0724);
    expect(pct(136.42, 263.64)).toBe(0.5174);
    expect(pct(127.22, 263.64)).toBe(0.4826);
  });

  it("rounds half-up at the requested digits", () => {
    expect(pct(1, 8, 1)).toBe(0.125); // 12.5% exactly
    expect(pct(1, 8, 0)).toBe(0.13); // 12.5 → 13
    expect(pct(1, 3, 0)).toBe(0.33);
    expect(pct(2, 3)).toBe(0.6667);
    expect(pct(1, 16, 1)).toBe(0.063); // 6.25 → 6.3
    expect(pct(1, 3, 4)).toBe(0.333333);
  });

  it("rounds ties away from zero for negatives", () => {
    expect(pct(-1, 8, 0)).toBe(-0.13);
    expect(pct(1, -8, 0)).toBe(-0.13);
    expect(pct(-1, -8, 0)).toBe(0.13);
    expect(pct(-0.00001, 3)).toBe(0);
    expect(Object.is(pct(-0.00001, 3), -0)).toBe(false);
  });

  it("reads numbers stored as text, full-width digits and thousands separators", () => {
    expect(pct("228.36", "263.64")).toBe(0.8662);
    expect(pct("２２８．３６", "２６３．６４")).toBe(0.8662);
    expect(pct("1,272,159.65", "2,636,400")).toBe(0.4825);
    expect(pct("(19.09)", "263.64")).toBe(-0.0724);
    expect(pct("228.36万元", "263.64万元")).toBe(0.8662);
  });

  it("treats an empty part as 0 and an empty or zero total as #DIV/0!", () => {
    expect(pct(null, 263.64)).toBe(0);
    expect(pct("", 263.64)).toBe(0);
    for (const total of [0, null, "", "0.00", undefined]) {
      const e = thrownError(() => pct(5, total));
      expect(e.code).toBe("#DIV/0!");
      expect(e.message).toBeUndefined();
    }
  });

  it("answers #VALUE! with a Chinese message for text that is not a number", () => {
    const e = thrownError(() => pct("约228", 263.64));
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toBe("部分“约228”不是数字");
    expect(thrownError(() => pct(1, true)).message).toBe("总数TRUE不是数字");
  });

  it("rejects units that disagree", () => {
    const e = thrownError(() => pct("12万元", "3000元"));
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toContain("单位不一致");
  });

  it("passes error values on", () => {
    expect(thrownError(() => pct({ code: "#N/A" }, 1)).code).toBe("#N/A");
    expect(thrownError(() => pct(1, { type: "Error", basicValue: "#DIV/0!" })).code).toBe("#DIV/0!");
    const ref = thrownError(() => pct({ code: "#REF!" }, 1));
    expect(ref.code).toBe("#VALUE!");
    expect(ref.message).toContain("#REF!");
  });

  it("checks its digits argument", () => {
    expect(thrownError(() => pct(1, 3, -1)).code).toBe("#NUM!");
    expect(thrownError(() => pct(1, 3, 11)).code).toBe("#NUM!");
    expect(pct(1, 3, 2.9)).toBe(0.3333); // truncated like ROUND's digits
    expect(pct(1, 3, "1")).toBe(0.333);
    expect(thrownError(() => pct(1, 3, "两位")).code).toBe("#VALUE!");
  });

  it("handles huge and tiny values", () => {
    expect(pct(1e15, 3e15)).toBe(0.3333);
    expect(pct(123456789012345, 987654321098765)).toBe(0.125);
    expect(pct(1e-9, 3e-9)).toBe(0.3333);
    expect(pct(1e300, 3e300)).toBe(0.3333);
    expect(thrownError(() => pct(Infinity, 1)).code).toBe("#NUM!");
    expect(thrownError(() => pct(Number.NaN, 1)).code).toBe("#NUM!");
  });

  it("uses the value Excel shows (15 significant digits), not binary noise", () => {
    // 0.1 + 0.2 = 0.30000000000000004 in binary; Excel and the validator read 0.3.
    expect(pct(0.1 + 0.2, 0.6, 0)).toBe(0.5);
  });
});

/** A double with at most 15 significant digits and `scale` decimals, as budget tables hold. */
const tableNumber = fc
  .tuple(fc.oneof(fc.integer({ min: -1e9, max: 1e9 }), fc.maxSafeInteger().map((x) => x % 1e15)), fc.integer({ min: 0, max: 8 }))
  .map(([m, scale]) => Number(`${m}e-${scale}`));

const digitsArb = fc.integer({ min: 0, max: 6 });

function reference(part: number, total: number, digits: number): number {
  return referenceShare(decimalOfNumber(part), decimalOfNumber(total), digits);
}

describe("PCT fast path", () => {
  it("is identical to the decimal.js path (percentOf) on numbers of up to 15 significant digits", () => {
    fc.assert(
      fc.property(tableNumber, tableNumber, digitsArb, (part, total, digits) => {
        fc.pre(total !== 0);
        const fast = fastShare(part, total, digits + 2);
        if (!Number.isNaN(fast)) expect(fast).toBe(reference(part, total, digits));
        expect(pct(part, total, digits)).toBe(reference(part, total, digits));
      }),
      { numRuns: 20000 },
    );
  });

  it("carries ordinary amounts (up to 10 亿 with 2 decimals) without falling back", () => {
    const amount = fc.integer({ min: -1e11, max: 1e11 }).map((cents) => Number(`${cents}e-2`));
    fc.assert(
      fc.property(amount, amount, fc.integer({ min: 0, max: 4 }), (part, total, digits) => {
        fc.pre(total !== 0);
        const fast = fastShare(part, total, digits + 2);
        expect(Number.isNaN(fast)).toBe(false);
        expect(fast).toBe(reference(part, total, digits));
      }),
      { numRuns: 20000 },
    );
  });

  it("carries totals left with binary noise by =SUM() (263.64000000000004), identically", () => {
    const cents = fc.integer({ min: 0, max: 1e10 });
    let runs = 0;
    let fastRuns = 0;
    fc.assert(
      fc.property(fc.array(cents, { minLength: 2, maxLength: 8 }), fc.nat(), fc.integer({ min: 0, max: 2 }), (items, pick, digits) => {
        const values = items.map((c) => c / 100);
        const total = values.reduce((s, v) => s + v, 0);
        fc.pre(total !== 0);
        const part = values[pick % values.length];
        const fast = fastShare(part, total, digits + 2);
        runs++;
        if (Number.isNaN(fast)) return; // noise too close to the grid's midpoint: decimal.js path
        fastRuns++;
        expect(fast).toBe(reference(part, total, digits));
      }),
      { numRuns: 20000 },
    );
    expect(fastRuns / runs).toBeGreaterThan(0.99);
  });

  it("is identical on exact half-way cases", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1e6 }), fc.integer({ min: 0, max: 1e6 }), digitsArb, fc.boolean(), (m, q, digits, neg) => {
        // part / total = (2q + 1) / (2 · 10^(digits + 2)): a tie at the last kept decimal.
        const part = new Decimal(2 * q + 1).times(m).div(new Decimal(10).pow(digits + 2));
        fc.pre(part.precision(true) <= 15);
        const p = (neg ? -1 : 1) * part.toNumber();
        const t = 2 * m;
        const fast = fastShare(p, t, digits + 2);
        expect(Number.isNaN(fast)).toBe(false);
        expect(fast).toBe(reference(p, t, digits));
        expect(Math.abs(fast) * 10 ** (digits + 2)).toBeCloseTo(q + 1, 6);
      }),
      { numRuns: 5000 },
    );
  });

  it("agrees with the reference on arbitrary doubles (falling back where it must)", () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.double({ noNaN: true, noDefaultInfinity: true }), digitsArb, (part, total, digits) => {
        fc.pre(total !== 0 && Math.abs(total) > 1e-300);
        const fast = fastShare(part, total, digits + 2);
        if (!Number.isNaN(fast)) expect(fast).toBe(reference(part, total, digits));
        expect(pct(part, total, digits)).toBe(reference(part, total, digits));
      }),
      { numRuns: 5000 },
    );
  });
});
