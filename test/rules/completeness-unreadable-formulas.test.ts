import { describe, expect, it } from "vitest";
import { rule } from "../../src/core/rules/completeness-unreadable-formulas";
import { rule as hierarchy } from "../../src/core/rules/total-hierarchy";
import { recognize } from "../../src/core/recognize";
import { runRules } from "../../src/core/engine";
import { coded, findingsOf, grid } from "../support/grid";

const t03 = (uncached: boolean) => {
  const g = grid("表三", coded("2024年预算支出总表", [["201", "一般公共服务支出", null, null, null], ["20103", "政府办公厅（室）及相关机构事务", 100, 100, null]]));
  // C4 and D4 hold formulas (=SUM…) whose results were never computed.
  if (uncached) g.uncachedFormulaCells = ["3,2", "3,3"];
  return g;
};

describe("completeness.unreadable-formulas", () => {
  it("valid: no uncached formulas", () => expect(findingsOf(rule, [t03(false)])).toEqual([]));
  it("invalid: one warning for the workbook naming the sheets and cells", () => {
    const other = { ...t03(true), sheet: "表五" };
    const f = findingsOf(rule, [t03(true), other]);
    expect(f.map((x) => [x.sheet, x.cell, x.severity])).toEqual([["表三", "C4", "warning"]]);
    expect(f[0].message).toContain("4 个公式单元格没有保存计算结果（“表三” 2 个、“表五” 2 个；如 表三!C4、表三!D4、表五!C4）");
  });
  it("checks resting on an unreadable cell are withheld, not reported against 0", () => {
    const withFormulas = runRules(recognize([t03(true)]), { rules: [hierarchy, rule] });
    expect(withFormulas.filter((x) => x.rule === "total.hierarchy")).toEqual([]);
    const blank = runRules(recognize([t03(false)]), { rules: [hierarchy] });
    expect(blank.filter((x) => x.severity === "error").length).toBeGreaterThan(0);
  });
});
