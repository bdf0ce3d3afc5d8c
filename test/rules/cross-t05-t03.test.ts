import { describe, expect, it } from "vitest";
import { rule } from "../../src/core/rules/cross-t05-t03";
import { coded, findingsOf, grid } from "../support/grid";

const t03 = grid("表三", coded("2024年预算支出总表", [["201", "一般公共服务支出", 100, 60, 40]]));
const t05 = (v: number) => grid("表五", coded("2024年一般公共预算支出预算表", [["201", "一般公共服务支出", v, v, null]]));

describe("cross.t05-t03", () => {
  it("valid: T05 row ≤ T03 row", () => {
    expect(findingsOf(rule, [t03, t05(80)])).toEqual([]);
  });
  it("invalid: T05 row exceeds T03 row", () => {
    const f = findingsOf(rule, [t03, t05(120)]);
    expect(f.map((x) => [x.sheet, x.cell])).toEqual([["表五", "C4"]]);
  });
});
