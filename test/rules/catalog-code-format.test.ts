import { describe, expect, it } from "vitest";
import { rule } from "../../src/core/rules/catalog-code-format";
import { coded, findingsOf, grid } from "../support/grid";

describe("catalog.code-format", () => {
  it("valid: 3/5/7-digit codes", () => {
    expect(findingsOf(rule, [grid("s", coded("2024年预算支出总表", [["210", "卫生健康支出", 5, 5, null], ["21011", "行政事业单位医疗", 5, 5, null], ["2101102", "事业单位医疗", 5, 5, null]]))])).toEqual([]);
  });
  it("invalid: a broken code such as '7 11 02' and a 6-digit code", () => {
    const f = findingsOf(rule, [grid("s", coded("2024年预算支出总表", [["7 11 02", "事业单位医疗", 5, 5, null], ["210110", "x", 1, 1, null]]))]);
    expect(f.map((x) => x.cell)).toEqual(["A4", "A5"]);
  });
});
