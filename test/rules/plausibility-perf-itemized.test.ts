import { describe, expect, it } from "vitest";
import { rule } from "../../src/core/rules/plausibility-perf-itemized";
import { findingsOf, grid } from "../support/grid";

const perf = (plan: string) => grid("绩效4", [
  ["阳城县县(区)级预算部门(单位)项目支出绩效目标表"],
  ["项目名称", null, "小高炉信访人救助资金"],
  ["项目资金(元)", "实施期资金总额:", 225000, "年度资金总额:", 225000],
  ["项目实施计划", null, plan],
]);

describe("plausibility.perf-itemized", () => {
  it("valid: the listed amounts add up to 年度资金总额", () => {
    expect(findingsOf(rule, [perf("具体补助情况:刘补练37500元、卫里恒37500元、魏红胜37500元、冯春红37500元、程合兵37500元、杨进胜37500元")])).toEqual([]);
  });
  it("valid: a single amount or a plain sentence is not an itemized list", () => {
    expect(findingsOf(rule, [perf("2023年12月本单位10名人员的养老保险缴费共计18959.65元，预计在2024年3月份完成。")])).toEqual([]);
  });
  it("invalid: the seed's 6 × 27,500元 = 165,000元 against 225,000元", () => {
    const f = findingsOf(rule, [perf("从信访问题的突发性考虑。具体补助情况:刘补练27500元、卫里恒27500元、魏红胜27500元、冯春红27500元、程合兵27500元、杨进胜27500元")]);
    expect(f.map((x) => [x.sheet, x.cell, x.severity])).toEqual([["绩效4", "C4", "warning"]]);
    expect(f[0].message).toBe("项目“小高炉信访人救助资金”逐项列出 6 笔共 165,000元，与年度资金总额 225,000元 不一致");
  });
});
