import { describe, expect, it } from "vitest";
import { rule } from "../../src/core/rules/cross-t05-t06";
import { coded, findingsOf, grid } from "../support/grid";

const t05 = grid("表五", coded("2024年一般公共预算支出预算表", [["合计", null, 100, 60, 40], ["201", "一般公共服务支出", 100, 60, 40]]));
const t06 = (v: number) => grid("表六", [
  ["2024年一般公共预算安排基本支出分经济科目表"], ["单位：万元"],
  ["部门预算支出经济科目名称", "政府预算支出经济科目名称", "合计", "人员经费", "公用经费"],
  ["合计", null, v, v, null],
]);

describe("cross.t05-t06", () => {
  it("valid: T06 合计 = T05 基本支出", () => expect(findingsOf(rule, [t05, t06(60)])).toEqual([]));
  it("invalid: T06 合计 ≠ T05 基本支出", () => {
    const f = findingsOf(rule, [t05, t06(61)]);
    expect(f.map((x) => [x.sheet, x.cell, x.severity])).toEqual([["表六", "C4", "error"]]);
  });
});
