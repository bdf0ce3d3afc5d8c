import { describe, expect, it } from "vitest";
import { rule } from "../../src/core/rules/cross-project-spending";
import { coded, findingsOf, grid } from "../support/grid";

const t03 = grid("表三", coded("2024年预算支出总表", [["合计", null, 100, 60, 40], ["201", "一般公共服务支出", 100, 60, 40]]));
const t12 = (v: number) => grid("表十二", [
  ["2024年项目支出预算表（本年预算）"], ["单位：万元"],
  ["项目名称", "合计", "一般公共预算"],
  ["合计", v, v],
  ["信访维稳工作经费", v, v],
]);
const perf = (yuan: number) => grid("绩效1", [
  ["项目支出绩效目标表"],
  ["项目名称", null, "信访维稳工作经费"],
  ["项目属性", null, "一次性项目(1年结束)"],
  ["项目资金(元)", "实施期资金总额:", yuan, "年度资金总额:", yuan],
]);

describe("cross.project-spending", () => {
  it("valid: T03 项目支出 = T12 合计; PERF project listed with the same amount (元 vs 万元)", () => {
    expect(findingsOf(rule, [t03, t12(40), perf(400000)])).toEqual([]);
  });
  it("invalid: T12 total differs from T03 项目支出 and from the PERF amount", () => {
    const f = findingsOf(rule, [t03, t12(30), perf(400000)]);
    expect(f.map((x) => [x.sheet, x.cell, x.severity])).toEqual([["表三", "E4", "error"], ["表十二", "B5", "error"]]);
  });
});
