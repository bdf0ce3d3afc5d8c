import { describe, expect, it } from "vitest";
import { rule } from "../../src/core/rules/narrative-unverified";
import { findingsOf } from "../support/grid";
import { narr, SEED, TABLES } from "../narrative/fixture";

describe("narrative.unverified", () => {
  it("valid: a paragraph whose every amount is tied to a table reports nothing", () => {
    expect(findingsOf(rule, [...TABLES, narr([SEED.three, SEED.fiveB])])).toEqual([]);
  });
  it("info: 政府采购 amounts (no table holds them) are listed once per paragraph", () => {
    const f = findingsOf(rule, [...TABLES, narr([SEED.nine, SEED.three])]);
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ cell: "A2", severity: "info" });
    expect(f[0].message).toContain("共 4 处");
    expect(f[0].message).toContain("政府采购货物预算1.08万元");
  });
  it("info: a share whose parent is not stated in the sentence", () => {
    const f = findingsOf(rule, [...TABLES, narr([SEED.tenB])]);
    expect(f[0].message).toContain("占部门（单位）项目支出总额的48.26%");
  });
});
