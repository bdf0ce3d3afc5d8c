import { describe, expect, it } from "vitest";
import { normalizeSubjectName } from "../../src/core/catalog/catalog";

describe("normalizeSubjectName", () => {
  it.each([
    // ordinal prefixes as printed in T01/T04 and in narratives
    ["十、卫生健康支出", "卫生健康支出"],
    ["二十三、灾害防治及应急管理支出", "灾害防治及应急管理支出"],
    ["（一）因公出国（境）费", "因公出国(境)费"],
    ["(1)差旅费", "差旅费"],
    ["1.差旅费", "差旅费"],
    ["1、差旅费", "差旅费"],
    ["１．一般公共预算资金", "一般公共预算资金"],
    ["①公务用车购置费", "公务用车购置费"],
    ["一、（一）基本工资", "基本工资"],
    // widths and spaces
    ["政府办公厅（室）及相关机构事务", "政府办公厅(室)及相关机构事务"],
    ["政府办公厅(室)及相关机构事务", "政府办公厅(室)及相关机构事务"],
    ["维修（护）费", "维修(护)费"],
    [" 机关事业单位基本养老保险缴费支出 ", "机关事业单位基本养老保险缴费支出"],
    ["卫生\u3000健康 支出", "卫生健康支出"],
    // level suffixes from 编制说明 sentences
    ["一般公共服务支出（类）", "一般公共服务支出"],
    ["财政事务（款）", "财政事务"],
    ["机关事业单位基本养老保险缴费支出 （项）", "机关事业单位基本养老保险缴费支出"],
    ["医疗卫生与计划生育支出（210类）", "医疗卫生与计划生育支出"],
    // quotes around a name taken from running text
    ["“行政运行”", "行政运行"],
  ])("%s → %s", (input, expected) => {
    expect(normalizeSubjectName(input)).toBe(expected);
  });

  it("keeps parenthesised parts that belong to the name", () => {
    expect(normalizeSubjectName("资本性支出（基本建设）")).toBe("资本性支出(基本建设)");
    expect(normalizeSubjectName("对企业补助（基本建设）")).toBe("对企业补助(基本建设)");
    expect(normalizeSubjectName("退职（役）费")).toBe("退职(役)费");
  });

  it("does not eat digits that are part of an amount or a name", () => {
    expect(normalizeSubjectName("1.5万元")).toBe("1.5万元");
    expect(normalizeSubjectName("“三公”经费")).toBe("“三公”经费");
  });

  it("does not hide real wording differences", () => {
    expect(normalizeSubjectName("其它行政事业单位养老支出")).not.toBe(normalizeSubjectName("其他行政事业单位养老支出"));
    expect(normalizeSubjectName("医疗卫生与计划生育支出")).not.toBe(normalizeSubjectName("卫生健康支出"));
  });

  it("never strips a name down to nothing", () => {
    expect(normalizeSubjectName("一、")).toBe("一、");
    expect(normalizeSubjectName("（类）")).toBe("(类)");
    expect(normalizeSubjectName("")).toBe("");
  });

  it("makes full-width and half-width spellings of the same name equal", () => {
    expect(normalizeSubjectName("因公出国（境）费用")).toBe(normalizeSubjectName("因公出国(境)费用"));
  });
});
