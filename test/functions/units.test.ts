import { beforeAll, describe, expect, it } from "vitest";
import { text, wan, yuan } from "../../src/functions/functions";
import { installCustomFunctionsStub, thrownError } from "./custom-functions-stub";

beforeAll(installCustomFunctionsStub);

describe("BUDGET.WAN", () => {
  it("converts 元 to 万元, rounding half-up", () => {
    expect(wan(1272159.65)).toBe(127.22);
    expect(wan(64980)).toBe(6.5);
    expect(wan(64980, 4)).toBe(6.498);
    expect(wan(15, 3)).toBe(0.002); // 0.0015 → 0.002
    expect(wan(-15, 3)).toBe(-0.002);
    expect(wan(49, 2)).toBe(0);
  });

  it("reads text numbers and empty cells", () => {
    expect(wan("1,272,159.65")).toBe(127.22);
    expect(wan("１２７２１５９.６５元")).toBe(127.22);
    expect(wan(null)).toBe(0);
  });

  it("rejects a value already in 万元 and bad digits", () => {
    expect(thrownError(() => wan("127.22万元")).message).toContain("不一致");
    expect(thrownError(() => wan(1, 11)).code).toBe("#NUM!");
  });

  it("handles huge values", () => {
    expect(wan(1e15)).toBe(1e11);
  });
});

describe("BUDGET.YUAN", () => {
  it("converts 万元 to 元 exactly", () => {
    expect(yuan(263.64)).toBe(2636400);
    expect(yuan(0.01)).toBe(100);
    expect(yuan(127.2215965)).toBe(1272215.965);
    expect(yuan("-1.5")).toBe(-15000);
    expect(yuan(1e15)).toBe(1e19);
    expect(yuan("")).toBe(0);
  });

  it("rejects a value written in 元", () => {
    expect(thrownError(() => yuan("100元")).code).toBe("#VALUE!");
  });
});

describe("BUDGET.TEXT", () => {
  it("writes amounts the way the narrative does", () => {
    expect(text(263.64)).toBe("263.64万元");
    expect(text(127.2)).toBe("127.20万元");
    expect(text(0)).toBe("0.00万元");
    expect(text(64980, "元")).toBe("64980元");
    expect(text(1272159.65, "元")).toBe("1272159.65元");
    expect(text(-3.456)).toBe("-3.46万元");
    expect(text("２６３.６４", "万元")).toBe("263.64万元");
    expect(text(1e15, "元")).toBe("1000000000000000元");
  });

  it("rejects an unknown unit", () => {
    expect(thrownError(() => text(1, "美元")).message).toBe("单位“美元”无效：只能是“元”或“万元”");
  });
});
