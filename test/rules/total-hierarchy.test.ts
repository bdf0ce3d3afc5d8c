import { describe, expect, it } from "vitest";
import { rule } from "../../src/core/rules/total-hierarchy";
import { coded, findingsOf, grid } from "../support/grid";

const t03 = (rows: (string | number | null)[][]) => [grid("支出", coded("2024年预算支出总表", rows))];

describe("total.hierarchy", () => {
  it("valid: sums that add up exactly report nothing", () => {
    const f = findingsOf(rule, t03([
      ["合计", null, 100, 60, 40],
      ["201", "一般公共服务支出", 100, 60, 40],
      ["20103", "政府办公厅（室）及相关机构事务", 100, 60, 40],
      ["2010301", "行政运行", 60, 60, null],
      ["2010302", "一般行政管理事务", 40, null, 40],
    ]));
    expect(f).toEqual([]);
  });

  it("valid: the seed's 20805 = 12.60 + 6.30 vs 18.89 is a rounding difference (info), never an error", () => {
    const f = findingsOf(rule, t03([
      ["208", "社会保障和就业支出", 18.89, 18.89, null],
      ["20805", "行政事业单位养老支出", 18.89, 18.89, null],
      ["2080505", "机关事业单位基本养老保险缴费支出", 12.6, 12.6, null],
      ["2080506", "机关事业单位职业年金缴费支出", 6.3, 6.3, null],
    ]));
    expect(f.filter((x) => x.severity === "error")).toEqual([]);
    const info = f.filter((x) => x.cell === "C5");
    expect(info).toHaveLength(1);
    expect(info[0].severity).toBe("info");
    expect(info[0].message).toContain("尾差 0.01");
    expect(info[0].expected).toBe("18.90");
    expect(info[0].actual).toBe("18.89");
  });

  it("invalid: a 类 that is not the sum of its 款 is an error at the 类 cell", () => {
    const f = findingsOf(rule, t03([
      ["201", "一般公共服务支出", 100, 60, 40],
      ["20103", "政府办公厅（室）及相关机构事务", 60, 60, null],
      ["20106", "财政事务", 30, null, 30],
    ]));
    const errors = f.filter((x) => x.severity === "error");
    expect(errors.map((e) => e.cell)).toEqual(["C4", "E4"]);
    expect(errors[0].message).toContain("应为 90.00，实为 100.00");
    expect(errors[0].related).toEqual([{ sheet: "支出", cell: "C5" }, { sheet: "支出", cell: "C6" }]);
  });

  it("invalid: parent/child by code prefix, not row order (a 项 listed elsewhere still counts)", () => {
    const f = findingsOf(rule, t03([
      ["合计", null, 50, 50, null],
      ["20103", "政府办公厅（室）及相关机构事务", 50, 50, null],
      ["201", "一般公共服务支出", 50, 50, null],
      ["2010301", "行政运行", 20, 20, null],
    ]));
    expect(f.filter((x) => x.severity === "error").map((x) => x.cell)).toEqual(["C5", "D5"]);
  });

  it("invalid: 合计 row must equal the sum of 类 rows", () => {
    const f = findingsOf(rule, t03([
      ["合计", null, 120, 60, 60],
      ["201", "一般公共服务支出", 100, 60, 40],
      ["208", "社会保障和就业支出", 10, null, 10],
    ]));
    expect(f.filter((x) => x.severity === "error").map((x) => x.cell)).toEqual(["C4", "E4"]);
  });
});
