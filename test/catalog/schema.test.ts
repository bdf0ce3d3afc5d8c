import { describe, expect, it } from "vitest";
import { BUNDLED_CATALOG_FILES } from "../../src/core/catalog/bundled";
import { CatalogFormatError, catalogFileSchema, parseCatalog } from "../../src/core/catalog/catalog";

function file(entries: unknown[], extra: Record<string, unknown> = {}) {
  return { schema: "budget-check/catalog@1", label: "测试目录", entries, ...extra };
}

const good = { kind: "function", code: "2010301", name: "行政运行", source: "测试" };

function problemsOf(json: unknown): readonly string[] {
  try {
    parseCatalog(json);
  } catch (error) {
    expect(error).toBeInstanceOf(CatalogFormatError);
    return (error as CatalogFormatError).problems;
  }
  throw new Error("expected parseCatalog to throw");
}

describe("catalog file schema", () => {
  it.each(Object.entries(BUNDLED_CATALOG_FILES))("accepts the bundled file %s", (_name, json) => {
    const result = catalogFileSchema.safeParse(json);
    expect(result.success ? [] : result.error.issues).toEqual([]);
    expect(parseCatalog(json).entries.length).toBeGreaterThan(0);
  });

  it("accepts a minimal user file with year and former names", () => {
    const catalog = parseCatalog(
      file(
        [
          { kind: "function", code: "210", name: "卫生健康支出", formerNames: [{ name: "医疗卫生与计划生育支出", until: 2018 }], source: "用户" },
          { kind: "deptEconomic", code: "30101", name: "基本工资", source: "用户" },
          { kind: "govEconomic", code: "50101", name: "工资奖金津补贴", source: "用户" },
        ],
        { year: 2026 },
      ),
    );
    expect(catalog.year).toBe(2026);
    expect(catalog.label).toBe("测试目录");
    expect(catalog.entries.map((e) => e.code)).toEqual(["210", "30101", "50101"]);
  });

  it("accepts a JSON string", () => {
    expect(parseCatalog(JSON.stringify(file([good]))).byCode("function", "2010301")?.name).toBe("行政运行");
  });

  it("rejects a function code of the wrong length, naming the entry", () => {
    const problems = problemsOf(file([good, { ...good, code: "201030", name: "行政运行" }]));
    expect(problems).toEqual(["第 2 条科目（201030 行政运行）：支出功能分类编码应为 3/5/7 位数字，实际为 6 位（“201030”）"]);
  });

  it("rejects a 7-digit economic code (economic codes have no 项)", () => {
    const problems = problemsOf(file([{ kind: "deptEconomic", code: "3010101", name: "基本工资", source: "x" }]));
    expect(problems).toEqual(["第 1 条科目（3010101 基本工资）：部门预算支出经济分类编码应为 3/5 位数字，实际为 7 位（“3010101”）"]);
  });

  it("rejects a code of another kind's range", () => {
    const problems = problemsOf(file([{ kind: "govEconomic", code: "30101", name: "基本工资", source: "x" }]));
    expect(problems).toEqual(["第 1 条科目（30101 基本工资）：政府预算支出经济分类编码应以 5 开头，实际为“30101”"]);
  });

  it("rejects non-digit codes and numeric codes", () => {
    expect(problemsOf(file([{ ...good, code: "201-03" }]))).toEqual([
      "第 1 条科目（201-03 行政运行）：支出功能分类编码只能由数字组成，实际为“201-03”",
    ]);
    expect(problemsOf(file([{ ...good, code: 2010301 }]))).toEqual([
      "第 1 条科目（2010301 行政运行）：科目编码（code）应为文字（如 \"2010301\"，保留前导零），实际为 2010301",
    ]);
  });

  it("rejects a duplicate code within a kind with both positions and names", () => {
    const problems = problemsOf(
      file([good, { kind: "function", code: "20103", name: "政府办公厅（室）及相关机构事务", source: "x" }, { ...good, name: "事业运行" }]),
    );
    expect(problems).toEqual(["第 3 条科目（2010301 事业运行）：支出功能分类科目编码 2010301 重复：第 1 条“行政运行”与第 3 条“事业运行”"]);
  });

  it("allows the same name under different codes", () => {
    const catalog = parseCatalog(
      file([
        { kind: "function", code: "20899", name: "其他社会保障和就业支出", source: "x" },
        { kind: "function", code: "2089999", name: "其他社会保障和就业支出", source: "x" },
      ]),
    );
    expect(catalog.byName("function", "其他社会保障和就业支出").map((e) => e.code)).toEqual(["20899", "2089999"]);
  });

  it("rejects a missing or blank source", () => {
    const { source: _omit, ...noSource } = good;
    expect(problemsOf(file([noSource]))).toEqual(["第 1 条科目（2010301 行政运行）：缺少来源（source）"]);
    expect(problemsOf(file([{ ...good, source: "  " }]))).toEqual(["第 1 条科目（2010301 行政运行）：来源（source）不能为空"]);
  });

  it("rejects missing name, unknown kind and unknown fields", () => {
    expect(problemsOf(file([{ kind: "function", code: "201", source: "x" }]))).toEqual(["第 1 条科目（201）：缺少科目名称（name）"]);
    expect(problemsOf(file([{ ...good, kind: "income" }]))).toEqual([
      "第 1 条科目（2010301 行政运行）：科目类型（kind）应为 function、deptEconomic、govEconomic 之一，实际为 “income”",
    ]);
    expect(problemsOf(file([{ ...good, fromerNames: [] }]))).toEqual(["第 1 条科目（2010301 行政运行）：含有未知字段：fromerNames"]);
  });

  it("rejects bad former names and names which one", () => {
    expect(problemsOf(file([{ ...good, formerNames: [{ name: "旧名", until: "2018" }] }]))).toEqual([
      "第 1 条科目（2010301 行政运行）的第 1 个曾用名：曾用名的截止年份（until）应为年份数字，实际为 “2018”",
    ]);
    expect(problemsOf(file([{ ...good, formerNames: [{ name: "旧名" }, { name: "旧名2", year: 2018 }] }]))).toEqual([
      "第 1 条科目（2010301 行政运行）的第 2 个曾用名：含有未知字段：year",
    ]);
  });

  it("rejects a file without the schema id or entries, and invalid JSON text", () => {
    expect(problemsOf({ label: "x", entries: [] })).toEqual(['目录文件：缺少格式标识（schema），应为 "budget-check/catalog@1"']);
    expect(problemsOf({ schema: "budget-check/catalog@1", label: "x" })).toEqual(["目录文件：缺少科目列表（entries）"]);
    expect(problemsOf("{not json")[0]).toMatch(/^不是有效的 JSON：/);
    expect(problemsOf([])).toEqual(["目录文件：应为对象，实际为 数组"]);
  });

  it("reports every problem, and the error message lists them in Chinese", () => {
    try {
      parseCatalog(file([{ ...good, code: "20" }, { ...good, code: "2010302", source: "" }]));
      expect.unreachable();
    } catch (error) {
      const e = error as CatalogFormatError;
      expect(e.problems).toHaveLength(2);
      expect(e.message).toBe(
        "科目目录文件格式有误（2 处）：\n" +
          "- 第 1 条科目（20 行政运行）：支出功能分类编码应为 3/5/7 位数字，实际为 2 位（“20”）\n" +
          "- 第 2 条科目（2010302 行政运行）：来源（source）不能为空",
      );
    }
  });
});
