import { describe, expect, it } from "vitest";
import { rule } from "../../src/core/rules/total-columns";
import { coded, findingsOf, grid, income } from "../support/grid";

describe("total.columns", () => {
  it("valid: 合计 = 基本支出 + 项目支出 on every row", () => {
    const f = findingsOf(rule, [grid("s", coded("2024年预算支出总表", [["201", "一般公共服务支出", 228.36, 101.14, 127.22]]))]);
    expect(f).toEqual([]);
  });
  it("invalid: 合计 ≠ 基本 + 项目 beyond rounding is an error at the 合计 cell", () => {
    const f = findingsOf(rule, [grid("s", coded("2024年预算支出总表", [["201", "一般公共服务支出", 228.36, 101.14, 127.02]]))]);
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ severity: "error", cell: "C4", expected: "228.16", actual: "228.36" });
  });
  it("valid: T02 合计 = Σ funding columns; 上年结转 outside 本年收入 is not added", () => {
    const f = findingsOf(rule, [grid("s", income([["201", "一般公共服务支出", 100, 90, 10, 5]]))]);
    expect(f).toEqual([]);
  });
  it("invalid: T02 合计 ≠ Σ funding columns", () => {
    const f = findingsOf(rule, [grid("s", income([["201", "一般公共服务支出", 100, 80, 10, null]]))]);
    expect(f.map((x) => [x.cell, x.severity])).toEqual([["C4", "error"]]);
  });
});
