/** The rounding rule (domain §5) by tables of cases, and the integer fast path against the decimal reference. */
import Decimal from "decimal.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { amount, type Amount, type MoneyUnit, ScaledAmount, unitFactor } from "../../src/core/money";
import {
  checkAtMost,
  checkAtMostDecimal,
  checkFigures,
  checkFiguresDecimal,
  checkShare,
  checkShareDecimal,
  checkSum,
  checkSumDecimal,
  isExactSum,
  checkTruncatedEqual,
  checkTruncatedEqualDecimal,
  largestRemainderPercents,
  percentOf,
} from "../../src/core/rounding";

const w = (v: string, d: number | null = 2) => amount(v, d, "万元");
const y = (v: string, d: number | null = 2) => amount(v, d, "元");

describe("checkSum: Calculations 1.1 intervals", () => {
  const cases: [string, Amount, Amount[], "exact" | "rounding" | "mismatch", string][] = [
    ["exact sum", w("101.14"), [w("54.07"), w("47.07")], "exact", "0"],
    ["seed 20805: 12.60 + 6.30 vs 18.89 → 尾差", w("18.89"), [w("12.60"), w("6.30")], "rounding", "-0.01"],
    ["seed T01 类 sum 263.63 vs 263.64 (4 children)", w("263.64"), [w("228.36"), w("19.09"), w("5.44"), w("10.74")], "rounding", "0.01"],
    ["within 0.005 × (n + 1) = 0.015 is rounding", w("1.01"), [w("0.50"), w("0.50")], "rounding", "0.01"],
    ["beyond 0.015 → mismatch", w("1.02"), [w("0.50"), w("0.50")], "mismatch", "0.02"],
    ["blank children are exact zeros: 0.01 cannot come from nothing", w("0.01"), [amount(0, null, "万元")], "mismatch", "0.01"],
    ["a blank parent against 0.004 shown as 0.00 is rounding", amount(0, null, "万元"), [w("0.00")], "exact", "0"],
    ["元 (2 dp) vs 万元 (2 dp): 873,617.00元 = 87.36万元", w("87.36"), [y("873617.00")], "rounding", "-0.0017"],
    ["职业年金 887.36万元 vs 873,617元 → mismatch", w("887.36"), [y("873617.00")], "mismatch", "799.9983"],
    ["whole 元 vs 万元 with 0 dp", amount("3", 0, "万元"), [y("31214.00")], "rounding", "-0.1214"],
  ];
  for (const [name, parent, children, status, diff] of cases) {
    it(name, () => {
      const c = checkSum(parent, children);
      expect(c.status).toBe(status);
      expect(c.difference.toString()).toBe(new Decimal(diff).toString());
    });
  }
});

describe("checkShare and percentages", () => {
  it("the seed's shares are consistent: 228.36 / 263.64 = 86.62%", () => {
    expect(checkShare(w("228.36"), w("263.64"), new Decimal("86.62"), 2).status).toBe("exact");
    expect(checkShare(w("136.42"), w("263.64"), new Decimal("51.74"), 2).status).toBe("exact");
  });
  it("a share off by more than its rounding is a mismatch (19.62% that is 15.94%)", () => {
    expect(checkShare(w("42.02"), w("263.64"), new Decimal("19.62"), 2).status).toBe("mismatch");
  });
  it("inputs' rounding widens what is allowed", () => {
    // 0.01 / 0.03 lies in [0.005/0.035, 0.015/0.025] = [14.29%, 60%]
    expect(checkShare(w("0.01"), w("0.03"), new Decimal("40.00"), 2).status).toBe("rounding");
  });
  it("percentOf rounds half-up and refuses a zero total", () => {
    expect(percentOf("6840", "58140")!.toString()).toBe("11.76");
    expect(percentOf("1", "8")!.toFixed(2)).toBe("12.50");
    expect(percentOf("1", "0")).toBeNull();
  });
  it("largest remainder: shares sum to exactly 100.00", () => {
    const parts = ["228.36", "19.09", "5.44", "10.74"];
    const shares = largestRemainderPercents(parts);
    expect(shares.reduce((s, x) => s.plus(x), new Decimal(0)).toFixed(2)).toBe("100.00");
    expect(shares.map((s) => s.toFixed(2))).toEqual(["86.62", "7.24", "2.06", "4.08"]);
  });
  it("checkAtMost allows rounding", () => {
    expect(checkAtMost(w("14.13"), w("14.12")).ok).toBe(true);
    expect(checkAtMost(w("14.14"), w("14.12")).ok).toBe(false);
  });
});

describe("the integer path decides exactly like the decimal reference", () => {
  const unit = fc.constantFrom<MoneyUnit>("元", "万元");
  /** A displayed amount; sometimes carrying the integer `units` a numeric cell gets on reading. */
  const arbAmount = fc
    .record({ n: fc.bigInt({ min: -(10n ** 13n), max: 10n ** 13n }), d: fc.integer({ min: 0, max: 4 }), blank: fc.boolean(), unit, withUnits: fc.boolean() })
    .map(({ n, d, blank, unit, withUnits }) => {
      if (blank) return amount(0, null, unit);
      const a = amount(new Decimal(n.toString()).div(new Decimal(10).pow(d)), d, unit);
      return withUnits && Number.isSafeInteger(Number(n)) ? { ...a, units: Number(n) } : a;
    });
  const same = (a: Decimal, b: Decimal) => a.eq(b);
  /** The exact decimal sum of the amounts, stated in `unit`. */
  const sumIn = (amounts: Amount[], unit: MoneyUnit) => amounts.reduce((s, c) => s.plus(c.value.times(unitFactor(c.unit))), new Decimal(0)).div(unitFactor(unit));
  it("same status and figures on random sums: exact, within rounding, and off (mixed 元/万元)", () => {
    fc.assert(
      fc.property(
        fc.array(arbAmount, { minLength: 1, maxLength: 8 }),
        fc.constantFrom("exact", "near", "any"),
        fc.integer({ min: -3, max: 3 }),
        unit,
        fc.integer({ min: 0, max: 4 }),
        (children, kind, nudge, parentUnit, parentDecimals) => {
          const sum = sumIn(children, parentUnit);
          const step = new Decimal(10).pow(-parentDecimals);
          const parent =
            kind === "any" ? children[0]
            : kind === "exact" ? amount(sum, sum.decimalPlaces(), parentUnit)
            : amount(sum.toDecimalPlaces(parentDecimals, Decimal.ROUND_HALF_UP).plus(step.times(nudge)), parentDecimals, parentUnit);
          const fast = checkSum(parent, children);
          const slow = checkSumDecimal(parent, children);
          expect(fast.status).toBe(slow.status);
          expect(same(fast.expected, slow.expected)).toBe(true);
          expect(same(fast.actual, slow.actual)).toBe(true);
          expect(same(fast.difference, slow.difference)).toBe(true);
          expect(same(fast.tolerance, slow.tolerance)).toBe(true);
          expect(fast.decimals).toBe(slow.decimals);
          expect(fast.unit).toBe(slow.unit);
        },
      ),
      { numRuns: 3000 },
    );
  });
  it("isExactSum says exact exactly when the decimal reference does (amounts with and without integer units)", () => {
    /** As read from cells: mostly numbers with their integer units, blanks as the shared exact zero, some without units. */
    const cellAmount = fc
      .record({ n: fc.bigInt({ min: -(10n ** 13n), max: 10n ** 13n }), d: fc.integer({ min: 0, max: 4 }), kind: fc.constantFrom("units", "units", "units", "blank", "blank", "plain"), unit })
      .map(({ n, d, kind, unit }): Amount => {
        if (kind === "blank") return new ScaledAmount(0, null, unit);
        if (kind === "units" && Number.isSafeInteger(Number(n))) return new ScaledAmount(Number(n), d, unit);
        return amount(new Decimal(n.toString()).div(new Decimal(10).pow(d)), d, unit);
      });
    let exact = 0;
    let notExact = 0;
    let onUnits = 0;
    fc.assert(
      fc.property(
        fc.array(cellAmount, { minLength: 1, maxLength: 8 }),
        fc.constantFrom("exact", "near", "blank"),
        fc.integer({ min: -3, max: 3 }),
        unit,
        fc.integer({ min: 0, max: 4 }),
        fc.boolean(),
        (children, kind, nudge, parentUnit, parentDecimals, parentUnits) => {
          const sum = sumIn(children, parentUnit);
          const value = kind === "exact" ? sum : sum.toDecimalPlaces(parentDecimals, Decimal.ROUND_HALF_UP).plus(new Decimal(nudge).div(new Decimal(10).pow(parentDecimals)));
          const decimals = Math.max(parentDecimals, value.decimalPlaces());
          // As a numeric cell is read: the integer count of 10^-decimals; a blank parent is the exact zero.
          const units = value.times(new Decimal(10).pow(decimals));
          const parent =
            kind === "blank" ? new ScaledAmount(0, null, parentUnit)
            : parentUnits && decimals <= 6 && units.abs().lt(Number.MAX_SAFE_INTEGER) ? new ScaledAmount(units.toNumber(), decimals, parentUnit)
            : amount(value, decimals, parentUnit);
          if (parent.units !== undefined && children.every((c) => c.units !== undefined)) onUnits++;
          const reference = checkSumDecimal(parent, children).status === "exact";
          expect(isExactSum(parent, children)).toBe(reference);
          if (reference) exact++;
          else notExact++;
        },
      ),
      { numRuns: 3000 },
    );
    expect(exact).toBeGreaterThan(300);
    expect(notExact).toBeGreaterThan(300);
    expect(onUnits).toBeGreaterThan(500); // the integer path itself, not only its fallback
  });
  it("the figures a message shows (expected, actual, difference, tolerance) are the decimal reference's, to the character", () => {
    let scaledOnes = 0;
    fc.assert(
      fc.property(fc.array(arbAmount, { minLength: 1, maxLength: 6 }), fc.integer({ min: -40, max: 40 }), unit, fc.integer({ min: 0, max: 4 }), (children, nudge, parentUnit, parentDecimals) => {
        const sum = sumIn(children, parentUnit);
        const value = sum.toDecimalPlaces(parentDecimals, Decimal.ROUND_HALF_UP).plus(new Decimal(nudge).div(new Decimal(10).pow(parentDecimals + 1)));
        const parent = amount(value.toDecimalPlaces(parentDecimals, Decimal.ROUND_HALF_UP), parentDecimals, parentUnit);
        const fast = checkSum(parent, children);
        if (fast.constructor.name !== "Object") scaledOnes++;
        expect(checkFigures(fast)).toEqual(checkFiguresDecimal(checkSumDecimal(parent, children)));
      }),
      { numRuns: 3000 },
    );
    expect(scaledOnes).toBeGreaterThan(500); // the integer formatting was exercised (negative sums go to the reference)
  });
  it("all three statuses occur in those cases (the property is not vacuous)", () => {
    const seen = new Set<string>();
    fc.assert(
      fc.property(fc.array(arbAmount, { minLength: 2, maxLength: 6 }), fc.integer({ min: -3, max: 3 }), (children, nudge) => {
        const sum = sumIn(children, "万元");
        seen.add(checkSum(amount(sum.toDecimalPlaces(2, Decimal.ROUND_HALF_UP).plus(new Decimal(nudge).div(100)), 2, "万元"), children).status);
      }),
      { numRuns: 500 },
    );
    expect([...seen].sort()).toEqual(["exact", "mismatch", "rounding"]);
  });
});

describe("checkShare's integer path agrees with the decimal reference", () => {
  it("same status and exact percentage on random parts, totals (元/万元) and stated shares near the truth", () => {
    const amountArb = fc
      .record({ n: fc.integer({ min: 0, max: 10 ** 9 }), d: fc.integer({ min: 0, max: 2 }), unit: fc.constantFrom<MoneyUnit>("元", "万元") })
      .map(({ n, d, unit }) => amount(new Decimal(n).div(new Decimal(10).pow(d)), d, unit));
    fc.assert(
      fc.property(amountArb, amountArb, fc.integer({ min: 0, max: 2 }), fc.integer({ min: -2, max: 2 }), (part, total, pd, nudge) => {
        if (total.value.isZero()) return;
        const truth = part.value.times(unitFactor(part.unit)).div(total.value.times(unitFactor(total.unit))).times(100);
        const stated = truth.toDecimalPlaces(pd, Decimal.ROUND_HALF_UP).plus(new Decimal(nudge).div(new Decimal(10).pow(pd)));
        const fast = checkShare(part, total, stated, pd);
        const slow = checkShareDecimal(part, total, stated, pd);
        expect(fast.status).toBe(slow.status);
        expect(fast.exactPercent.eq(slow.exactPercent)).toBe(true);
        expect(fast.allowed.lo.eq(slow.allowed.lo) && fast.allowed.hi.eq(slow.allowed.hi)).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });
});

describe("checkAtMost's integer path agrees with the decimal reference", () => {
  it("on random pairs in 元/万元 with 0–4 decimals or exact", () => {
    const arb = fc
      .record({ n: fc.integer({ min: -(10 ** 9), max: 10 ** 9 }), d: fc.option(fc.integer({ min: 0, max: 4 }), { nil: null }), unit: fc.constantFrom<MoneyUnit>("元", "万元") })
      .map(({ n, d, unit }) => amount(new Decimal(n).div(new Decimal(10).pow(d ?? 2)), d, unit));
    fc.assert(
      fc.property(arb, arb, fc.integer({ min: -3, max: 3 }), (a, b, nudge) => {
        const near = amount(b.value.times(unitFactor(b.unit)).div(unitFactor(a.unit)).plus(new Decimal(nudge).div(100)), a.decimals, a.unit);
        for (const x of [a, near]) expect(checkAtMost(x, b)).toEqual(checkAtMostDecimal(x, b));
      }),
      { numRuns: 3000 },
    );
  });
});

describe("checkTruncatedEqual's integer path agrees with the decimal reference", () => {
  it("on text amounts (0–4 decimals, 元/万元) against table amounts near, at and beyond one unit", () => {
    const arb = fc
      .record({ n: fc.integer({ min: 0, max: 10 ** 9 }), d: fc.option(fc.integer({ min: 0, max: 4 }), { nil: null }), unit: fc.constantFrom<MoneyUnit>("元", "万元") })
      .map(({ n, d, unit }) => amount(new Decimal(n).div(new Decimal(10).pow(d ?? 2)), d, unit));
    const outcomes = new Set<boolean>();
    fc.assert(
      fc.property(arb, fc.integer({ min: 0, max: 4 }), fc.constantFrom<MoneyUnit>("元", "万元"), fc.integer({ min: -3, max: 12 }), (table, d, unit, nudge) => {
        // The table value truncated to the text's decimals, then moved by a few units of them.
        const inText = table.value.times(unitFactor(table.unit)).div(unitFactor(unit));
        const text = amount(inText.toDecimalPlaces(d, Decimal.ROUND_DOWN).plus(new Decimal(nudge).div(new Decimal(10).pow(d + 1))).toDecimalPlaces(d, Decimal.ROUND_DOWN), d, unit);
        const fast = checkTruncatedEqual(text, table);
        expect(fast).toBe(checkTruncatedEqualDecimal(text, table));
        // Text amounts read by the narrative carry integer units: the same answer.
        const units = Number(text.value.times(new Decimal(10).pow(d)).toFixed(0));
        expect(checkTruncatedEqual(new ScaledAmount(units, d, unit), table)).toBe(fast);
        outcomes.add(fast);
      }),
      { numRuns: 3000 },
    );
    expect([...outcomes].sort()).toEqual([false, true]);
  });
  it("87.70万元 may truncate 877,080元; 87.71万元 may not", () => {
    expect(checkTruncatedEqual(amount("87.70", 2, "万元"), amount(877080, 0, "元"))).toBe(true);
    expect(checkTruncatedEqual(amount("87.71", 2, "万元"), amount(877080, 0, "元"))).toBe(false);
  });
});
