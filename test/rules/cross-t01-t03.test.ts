import { describe, expect, it } from "vitest";
import { rule } from "../../src/core/rules/cross-t01-t03";
import { coded, findingsOf, grid, twoSided } from "../support/grid";

const t01 = (v: number) => grid("表一", twoSided("2024年预算收支总表", [
  ["一、一般公共预算", 100, "一、一般公共服务支出", v, v, null],
  ["本年收入合计", 100, "本年支出合计", 100, 100, null],
]));
const t03 = grid("表三", coded("2024年预算支出总表", [["合计", null, 100, 60, 40], ["201", "一般公共服务支出", 100, 60, 40]]));

describe("cross.t01-t03", () => {
  it("valid: each 类 in T01 (matched by name through the catalog) equals T03's 类 row", () => {
    expect(findingsOf(rule, [t01(100), t03])).toEqual([]);
  });
  it("invalid: T01 一般公共服务支出 differs from T03 201", () => {
    const f = findingsOf(rule, [t01(90), t03]);
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ sheet: "表一", cell: "D5", severity: "error", related: [{ sheet: "表三", cell: "C5" }] });
  });
});
