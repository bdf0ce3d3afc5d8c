import { describe, expect, it } from "vitest";
import { cleanCode, codeFormatProblem, levelOf, parentCodes } from "../../src/core/catalog/catalog";

describe("levelOf", () => {
  it("reads the level from the length", () => {
    expect(levelOf("201")).toBe("类");
    expect(levelOf("20103")).toBe("款");
    expect(levelOf("2010301")).toBe("项");
    expect(levelOf("301")).toBe("类");
    expect(levelOf("30101")).toBe("款");
  });

  it("knows economic codes have no 项", () => {
    expect(levelOf("3010101", "deptEconomic")).toBeUndefined();
    expect(levelOf("5010101", "govEconomic")).toBeUndefined();
    expect(levelOf("2010301", "function")).toBe("项");
    expect(levelOf("50101", "govEconomic")).toBe("款");
  });

  it("rejects other lengths and non-digits", () => {
    for (const code of ["", "2", "20", "2010", "201030", "20103011", "2O1", "201 03"]) expect(levelOf(code)).toBeUndefined();
  });
});

describe("parentCodes", () => {
  it("lists the 类 and 款 above a code, top first", () => {
    expect(parentCodes("2010301")).toEqual(["201", "20103"]);
    expect(parentCodes("2101102")).toEqual(["210", "21011"]);
    expect(parentCodes("20103")).toEqual(["201"]);
    expect(parentCodes("30101")).toEqual(["301"]);
    expect(parentCodes("201")).toEqual([]);
  });

  it("has no parents for something that is not a code", () => {
    expect(parentCodes("201030")).toEqual([]);
    expect(parentCodes("abc")).toEqual([]);
  });
});

describe("cleanCode", () => {
  it("accepts what cells hold: spaces, full-width digits", () => {
    expect(cleanCode(" 2010301 ")).toBe("2010301");
    expect(cleanCode("２０１０３０１")).toBe("2010301");
    expect(cleanCode("201 03 01")).toBe("2010301");
  });

  it("does not repair a broken code and refuses non-digits", () => {
    expect(cleanCode("7 11 02")).toBe("71102");
    expect(levelOf(cleanCode("7 11 02")!)).toBe("款"); // looks like a 款 but no kind starts with 7
    expect(codeFormatProblem("function", "71102")).toBe("支出功能分类编码应以 2 开头，实际为“71102”");
    expect(cleanCode("合计")).toBeUndefined();
    expect(cleanCode("")).toBeUndefined();
  });
});
