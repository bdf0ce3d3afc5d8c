import { describe, expect, it } from "vitest";
import { rule } from "../../src/core/rules/cross-t11-t06";
import { findingsOf, grid } from "../support/grid";

const t06 = grid("表六", [
  ["2024年一般公共预算安排基本支出分经济科目表"], ["单位：万元"],
  ["部门预算支出经济科目名称", "政府预算支出经济科目名称", "合计", "人员经费", "公用经费"],
  ["合计", null, 136.42, 122.3, 14.12],
]);
const t11 = (v: number) => grid("表十一", [
  ["2024年财政拨款安排机关运行经费预算表"], ["单位：万元"],
  ["单位名称", "合计", "一般公共预算"],
  ["部门合计", v, v],
]);

describe("cross.t11-t06", () => {
  it("valid: 机关运行经费 = 公用经费", () => expect(findingsOf(rule, [t06, t11(14.12)])).toEqual([]));
  it("invalid (unit type unknown): a mismatch is a warning", () => {
    const f = findingsOf(rule, [t06, t11(6.5)]);
    expect(f.map((x) => [x.sheet, x.cell, x.severity])).toEqual([["表十一", "B4", "warning"]]);
  });
  it("invalid (行政单位): a mismatch is an error", () => {
    const f = findingsOf(rule, [t06, t11(6.5)], { unitType: "administrative" });
    expect(f[0].severity).toBe("error");
  });
  it("valid (含事业单位的部门): less than 公用经费 is legitimate", () => {
    expect(findingsOf(rule, [t06, t11(6.5)], { unitType: "mixedDepartment" })).toEqual([]);
  });
});
