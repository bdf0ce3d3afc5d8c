import { describe, expect, it } from "vitest";
import { rule } from "../../src/core/rules/narrative-share";
import { findingsOf } from "../support/grid";
import { narr, SEED, SEED_CORRECT, TABLES } from "../narrative/fixture";

describe("narrative.share", () => {
  it("valid: the seed's shares (100.00/0, 51.74/48.26, 86.62/7.24/2.06/4.07) are consistent", () => {
    expect(findingsOf(rule, [...TABLES, narr([...SEED_CORRECT, SEED.eight, SEED.ten])])).toEqual([]);
  });
  it("invalid: a share of 19.62% that is 15.94%", () => {
    const text = "2024年度一般公共预算当年支出263.64万元，其中：社会保障和就业支出42.03万元，占19.62%。";
    const f = findingsOf(rule, [...TABLES, narr([text])]);
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ cell: "A2", severity: "error", expected: "15.94%", actual: "19.62%" });
    expect(f[0].message).toContain("42.03万元 ÷ 263.64万元");
  });
  it("invalid: 基本支出占 48.26% (the other part's share)", () => {
    const f = findingsOf(rule, [...TABLES, narr([SEED.three.replace("占51.74%", "占48.26%")])]);
    expect(f.map((x) => x.expected)).toEqual(["51.74%"]);
  });
});
