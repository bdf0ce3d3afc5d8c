import { describe, expect, it } from "vitest";
import { rule } from "../../src/core/rules/narrative-count";
import { findingsOf, grid } from "../support/grid";

const perf = (i: number) => grid(`绩效${i}`, [["项目支出绩效目标表"], ["项目名称", null, `项目${i}`], ["项目资金(元)", "实施期资金总额:", 100, "年度资金总额:", 100]]);
const narr = (n: number) => grid("情况说明", [
  ["第三部分 2024年度单位预算情况说明"],
  [`2024年阳城县信访局纳入绩效目标管理的二级项目${n}个，共计金额127.22万元。公开项目绩效目标${n}个，涉及项目金额127.22万元。`],
]);

describe("narrative.count", () => {
  it("valid: 5 projects, 5 PERF sheets", () => {
    expect(findingsOf(rule, [narr(5), ...[1, 2, 3, 4, 5].map(perf)])).toEqual([]);
  });
  it("invalid: the text says 6 where the workbook has 5 sheets", () => {
    const f = findingsOf(rule, [narr(6), ...[1, 2, 3, 4, 5].map(perf)]);
    expect(f.map((x) => x.message)).toEqual([
      "情况说明写“纳入绩效目标管理的二级项目6个”，工作簿中有 5 张项目支出绩效目标表",
      "情况说明写“公开项目绩效目标6个”，工作簿中有 5 张项目支出绩效目标表",
    ]);
  });
  it("valid: no PERF sheets in the workbook → nothing to compare", () => {
    expect(findingsOf(rule, [narr(6)])).toEqual([]);
  });
});
