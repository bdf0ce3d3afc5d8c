import { describe, expect, it } from "vitest";
import { loadBundledCatalog, matchSubjectName, parseCatalog } from "../../src/core/catalog/catalog";

describe("bundled catalog lookups", () => {
  const catalog = loadBundledCatalog();

  it("finds 210 by its current name and by its former name", () => {
    expect(catalog.byName("function", "卫生健康支出").map((e) => e.code)).toEqual(["210"]);
    expect(catalog.byName("function", "医疗卫生与计划生育支出").map((e) => e.code)).toEqual(["210"]);
    expect(catalog.byName("function", "十、卫生健康支出").map((e) => e.code)).toEqual(["210"]);
    expect(catalog.byName("function", "医疗卫生与计划生育支出（类）").map((e) => e.code)).toEqual(["210"]);
  });

  it("tells a current name from a former one, with the year it ended", () => {
    const e210 = catalog.byCode("function", "210")!;
    expect(matchSubjectName(e210, "卫生健康支出")).toEqual({ status: "current" });
    expect(matchSubjectName(e210, "医疗卫生与计划生育支出")).toEqual({
      status: "former",
      former: { name: "医疗卫生与计划生育支出", until: 2018 },
    });
    expect(matchSubjectName(e210, "住房保障支出")).toBeUndefined();
  });

  it("finds the other renamed 类 by their former names", () => {
    expect(catalog.byName("function", "文化体育与传媒支出").map((e) => e.code)).toEqual(["207"]);
    expect(catalog.byName("function", "国土海洋气象等支出").map((e) => e.code)).toEqual(["220"]);
    expect(catalog.byName("function", "资源勘探信息等支出").map((e) => e.code)).toEqual(["215"]);
  });

  it("returns every code that carries a name (行政运行 is a 项 under many 款)", () => {
    expect(catalog.byName("function", "行政运行").map((e) => e.code).sort()).toEqual(["2010301", "2010601"]);
    expect(catalog.byName("deptEconomic", "办公设备购置").map((e) => e.code).sort()).toEqual(["30902", "31002"]);
  });

  it("keeps kinds apart", () => {
    expect(catalog.byName("deptEconomic", "住房公积金").map((e) => e.code)).toEqual(["30113"]);
    expect(catalog.byName("govEconomic", "住房公积金").map((e) => e.code)).toEqual(["50103"]);
    expect(catalog.byName("function", "住房公积金").map((e) => e.code)).toEqual(["2210201"]);
    expect(catalog.byCode("govEconomic", "30101")).toBeUndefined();
    expect(catalog.byName("function", "基本工资")).toEqual([]);
  });

  it("finds codes written with spaces or full-width digits, and nothing for unknown codes", () => {
    expect(catalog.byCode("function", " 2101102 ")?.name).toBe("事业单位医疗");
    expect(catalog.byCode("deptEconomic", "３０２１７")?.name).toBe("公务接待费");
    expect(catalog.byCode("function", "2999999")).toBeUndefined();
    expect(catalog.byCode("function", "合计")).toBeUndefined();
    expect(catalog.byName("function", "")).toEqual([]);
  });

  it("is built once", () => {
    expect(loadBundledCatalog()).toBe(catalog);
  });

  it("does not let callers change the catalog through the input file", () => {
    const input = {
      schema: "budget-check/catalog@1",
      label: "x",
      entries: [{ kind: "function", code: "201", name: "一般公共服务支出", source: "x" }],
    };
    const parsed = parseCatalog(input);
    input.entries[0]!.name = "改名";
    expect(parsed.byCode("function", "201")?.name).toBe("一般公共服务支出");
  });
});
