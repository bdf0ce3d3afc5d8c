import { describe, expect, it } from "vitest";
import { rule } from "../../src/core/rules/total-balance";
import { findingsOf, grid, twoSided } from "../support/grid";

const rows = (incomeTotal: number, expenseTotal: number) => [
  ["一、一般公共预算", 263.64, "一、一般公共服务支出", 228.36, 228.36, null],
  ["二、政府性基金预算", null, "八、社会保障和就业支出", 19.09, 19.09, null],
  [null, null, "十、卫生健康支出", 5.44, 5.44, null],
  [null, null, "二十、住房保障支出", 10.74, 10.74, null],
  ["本年收入合计", 263.64, "本年支出合计", 263.64, 263.64, null],
  ["上年结转", null, "年终结转", null, null, null],
  ["收入总计", incomeTotal, "支出总计", expenseTotal, expenseTotal, null],
];

describe("total.balance", () => {
  it("valid: the seed's T01 balances; its 类 sum 263.63 vs 263.64 is only a rounding info", () => {
    const f = findingsOf(rule, [grid("表一", twoSided("2024年预算收支总表", rows(263.64, 263.64)))]);
    expect(f.filter((x) => x.severity !== "info")).toEqual([]);
    const info = f.find((x) => x.message.includes("本年支出合计（2024年合计）"));
    expect(info?.severity).toBe("info");
    expect(info?.message).toContain("应为 263.63，实为 263.64");
  });
  it("invalid: 收入总计 ≠ 本年收入合计 + 上年结转 and ≠ 支出总计", () => {
    const f = findingsOf(rule, [grid("表一", twoSided("2024年预算收支总表", rows(270, 263.64)))]);
    const errors = f.filter((x) => x.severity === "error");
    expect(errors.map((e) => e.cell).sort()).toEqual(["B11", "D11"]);
    expect(errors.find((e) => e.cell === "B11")!.message).toContain("收入总计应等于本年收入合计加上年结转");
    expect(errors.find((e) => e.cell === "D11")!.message).toContain("支出总计应等于收入总计");
  });
});
