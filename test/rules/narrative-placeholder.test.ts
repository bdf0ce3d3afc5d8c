import { describe, expect, it } from "vitest";
import { rule } from "../../src/core/rules/narrative-placeholder";
import { findingsOf } from "../support/grid";
import { narr, SEED, TABLES } from "../narrative/fixture";

describe("narrative.placeholder", () => {
  it("valid: the seed's paragraphs have no placeholders and only 2024/2023", () => {
    expect(findingsOf(rule, [...TABLES, narr(Object.values(SEED))])).toEqual([]);
  });
  it("invalid: XX, x,xxx, 主要原因是。, ……, 【请填写", () => {
    const f = findingsOf(rule, [...TABLES, narr([
      "2024年度XX单位预算收入总计263.64万元，比上年增加x,xxx万元。",
      "本年预算支出总计263.64万元，比上年增加10万元，主要原因是。",
      "主要用于以下方面：一般公共服务支出228.36万元……",
      "2024年政府采购预算总额【请填写：政府采购预算】万元。",
    ])]);
    expect(f.map((x) => [x.cell, x.severity])).toEqual([["A2", "error"], ["A3", "error"], ["A4", "error"], ["A5", "error"]]);
    expect(f[0].message).toContain("XX");
  });
  it("warning: a year other than Y and Y−1", () => {
    const f = findingsOf(rule, [...TABLES, narr(["2022年度阳城县信访局预算收入总计263.64万元，比上年增加10万元。"])]);
    expect(f.map((x) => [x.cell, x.severity])).toEqual([["A2", "warning"]]);
    expect(f[0].message).toContain("2022年");
  });
});
