import { describe, expect, it } from "vitest";
import { rule } from "../../src/core/rules/cross-three-public-items";
import { findingsOf, grid } from "../support/grid";

const t06 = (reception: number) => grid("表六", [
  ["2025年部门一般公共预算基本支出部门预算经济分类预算表"], ["编制部门：测试 单位：元"],
  ["部门预算经济分类科目编码", null, "经济分类科目名称", "合计", "人员经费", "公用经费"],
  ["类", "款", null, null, null, null],
  ["302", null, "商品和服务支出", reception, null, reception],
  ["302", "17", "公务接待费", reception, null, reception],
]);
const t10 = grid("三公", [
  ["2025年部门“三公”经费和机关运行经费预算表"], ["编制部门：测试 单位:万元"],
  ["“三公”经费预算数", null, null, null, null, null, "机关运行经费预算数"],
  ["合计", "因公出国(境)费", "公务接待费", "公务用车购置及运行费", null, null, null],
  [null, null, null, "小计", "购置费", "运行费", null],
  [0.95, null, 0.95, null, null, null, 229.43],
], [{ top: 2, left: 0, bottom: 2, right: 5 }, { top: 3, left: 3, bottom: 3, right: 5 }]);

describe("cross.three-public-items", () => {
  it("valid: 30217 公务接待费 9,500元 ≤ 三公 接待 0.95万元", () => {
    expect(findingsOf(rule, [t06(9500), t10])).toEqual([]);
  });
  it("invalid: 30217 exceeds the 三公 接待 amount", () => {
    const f = findingsOf(rule, [t06(12000), t10]);
    expect(f.map((x) => [x.sheet, x.cell, x.severity])).toEqual([["表六", "D6", "error"]]);
  });
});
