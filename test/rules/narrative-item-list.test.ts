import { describe, expect, it } from "vitest";
import { rule } from "../../src/core/rules/narrative-item-list";
import { findingsOf, grid } from "../support/grid";

const t06 = grid("表六", [
  ["2024年一般公共预算安排基本支出分经济科目表"], ["单位：万元"],
  ["部门预算支出经济科目名称", "政府预算支出经济科目名称", "合计", "人员经费", "公用经费"],
  ["合计", null, 136.42, 122.3, 14.12],
  ["工资福利支出", null, 122.3, 122.3, null],
  ["基本工资", "工资奖金津补贴", 100, 100, null],
  ["津贴补贴", "工资奖金津补贴", 22.3, 22.3, null],
  ["商品和服务支出", null, 14.12, null, 14.12],
  ["办公费", "办公经费", 8, null, 8],
  ["工会经费", "办公经费", 6.12, null, 6.12],
]);
const narr = (text: string) => grid("情况说明", [["第三部分 2024年度单位预算情况说明"], ["2024年度阳城县信访局一般公共预算安排基本支出136.42万元,其中:"], [text]]);

describe("narrative.item-list", () => {
  it("valid: the seed's lists name rows of the right kind", () => {
    expect(findingsOf(rule, [t06, narr("人员经费122.30万元,主要包括:基本工资、津贴补贴等;公用经费14.12万元,主要包括:办公费、工会经费等。")])).toEqual([]);
  });
  it("invalid: an item that is not in the tables, and one listed under the wrong kind", () => {
    const f = findingsOf(rule, [t06, narr("公用经费14.12万元,主要包括:办公费、差旅费、基本工资等。")]);
    expect(f.map((x) => x.message)).toEqual([
      "情况说明在“公用经费”中列出的“差旅费”在各表中找不到",
      "情况说明把“基本工资”列为公用经费，但表六中该科目的公用经费为 0",
    ]);
    expect(f.every((x) => x.cell === "A3" && x.severity === "warning")).toBe(true);
  });
});
