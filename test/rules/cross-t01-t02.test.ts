import { describe, expect, it } from "vitest";
import { rule } from "../../src/core/rules/cross-t01-t02";
import { findingsOf, grid, income, twoSided } from "../support/grid";

const t01 = (gpb: number) => grid("表一", twoSided("2024年预算收支总表", [
  ["一、一般公共预算", gpb, "一、一般公共服务支出", 100, 100, null],
  ["本年收入合计", gpb, "本年支出合计", 100, 100, null],
  ["收入总计", gpb, "支出总计", 100, 100, null],
]));
const t02 = grid("表二", income([["合计", null, 100, 100, null, null], ["201", "一般公共服务支出", 100, 100, null, null]]));

describe("cross.t01-t02", () => {
  it("valid: 收入总计 and 一般公共预算 agree with T02", () => {
    expect(findingsOf(rule, [t01(100), t02])).toEqual([]);
  });
  it("invalid: T01 一般公共预算 differs from T02's column total", () => {
    const f = findingsOf(rule, [t01(110), t02]);
    expect(f.map((x) => [x.sheet, x.cell, x.severity])).toEqual([["表一", "B7", "error"], ["表一", "B5", "error"]]);
  });
});
