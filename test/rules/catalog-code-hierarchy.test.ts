import { describe, expect, it } from "vitest";
import { rule } from "../../src/core/rules/catalog-code-hierarchy";
import { coded, findingsOf, grid } from "../support/grid";

describe("catalog.code-hierarchy", () => {
  it("valid: 项 with its 款 and 类", () => {
    expect(findingsOf(rule, [grid("s", coded("2024年预算支出总表", [["210", "卫生健康支出", 5, 5, null], ["21011", "行政事业单位医疗", 5, 5, null], ["2101102", "事业单位医疗", 5, 5, null]]))])).toEqual([]);
  });
  it("invalid: a 项 whose 款 is missing", () => {
    const f = findingsOf(rule, [grid("s", coded("2024年预算支出总表", [["210", "卫生健康支出", 5, 5, null], ["2101102", "事业单位医疗", 5, 5, null]]))]);
    expect(f.map((x) => [x.cell, x.message])).toEqual([["A5", "2101102 事业单位医疗 缺少上级科目 21011（款）"]]);
  });
});
