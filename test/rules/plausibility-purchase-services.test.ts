import { describe, expect, it } from "vitest";
import { rule } from "../../src/core/rules/plausibility-purchase-services";
import { findingsOf, grid } from "../support/grid";

const t14 = grid("表十四", [
  ["政府购买服务支出预算表（表十四）"], ["单位：元"],
  ["序号", "单位", "项目", "是否包含政府采购", "政府购买服务内容", "购买数量", "购买金额", "资金来源"],
  ["1", "阳城县信访局", null, null, "安检员费用", null, 110000, "年初预算"],
  ["2", "阳城县信访局", null, null, "心理咨询师费用", null, 66000, "年初预算"],
]);
const narr = (service: string) => grid("情况说明", [
  ["第三部分 2024年度单位预算情况说明"],
  [`2024年阳城县信访局政府采购预算总额1.08万元。其中:政府采购货物预算1.08万元、政府采购工程预算0万元、政府采购服务预算${service}。`],
  ["2024年度阳城县信访局支出预算263.64万元，其中：基本支出136.42万元，占51.74%。"],
]);

describe("plausibility.purchase-services", () => {
  it("valid: 政府采购服务 covers the services bought", () => expect(findingsOf(rule, [t14, narr("17.60万元")])).toEqual([]));
  it("invalid: the seed's 176,000元 of services against 政府采购服务预算 0万元", () => {
    const f = findingsOf(rule, [t14, narr("0万元")]);
    expect(f.map((x) => [x.sheet, x.cell, x.severity])).toEqual([["情况说明", "A2", "warning"]]);
    expect(f[0].message).toContain("176,000.00元");
  });
});
