import { describe, expect, it } from "vitest";
import { rule } from "../../src/core/rules/catalog-name-consistency";
import { coded, findingsOf, grid } from "../support/grid";

const t03 = grid("表三", coded("2024年预算支出总表", [["210", "卫生健康支出", 5, 5, null]]));
const t05 = (name: string) => grid("表五", coded("2024年一般公共预算支出预算表", [["210", name, 5, 5, null]]));

describe("catalog.name-consistency", () => {
  it("valid: same name in every table", () => expect(findingsOf(rule, [t03, t05("卫生健康支出")])).toEqual([]));
  it("invalid: 210 named differently in two tables", () => {
    const f = findingsOf(rule, [t03, t05("医疗卫生与计划生育支出")]);
    expect(f.map((x) => [x.sheet, x.cell])).toEqual([["表五", "B4"]]);
    expect(f[0].message).toContain("医疗卫生与计划生育支出");
  });
});
