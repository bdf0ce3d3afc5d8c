import { describe, expect, it } from "vitest";
import { rule } from "../../src/core/rules/plausibility-perf-funds";
import { findingsOf, grid } from "../support/grid";

const perf = (period: number, annual: number) => grid("绩效3", [
  ["阳城县县(区)级预算部门(单位)项目支出绩效目标表"],
  ["项目名称", null, "处理突出信访问题、信访维稳、驻京省市值班等工作经费"],
  ["项目属性", null, "一次性项目(1年结束)", "项目期", "1年"],
  ["项目资金(元)", "实施期资金总额:", period, "年度资金总额:", annual],
]);

describe("plausibility.perf-funds", () => {
  it("valid: one-year project with equal amounts", () => expect(findingsOf(rule, [perf(1000000, 1000000)])).toEqual([]));
  it("invalid: the seed's 1,100,000 vs 1,000,000", () => {
    const f = findingsOf(rule, [perf(1100000, 1000000)]);
    expect(f.map((x) => [x.sheet, x.cell, x.severity])).toEqual([["绩效3", "C4", "warning"]]);
  });
});
