import { describe, expect, it } from "vitest";
import { rule } from "../../src/core/rules/total-three-public";
import { findingsOf, grid, type Cell } from "../support/grid";

const t10 = (v: Cell[]) => [grid("表十", [
  ["2024年财政拨款安排“三公”经费支出预算表"],
  ["单位名称：测试单位", null, "单位：万元"],
  ["项目", "2024年预算数"],
  [null, "合计", "一般公共预算"],
  ["因公出国（境）费", v[0], v[0]],
  ["公务接待费", v[1], v[1]],
  ["公务用车购置及运行费", v[2], v[2]],
  ["①公务用车购置费", v[3], v[3]],
  ["②公务用车运行维护费", v[4], v[4]],
  ["合计", v[5], v[5]],
])];

describe("total.three-public", () => {
  it("valid: 合计 = 出国 + 接待 + 公务用车, 公务用车 = 购置 + 运行", () => {
    expect(findingsOf(rule, t10([1, 2, 3, 1, 2, 6]))).toEqual([]);
  });
  it("invalid: 公务用车 ≠ 购置 + 运行 and 合计 wrong", () => {
    const f = findingsOf(rule, t10([1, 2, 3, 1, 1, 7]));
    expect(f.map((x) => [x.cell, x.severity])).toEqual([["B10", "error"], ["B7", "error"]]);
  });
});
