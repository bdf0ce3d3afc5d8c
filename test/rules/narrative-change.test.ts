import { describe, expect, it } from "vitest";
import { rule } from "../../src/core/rules/narrative-change";
import { findingsOf } from "../support/grid";
import { narr, SEED, TABLES } from "../narrative/fixture";

describe("narrative.change", () => {
  it("valid: seed 八 (64980 vs 58140, 增加6840元, 11.76%) is arithmetically right", () => {
    expect(findingsOf(rule, [...TABLES, narr([SEED.eight])])).toEqual([]);
  });
  it("valid: a real change that is not the whole amount, 持平 at 0", () => {
    const text = "2025年收入预算3,121.42万元，其中：财政拨款收入3,121.42万元，比2024年预算增加107.62万元；政府性基金拨款支出预算0万元，与2024年预算持平。";
    expect(findingsOf(rule, [...TABLES, narr([text])])).toEqual([]);
  });
  it("warning: seed 一/五 比上年增加263.64万元 equals the whole budget (上年为 0？)", () => {
    const f = findingsOf(rule, [...TABLES, narr([SEED.one, SEED.fiveA])]);
    expect(f.map((x) => [x.cell, x.severity])).toEqual([["A2", "warning"], ["A3", "warning"]]);
    expect(f[0].message).toContain("上年为 0？");
  });
  it("invalid: rate divided by the current year", () => {
    const f = findingsOf(rule, [...TABLES, narr([SEED.eight.replace("11.76%", "10.53%")])]);
    expect(f).toHaveLength(1);
    expect(f[0].message).toContain("以本年数 64980元 为分母");
    expect(f[0].expected).toBe("11.76%");
  });
  it("invalid: wrong Δ and wrong verb", () => {
    const wrongDelta = findingsOf(rule, [...TABLES, narr([SEED.eight.replace("增加6840元", "增加6480元")])]);
    expect(wrongDelta.map((x) => x.expected)).toEqual(["6840元"]);
    const wrongVerb = findingsOf(rule, [...TABLES, narr([SEED.eight.replace("比2023年增加6840元,增加比例", "比2023年减少6840元,减少比例")])]);
    expect(wrongVerb).toHaveLength(1);
    expect(wrongVerb[0].message).toContain("是增加");
  });
});

describe("narrative.change (prior year implied by current − Δ)", () => {
  const text = (rate: string) => `2024年度阳城县信访局一般公共预算当年支出263.64万元,比上年增加14.46万元，增长${rate}。`;
  it("valid: 14.46 ÷ (263.64 − 14.46) = 5.80%", () => expect(findingsOf(rule, [...TABLES, narr([text("5.80%")])])).toEqual([]));
  it("invalid: 5.48% divides by the current year", () => {
    const f = findingsOf(rule, [...TABLES, narr([text("5.48%")])]);
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ severity: "error", expected: "5.80%", actual: "5.48%" });
    expect(f[0].message).toContain("以本年数");
  });
});
