import { describe, expect, it } from "vitest";
import { loadBundledCatalog, mergeCatalogs, parseCatalog } from "../../src/core/catalog/catalog";

const user2026 = parseCatalog({
  schema: "budget-check/catalog@1",
  label: "2026年政府收支分类科目（用户导入）",
  year: 2026,
  entries: [
    // same code, new wording: the user's year wins
    { kind: "function", code: "2010350", name: "事业运行（测试改名）", source: "用户文件" },
    // same code and name, no history given: the bundled history stays
    { kind: "function", code: "210", name: "卫生健康支出", source: "用户文件" },
    // a code the bundled catalog does not have
    { kind: "function", code: "2240101", name: "行政运行", source: "用户文件" },
  ],
});

describe("mergeCatalogs", () => {
  const bundled = loadBundledCatalog();
  const merged = mergeCatalogs(bundled, user2026);

  it("overrides code by code", () => {
    expect(merged.byCode("function", "2010350")).toEqual({
      kind: "function",
      code: "2010350",
      name: "事业运行（测试改名）",
      source: "用户文件",
    });
    expect(merged.byName("function", "事业运行")).toEqual([]);
  });

  it("keeps former names of the bundled entry when the override lists the code again", () => {
    const e210 = merged.byCode("function", "210")!;
    expect(e210.source).toBe("用户文件");
    expect(e210.formerNames).toEqual([{ name: "医疗卫生与计划生育支出", until: 2018 }]);
    expect(merged.byName("function", "医疗卫生与计划生育支出").map((e) => e.code)).toEqual(["210"]);
  });

  it("adds new codes and keeps everything else from the base", () => {
    expect(merged.byCode("function", "2240101")?.name).toBe("行政运行");
    expect(merged.byName("function", "行政运行").map((e) => e.code).sort()).toEqual(["2010301", "2010601", "2240101"]);
    expect(merged.byCode("deptEconomic", "30101")?.name).toBe("基本工资");
    expect(merged.entries).toHaveLength(bundled.entries.length + 1);
  });

  it("keeps the base order and appends new codes", () => {
    const codes = merged.entries.map((e) => e.code);
    expect(codes.indexOf("2010350")).toBe(bundled.entries.findIndex((e) => e.code === "2010350"));
    expect(codes.at(-1)).toBe("2240101");
  });

  it("takes label and year from the override, the base year when the override has none", () => {
    expect(merged.label).toBe("2026年政府收支分类科目（用户导入）");
    expect(merged.year).toBe(2026);
    const base = parseCatalog({ schema: "budget-check/catalog@1", label: "a", year: 2025, entries: [] });
    const noYear = parseCatalog({ schema: "budget-check/catalog@1", label: "b", entries: [] });
    expect(mergeCatalogs(base, noYear).year).toBe(2025);
  });

  it("drops a former name that became the current name again", () => {
    const base = parseCatalog({
      schema: "budget-check/catalog@1",
      label: "a",
      entries: [{ kind: "function", code: "210", name: "卫生健康支出", formerNames: [{ name: "旧名甲" }], source: "a" }],
    });
    const override = parseCatalog({
      schema: "budget-check/catalog@1",
      label: "b",
      entries: [{ kind: "function", code: "210", name: "旧名甲", formerNames: [{ name: "卫生健康支出" }], source: "b" }],
    });
    expect(mergeCatalogs(base, override).byCode("function", "210")?.formerNames).toEqual([{ name: "卫生健康支出" }]);
  });

  it("leaves both inputs unchanged", () => {
    expect(bundled.byCode("function", "2010350")?.name).toBe("事业运行");
    expect(bundled.byCode("function", "2240101")).toBeUndefined();
    expect(user2026.byCode("function", "210")?.formerNames).toBeUndefined();
  });
});
