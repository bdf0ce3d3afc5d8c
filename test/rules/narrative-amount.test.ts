import { describe, expect, it } from "vitest";
import { rule } from "../../src/core/rules/narrative-amount";
import { findingsOf, grid } from "../support/grid";
import { narr, SEED, SEED_CORRECT, TABLES } from "../narrative/fixture";

const putuoT05 = grid("表五", [
  ["2025年一般公共预算支出功能分类预算表"], ["单位名称：上海市普陀区财政局", null, null, "单位：元"],
  ["科目编码", "科目名称", "合计", "基本支出", "项目支出"],
  ["合计", null, 873617, 873617, null],
  ["208", "社会保障和就业支出", 873617, 873617, null],
  ["20805", "行政事业单位养老支出", 873617, 873617, null],
  ["2080506", "机关事业单位职业年金缴费支出", 873617, 873617, null],
]);

describe("narrative.amount", () => {
  it("valid: none of the seed's correct sentences is reported", () => {
    const f = findingsOf(rule, [...TABLES, narr(SEED_CORRECT)]);
    expect(f).toEqual([]);
  });

  it("invalid: seed 八 机关运行经费 64980元 vs 14.12万元", () => {
    const f = findingsOf(rule, [...TABLES, narr([SEED.eight])]);
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ sheet: "情况说明", cell: "A2", severity: "error", expected: "141200元", actual: "64980元" });
    expect(f[0].message).toBe("情况说明写机关运行经费 64980元，机关运行经费预算表为 14.12万元（141200元）");
  });

  it("invalid: seed 十 基本支出100万元 (and 项目支出27.22万元)", () => {
    const f = findingsOf(rule, [...TABLES, narr([SEED.ten])]);
    expect(f.map((x) => x.actual)).toEqual(["100万元", "27.22万元"]);
    expect(f[0].message).toContain("基本支出 100万元");
    expect(f[0].message).toContain("136.42万元");
  });

  it("invalid: Shanghai 职业年金 887.36万元 vs 873,617.00元", () => {
    const text = "7.“社会保障和就业支出（类）行政事业单位养老支出（款）机关事业单位职业年金缴费支出（项）”887.36万元，主要用于缴纳职业年金支出。";
    const f = findingsOf(rule, [putuoT05, narr([text, "其他说明：本单位无其他需要说明的事项，特此说明。"], "2025年部门预算编制说明")]);
    expect(f).toHaveLength(1);
    expect(f[0].message).toContain("873,617.00元（87.36万元）");
    expect(f[0].expected).toBe("87.36万元");
  });

  it("valid: Shanghai 职业年金 87.36万元, also in full-width digits and with thousands separators", () => {
    const ok = "7.“社会保障和就业支出（类）行政事业单位养老支出（款）机关事业单位职业年金缴费支出（项）”８７．３６万元，主要用于缴纳职业年金支出。";
    const ok2 = "其中机关事业单位职业年金缴费支出873,617元，主要用于缴纳职业年金支出。";
    expect(findingsOf(rule, [putuoT05, narr([ok, ok2], "2025年部门预算编制说明")])).toEqual([]);
  });

  it("units: 亿元 and whole-万元 rounding are tolerated", () => {
    expect(findingsOf(rule, [...TABLES, narr(["2024年度支出预算264万元，其中基本支出0.0136亿元，其余为项目支出。"])])).toEqual([]);
  });
});

describe("narrative.amount (real-document tolerance)", () => {
  it("valid: a text that truncates (87.70万元 for 877,080元) is not an error", () => {
    const t05 = grid("表五", [
      ["2025年一般公共预算支出功能分类预算表"], ["单位名称：上海市普陀区财政局", null, null, "单位：元"],
      ["科目编码", "科目名称", "合计", "基本支出", "项目支出"],
      ["合计", null, 877080, 877080, null],
      ["20805", "行政事业单位养老支出", 877080, 877080, null],
      ["2080501", "行政单位离退休", 877080, 877080, null],
    ]);
    const text = "5.“社会保障和就业支出（类）行政事业单位养老支出（款）行政单位离退休（项）”87.70万元，主要用于局本部人员的退休经费支出。";
    expect(findingsOf(rule, [t05, narr([text, "其他说明：本单位无其他需要说明的事项，特此说明。"], "2025年部门预算编制说明")])).toEqual([]);
  });
  it("valid: 政府性基金拨款支出预算0万元 is about 政府性基金, not 支出预算", () => {
    const text = "2024年度支出预算263.64万元，其中：一般公共预算拨款支出预算263.64万元；政府性基金拨款支出预算0万元，与上年持平。";
    expect(findingsOf(rule, [...TABLES, narr([text])])).toEqual([]);
  });
});
