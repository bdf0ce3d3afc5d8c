import { describe, expect, it } from "vitest";
import { rule } from "../../src/core/rules/catalog-known-name";
import { coded, findingsOf, grid } from "../support/grid";

describe("catalog.known-name", () => {
  it("valid: current names", () => {
    expect(findingsOf(rule, [grid("s", coded("2024年预算支出总表", [["210", "卫生健康支出", 5, 5, null], ["201", "一般公共服务支出", 1, 1, null]]))])).toEqual([]);
  });
  it("invalid: the obsolete name of 210", () => {
    const f = findingsOf(rule, [grid("s", coded("2024年预算支出总表", [["210", "医疗卫生与计划生育支出", 5, 5, null]]))]);
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ cell: "B4", severity: "warning" });
    expect(f[0].message).toContain("卫生健康支出");
  });
});
