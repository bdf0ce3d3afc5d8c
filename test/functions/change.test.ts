import { beforeAll, describe, expect, it } from "vitest";
import { change } from "../../src/functions/functions";
import { installCustomFunctionsStub, thrownError } from "./custom-functions-stub";

beforeAll(installCustomFunctionsStub);

describe("BUDGET.CHANGE", () => {
  it("writes the seed's 机关运行经费 sentence: Δ ÷ previous year", () => {
    expect(change(64980, 58140, "元")).toBe("增加6840元，增长11.76%");
    expect(change(58140, 64980, "元")).toBe("减少6840元，下降10.53%");
  });

  it("uses 万元 with 2 decimals by default", () => {
    expect(change(263.64, 250)).toBe("增加13.64万元，增长5.46%");
    expect(change(250, 263.64, "万元")).toBe("减少13.64万元，下降5.17%");
    expect(change(127.2, 100)).toBe("增加27.20万元，增长27.20%");
  });

  it("says 持平 when nothing changed (as displayed)", () => {
    expect(change(263.64, 263.64)).toBe("持平");
    expect(change(null, "")).toBe("持平");
    expect(change(263.641, 263.644)).toBe("持平");
  });

  it("gives only the amount when there was nothing last year", () => {
    expect(change(263.64, 0)).toBe("增加263.64万元");
    expect(change(263.64, null)).toBe("增加263.64万元");
    expect(change(-5, 0, "元")).toBe("减少5元");
  });

  it("writes 元 amounts with cents only when there are cents", () => {
    expect(change(1272159.65, 1200000, "元")).toBe("增加72159.65元，增长6.01%");
  });

  it("reads text numbers and full-width digits", () => {
    expect(change("６４,９８０", "58,140元", "元")).toBe("增加6840元，增长11.76%");
  });

  it("measures the rate against the size of a negative previous year", () => {
    expect(change(-50, -100, "元")).toBe("增加50元，增长50.00%");
  });

  it("handles huge values", () => {
    expect(change(2e15, 1e15, "元")).toBe("增加1000000000000000元，增长100.00%");
  });

  it("rejects unknown units, non-numbers and disagreeing units", () => {
    expect(thrownError(() => change(1, 2, "亿元")).message).toBe("单位“亿元”无效：只能是“元”或“万元”");
    expect(thrownError(() => change("多", 2)).message).toBe("本年数“多”不是数字");
    expect(thrownError(() => change("5万元", 2, "元")).message).toContain("不一致");
    expect(thrownError(() => change({ code: "#N/A" }, 2)).code).toBe("#N/A");
  });
});
