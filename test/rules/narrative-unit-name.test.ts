import { describe, expect, it } from "vitest";
import { rule } from "../../src/core/rules/narrative-unit-name";
import { coded, findingsOf, grid } from "../support/grid";

const t03 = grid("表三", coded("2024年预算支出总表", [["201", "一般公共服务支出", 1, 1, null]]).map((r, i) => (i === 1 ? ["单位名称：阳城县信访局", null, null, "单位：万元"] : r)));
const narr = (text: string) => grid("情况说明", [["第三部分 2024年度单位预算情况说明"], [text], ["2024年我单位机关运行经费64980元，2023年为58140元，增加原因是人员变动，导致交通费增加。"]]);

describe("narrative.unit-name", () => {
  it("valid: the seed's sentences name 阳城县信访局 or 我单位", () => {
    expect(findingsOf(rule, [t03, narr("2024年度阳城县信访局预算收入263.64万元，主要包括一般公共预算拨款收入263.64万元，占100.00%。")])).toEqual([]);
  });
  it("invalid: another unit's name left in the text", () => {
    const f = findingsOf(rule, [t03, narr("2024年度阳城县信访办预算收入263.64万元，主要包括一般公共预算拨款收入263.64万元，占100.00%。")]);
    expect(f.map((x) => [x.sheet, x.cell, x.severity, x.actual])).toEqual([["情况说明", "A2", "warning", "阳城县信访办"]]);
  });
});
