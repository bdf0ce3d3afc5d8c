import { describe, expect, it } from "vitest";
import { rule } from "../../src/core/rules/narrative-purchase-total";
import { findingsOf, grid } from "../support/grid";

const narr = (text: string) => grid("情况说明", [["第三部分 2024年度单位预算情况说明"], [text]]);

describe("narrative.purchase-total", () => {
  it("valid: the seed (1.08 = 1.08 + 0 + 0) and Shanghai (117.00 = 17.00 + 0 + 100.00)", () => {
    expect(findingsOf(rule, [narr("2024年阳城县信访局政府采购预算总额1.08万元。其中:政府采购货物预算1.08万元、政府采购工程预算0万元、政府采购服务预算0万元。")])).toEqual([]);
    expect(findingsOf(rule, [narr("2025年度本单位政府采购预算117.00万元，其中：政府采购货物预算17.00万元、政府采购工程预算0万元、政府采购服务预算100.00万元。")])).toEqual([]);
  });
  it("invalid: the parts do not add up to the total", () => {
    const f = findingsOf(rule, [narr("2024年政府采购预算总额18.68万元。其中:政府采购货物预算1.08万元、政府采购工程预算0万元、政府采购服务预算0万元。")]);
    expect(f.map((x) => [x.cell, x.severity, x.message])).toEqual([["A2", "error", "情况说明的政府采购预算总额 18.68万元 不等于货物、工程、服务之和 1.08万元"]]);
  });
});
