/** Reading numbers the way real workbooks store them. */
import { describe, expect, it } from "vitest";
import { convert, amount, formatDecimals, isZeroAmount, numberCellAmount, numberCellValue, parseNumberText, ScaledAmount } from "../../src/core/money";

describe("parseNumberText", () => {
  const cases: [string, string | null, number?, string?][] = [
    ["263.64", "263.64", 2],
    ["1,272,159.65", "1272159.65", 2],
    ["２６３．６４", "263.64", 2],
    ["(12.00)", "-12", 2],
    ["-5", "-5", 0],
    ["263.64万元", "263.64", 2, "万元"],
    ["￥1,000", "1000", 0],
    ["-", "0", 0],
    ["  18.89 ", "18.89", 2],
    ["合计", null],
    ["12.3.4", null],
    ["1,23", null],
  ];
  for (const [text, value, decimals, unit] of cases) {
    it(`${text} → ${value}`, () => {
      const p = parseNumberText(text);
      if (value === null) return expect(p).toBeNull();
      expect(p!.value.toString()).toBe(value);
      expect(p!.decimals).toBe(decimals);
      expect(p!.unit).toBe(unit);
    });
  }
});

describe("number formats and cells", () => {
  it("decimals shown by a format", () => {
    expect(formatDecimals("0.00")).toBe(2);
    expect(formatDecimals("#,##0.00;[Red]-#,##0.00")).toBe(2);
    expect(formatDecimals("#,##0")).toBe(0);
    expect(formatDecimals("General")).toBeNull();
  });
  it("a numeric cell is rounded to what it displays, half-up, without binary noise", () => {
    expect(numberCellValue(0.1 + 0.2, "0.00").value.toString()).toBe("0.3");
    expect(numberCellValue(2.675, "0.00").value.toString()).toBe("2.68");
    expect(numberCellValue(18.89, "General")).toMatchObject({ decimals: 2 });
  });
  it("convert keeps the displayed precision: 2 dp of 元 is 6 dp of 万元", () => {
    const c = convert(amount("873617.00", 2, "元"), "万元");
    expect(c.value.toString()).toBe("87.3617");
    expect(c.decimals).toBe(6);
  });
  it("convert gives exactly value × from ÷ to, both ways, on random amounts of up to 15 digits", async () => {
    const fc = (await import("fast-check")).default;
    const Decimal = (await import("decimal.js")).default;
    const factor = { 元: new Decimal(1), 万元: new Decimal(10000) } as const;
    fc.assert(
      fc.property(
        fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }),
        fc.integer({ min: 0, max: 6 }),
        fc.constantFrom("元" as const, "万元" as const),
        (units, d, from) => {
          const to = from === "元" ? "万元" : "元";
          const a = amount(new Decimal(units.toString()).div(new Decimal(10).pow(d)), d, from);
          const c = convert(a, to);
          expect(c.value.eq(a.value.times(factor[from]).div(factor[to]))).toBe(true);
          expect(c.decimals).toBe(d + (from === "元" ? 4 : -4));
          expect(c.unit).toBe(to);
          expect(convert(c, from).value.eq(a.value)).toBe(true);
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe("numberCellValue's integer units agree with its decimal value", () => {
  it("on random cell numbers and formats (fast path or none, never a different answer)", async () => {
    const fc = (await import("fast-check")).default;
    const Decimal = (await import("decimal.js")).default;
    fc.assert(
      fc.property(fc.double({ min: -1e10, max: 1e10, noNaN: true }), fc.integer({ min: 0, max: 4 }), (raw, d) => {
        const fmt = d === 0 ? "0" : `0.${"0".repeat(d)}`;
        const { value, units } = numberCellValue(raw, fmt);
        if (units !== undefined) expect(new Decimal(units).div(new Decimal(10).pow(d)).eq(value)).toBe(true);
      }),
      { numRuns: 5000 },
    );
    expect(numberCellValue(2.675, "0.00").units).toBeUndefined(); // a tie in decimal, not in binary: left to decimal.js
    expect(numberCellValue(263.64, "0.00").units).toBe(26364);
  });
});

describe("numberCellAmount (what recognition reads) equals numberCellValue (the Decimal reference)", () => {
  it("same value and decimals on random numbers, fixed formats and General", async () => {
    const fc = (await import("fast-check")).default;
    const cellNumber = fc.oneof(
      fc.double({ min: -1e12, max: 1e12, noNaN: true }),
      fc.integer({ min: -1e9, max: 1e9 }).map((n) => n / 100),
      fc.integer({ min: -1e9, max: 1e9 }).map((n) => n / 1000 + 0.0005),
    );
    const format = fc.constantFrom("General", "0", "0.00", "#,##0.00", "0.0000", "#,##0.000000", undefined);
    fc.assert(
      fc.property(cellNumber, format, (raw, fmt) => {
        const reference = numberCellValue(raw, fmt);
        const a = numberCellAmount(raw, fmt, "万元");
        expect(a.decimals).toBe(reference.decimals);
        expect(a.value.eq(reference.value)).toBe(true);
        if (a.units !== undefined) expect(a.units === 0 ? isZeroAmount(a) : !isZeroAmount(a)).toBe(true);
      }),
      { numRuns: 5000 },
    );
    const seed = numberCellAmount(263.64, "0.00", "万元");
    expect(seed).toBeInstanceOf(ScaledAmount);
    expect(seed.units).toBe(26364);
    expect(numberCellAmount(18.89, "General", "万元")).toMatchObject({ units: 1889, decimals: 2 });
    expect(numberCellAmount(2.675, "0.00", "万元").value.toString()).toBe("2.68"); // tie: the Decimal path
  });
});
