import { describe, expect, it } from "vitest";
import { rule } from "../../src/core/rules/cross-t02-t03";
import { coded, findingsOf, grid, income } from "../support/grid";

const t02 = (v: number, carry: number | null = null) => grid("表二", income([["201", "一般公共服务支出", v, v, null, carry]]));
const t03 = grid("表三", coded("2024年预算支出总表", [["201", "一般公共服务支出", 100, 60, 40]]));

describe("cross.t02-t03", () => {
  it("valid: same 合计 for the same code", () => {
    expect(findingsOf(rule, [t02(100), t03])).toEqual([]);
  });
  it("valid: with 上年结转 the tables may differ", () => {
    expect(findingsOf(rule, [t02(90, 10), t03])).toEqual([]);
  });
  it("invalid: different 合计 for 201 without carry-over", () => {
    const f = findingsOf(rule, [t02(90), t03]);
    expect(f.map((x) => [x.sheet, x.cell, x.severity])).toEqual([["表三", "C4", "error"]]);
  });
});
