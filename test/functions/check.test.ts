import { beforeAll, describe, expect, it } from "vitest";
import { check } from "../../src/functions/functions";
import { installCustomFunctionsStub, thrownError } from "./custom-functions-stub";

beforeAll(installCustomFunctionsStub);

describe("BUDGET.CHECK", () => {
  it("accepts the seed's rounding differences as 尾差", () => {
    // T01 类 rows sum to 263.63 against a 合计 of 263.64
    expect(check(263.64, [[228.36], [19.09], [5.43], [10.75]])).toBe("尾差0.01");
    // 20805 = 12.60 + 6.30 = 18.90 shown as 18.89
    expect(check(18.89, [[12.6], [6.3]])).toBe("尾差-0.01");
    // T06 人员经费 items 122.29 vs 122.30
    expect(check(122.3, [[100], [22.29]])).toBe("尾差0.01");
  });

  it("says 一致 when the sum is exact", () => {
    expect(check(263.64, [[228.36], [19.09], [5.43], [10.76]])).toBe("一致");
    expect(check(0, [[null], [""]])).toBe("一致");
  });

  it("reports a real difference as 差 (parent − Σ children)", () => {
    expect(check(264.64, [[228.36], [19.09], [5.43], [10.76]])).toBe("差1.00");
    expect(check(136.42, [[100]])).toBe("差36.42");
    expect(check(100, [[136.42]])).toBe("差-36.42");
  });

  it("widens the tolerance with the number of items (0.005 × (n + 1))", () => {
    const ten = Array.from({ length: 10 }, () => [1]);
    expect(check(10.05, ten)).toBe("尾差0.05");
    expect(check(10.06, ten)).toBe("差0.06");
    expect(check(10.02, [[5], [5]])).toBe("差0.02");
    expect(check(10.01, [[5], [5]])).toBe("尾差0.01");
  });

  it("takes the displayed decimals as an argument", () => {
    expect(check(264, [[228], [19], [5], [11]], 0)).toBe("尾差1");
    expect(check(266, [[228], [19], [5], [11]], 0)).toBe("差3");
    expect(check(1.002, [[1.001]], 3)).toBe("尾差0.001"); // intervals touch: inclusive
    expect(check(1.003, [[1.001]], 3)).toBe("差0.002");
    expect(thrownError(() => check(1, [[1]], 7)).code).toBe("#NUM!");
  });

  it("counts empty cells as exact zeros and reads text numbers", () => {
    expect(check("２６３.６４", [["228.36"], [null], ["19.09"], ["5.43"], ["10.76"]])).toBe("一致");
  });

  it("handles huge values and negatives", () => {
    expect(check(3e15, [[1e15], [2e15]])).toBe("一致");
    expect(check(-5, [[-2], [-3]])).toBe("一致");
    expect(check("(5.00)", [[-2], [-3.01]])).toBe("尾差0.01");
  });

  it("rejects text that is not a number and passes errors on", () => {
    expect(thrownError(() => check(10, [["小计"]])).message).toBe("明细数“小计”不是数字");
    expect(thrownError(() => check({ code: "#DIV/0!" }, [[1]])).code).toBe("#DIV/0!");
  });
});
