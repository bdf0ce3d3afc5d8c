import { describe, expect, it } from "vitest";
import { rule } from "../../src/core/rules/completeness-empty-note";
import { findingsOf, grid } from "../support/grid";

const t08 = (note: boolean) => grid("表八", [
  ["2024年政府性基金预算支出表（不含上年结转）"], ["单位：万元"],
  ["科目编码", "科目名称", "合计", "基本支出", "项目支出"], ["合计"], ...(note ? [["注：本表无数据"]] : []),
]);

describe("completeness.empty-note", () => {
  it("valid: empty table with its note", () => expect(findingsOf(rule, [t08(true)])).toEqual([]));
  it("invalid: empty table without a note", () => {
    const f = findingsOf(rule, [t08(false)]);
    expect(f.map((x) => [x.sheet, x.cell, x.severity])).toEqual([["表八", "A1", "warning"]]);
  });
});
