import { describe, expect, it } from "vitest";
import { rule } from "../../src/core/rules/completeness-empty-but-expected";
import { coded, findingsOf, grid } from "../support/grid";

const t03 = (project: number) => grid("表三", coded("2024年预算支出总表", [["合计", null, 60 + project, 60, project], ["201", "一般公共服务支出", 60 + project, 60, project]]));
const t12 = grid("表十二", [
  ["2024年项目支出预算表（本年预算）"], ["单位：万元"],
  ["项目名称", "合计", "一般公共预算"], ["1", "2", "3"], ["注：本表无数据"],
]);

describe("completeness.empty-but-expected", () => {
  it("valid: empty T12 when there is no 项目支出", () => expect(findingsOf(rule, [t03(0), t12])).toEqual([]));
  it("invalid: T12 empty while T03 has 项目支出 (the seed's defect)", () => {
    const f = findingsOf(rule, [t03(127.22), t12]);
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ sheet: "表十二", cell: "A5", severity: "error", table: "T12" });
    expect(f[0].message).toContain("支出总表项目支出为 127.22万元");
  });
});
