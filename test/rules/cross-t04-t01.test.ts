import { describe, expect, it } from "vitest";
import { rule } from "../../src/core/rules/cross-t04-t01";
import { findingsOf, grid, twoSided, type Cell } from "../support/grid";

const t01 = (business: number | null) => grid("表一", twoSided("2024年预算收支总表", [
  ["一、一般公共预算", 100, "一、一般公共服务支出", 100 + (business ?? 0), 100, null],
  ["二、事业收入", business, null, null, null, null],
  ["收入总计", 100 + (business ?? 0), "支出总计", 100 + (business ?? 0), 100, null],
] as Cell[][]));
const t04 = (v: number) => grid("表四", twoSided("2024年财政拨款收支总表", [
  ["一、一般公共预算", v, "一、一般公共服务支出", v, v, null],
  ["收入总计", v, "支出总计", v, v, null],
]));

describe("cross.t04-t01", () => {
  it("valid: a unit with 事业收入 legitimately has T04 < T01", () => {
    expect(findingsOf(rule, [t01(20), t04(100)])).toEqual([]);
  });
  it("invalid: all money is 财政拨款 but the totals differ", () => {
    const f = findingsOf(rule, [t01(null), t04(90)]);
    expect(f.map((x) => [x.sheet, x.cell, x.severity])).toEqual([["表四", "B6", "error"]]);
  });
  it("invalid: T04 exceeds T01", () => {
    const f = findingsOf(rule, [t01(20), t04(130)]);
    expect(f[0].message).toContain("超过了收支总表收入总计");
  });
});
