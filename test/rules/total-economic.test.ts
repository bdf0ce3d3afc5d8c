import { describe, expect, it } from "vitest";
import { rule } from "../../src/core/rules/total-economic";
import { findingsOf, grid, type Cell } from "../support/grid";

const t06 = (rows: Cell[][]) => [grid("表六", [
  ["2024年一般公共预算安排基本支出分经济科目表（不含上年结转）"],
  ["单位名称：测试单位", null, null, null, "单位：万元"],
  ["部门预算支出经济科目名称", "政府预算支出经济科目名称", "2024年预算数"],
  [null, null, "合计", "人员经费", "公用经费"],
  ...rows,
], [{ top: 2, left: 2, bottom: 2, right: 4 }])];

describe("total.economic", () => {
  it("valid: the seed's 人员经费 items 122.29 vs 122.30 is rounding (info), groups by row order without codes", () => {
    const f = findingsOf(rule, t06([
      ["合计", null, 136.42, 122.3, 14.12],
      ["工资福利支出", null, 122.3, 122.3, null],
      ["基本工资", "工资奖金津补贴", 60.0, 60.0, null],
      ["基本工资", "工资福利支出", 62.29, 62.29, null],
      ["商品和服务支出", null, 14.12, null, 14.12],
      ["办公费", "办公经费", 14.12, null, 14.12],
    ]));
    expect(f.filter((x) => x.severity !== "info")).toEqual([]);
    expect(f.some((x) => x.severity === "info" && x.cell === "C6")).toBe(true);
  });
  it("invalid: a group that is not the sum of its items, and 人员经费 not 301 + 303", () => {
    const f = findingsOf(rule, t06([
      ["合计", null, 136.42, 122.3, 14.12],
      ["工资福利支出", null, 122.3, 122.3, null],
      ["基本工资", "工资奖金津补贴", 100.0, 100.0, null],
      ["商品和服务支出", null, 14.12, null, 14.12],
      ["办公费", "办公经费", 14.12, null, 14.12],
    ]));
    expect(f.filter((x) => x.severity === "error").map((x) => x.cell)).toEqual(["C6", "D6"]);
  });
});
