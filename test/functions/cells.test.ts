import Decimal from "decimal.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cellError, decimalOfNumber, plainCell, readInteger, readNumber } from "../../src/functions/logic/cells";
import { FunctionError } from "../../src/functions/logic/errors";

describe("decimalOfNumber", () => {
  it("reads a double as the 15-significant-digit decimal Excel shows", () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (x) => {
        expect(decimalOfNumber(x).eq(new Decimal(x.toPrecision(15)))).toBe(true);
      }),
      { numRuns: 20000 },
    );
    // Sums of 2-decimal amounts, as =SUM() leaves them: binary noise Excel does not show.
    const sums = fc
      .array(fc.integer({ min: -1e11, max: 1e11 }), { minLength: 2, maxLength: 8 })
      .map((cents) => cents.reduce((s, c) => s + c / 100, 0));
    fc.assert(
      fc.property(sums, (x) => {
        expect(decimalOfNumber(x).eq(new Decimal(x.toPrecision(15)))).toBe(true);
      }),
      { numRuns: 20000 },
    );
    // Around powers of ten, where the 15-digit grid changes.
    for (let k = -5; k <= 15; k++) {
      for (let j = -64; j <= 64; j++) {
        const x = 10 ** k + j * Number.EPSILON * 10 ** k;
        expect(decimalOfNumber(x).eq(new Decimal(x.toPrecision(15))), String(x)).toBe(true);
      }
    }
    expect(decimalOfNumber(0.1 + 0.2).toString()).toBe("0.3");
    expect(decimalOfNumber(228.36 + 35.28).toString()).toBe("263.64");
    expect(decimalOfNumber(1234567890123456).toString()).toBe("1234567890123460");
    expect(decimalOfNumber(228.36).toString()).toBe("228.36");
  });

  it("refuses infinities", () => {
    expect(() => decimalOfNumber(Infinity)).toThrow(FunctionError);
  });
});

describe("cell values", () => {
  it("unwraps rich cell values and recognises error values", () => {
    expect(plainCell({ type: "Double", basicValue: 5 })).toBe(5);
    expect(readNumber({ type: "FormattedNumber", basicValue: 12.5, numberFormat: "0.00" }, "x")?.value.toNumber()).toBe(12.5);
    expect(cellError({ type: "Error", basicValue: "#N/A", errorType: "NotAvailable" })?.code).toBe("#N/A");
    expect(cellError({ code: "#NAME?" })?.code).toBe("#VALUE!");
    expect(cellError(new Error("x"))?.code).toBe("#VALUE!");
    expect(cellError(5)).toBeNull();
  });

  it("reads numbers as text in every form parseNumberText accepts", () => {
    const read = (v: unknown) => readNumber(v, "x")?.value.toString();
    expect(read("1,234.50")).toBe("1234.5");
    expect(read("１２３４.５")).toBe("1234.5");
    expect(read("(12.00)")).toBe("-12");
    expect(read("￥12")).toBe("12");
    expect(read("—")).toBe("0");
    expect(read("  ")).toBeUndefined();
    expect(readNumber("12万元", "x")?.unit).toBe("万元");
  });

  it("reads integer options with defaults and bounds", () => {
    expect(readInteger(undefined, "位数", 2, 0, 6)).toBe(2);
    expect(readInteger(null, "位数", 2, 0, 6)).toBe(2);
    expect(readInteger("3", "位数", 2, 0, 6)).toBe(3);
    expect(readInteger(-0.5, "位数", 2, 0, 6)).toBe(0);
    expect(() => readInteger(7, "位数", 2, 0, 6)).toThrow("位数应在 0 到 6 之间");
  });
});
