import { beforeAll, describe, expect, it } from "vitest";
import { level, subject } from "../../src/functions/functions";
import { setCatalogLoader } from "../../src/functions/catalog-source";
import { loadBundledCatalog, type Catalog, type CatalogEntry, type CatalogKind } from "../../src/core/catalog/catalog";
import { installCustomFunctionsStub, rejectedError, thrownError } from "./custom-functions-stub";

beforeAll(installCustomFunctionsStub);

describe("BUDGET.LEVEL", () => {
  it("tells 类, 款 and 项 apart by length", () => {
    expect(level(201)).toBe("类");
    expect(level("20103")).toBe("款");
    expect(level(2010301)).toBe("项");
    expect(level("２０１０３０１")).toBe("项");
    expect(level(" 201 03 01 ")).toBe("项");
    expect(level(30101)).toBe("款");
  });

  it("rejects codes of other lengths and non-codes", () => {
    expect(thrownError(() => level(2010)).message).toBe("科目编码“2010”不是3位（类）、5位（款）或7位（项）");
    expect(thrownError(() => level("行政运行")).message).toBe("科目编码“行政运行”不是数字编码");
    expect(thrownError(() => level(null)).message).toBe("科目编码为空");
    expect(thrownError(() => level(201.5)).code).toBe("#VALUE!");
  });
});

function fixtureCatalog(entries: CatalogEntry[]): Catalog {
  return {
    label: "测试科目表",
    year: 2024,
    entries,
    byCode: (kind: CatalogKind, code: string) => entries.find((e) => e.kind === kind && e.code === code),
    byName: () => [],
  };
}

describe("BUDGET.SUBJECT with the bundled catalog", () => {
  it("uses the bundled catalog by default", async () => {
    // The module's default loader: a fresh import sees no injected loader.
    const { vi } = await import("vitest");
    vi.resetModules();
    const fresh = await import("../../src/functions/functions");
    expect(await fresh.subject(2010301)).toBe("行政运行");
    expect(await fresh.subject("210", 2018)).toBe("医疗卫生与计划生育支出");
    expect(await fresh.subject(30101)).toBe("基本工资");
    expect(await fresh.subject(50101)).toBe("工资奖金津补贴");
    const e = await rejectedError(fresh.subject(2999999));
    expect(e.code).toBe("#N/A");
    expect(e.message).toContain("不在");
  });

  it("names the same subject the validator's catalog does", async () => {
    setCatalogLoader(loadBundledCatalog);
    const catalog = loadBundledCatalog();
    for (const entry of catalog.entries) expect(await subject(entry.code)).toBe(entry.name);
  });
});

describe("BUDGET.SUBJECT", () => {
  const catalog = fixtureCatalog([
    { kind: "function", code: "201", name: "一般公共服务支出", source: "test" },
    { kind: "function", code: "2010301", name: "行政运行", source: "test" },
    {
      kind: "function",
      code: "210",
      name: "卫生健康支出",
      formerNames: [{ name: "医疗卫生与计划生育支出", until: 2018 }],
      source: "test",
    },
    { kind: "deptEconomic", code: "30101", name: "基本工资", source: "test" },
    { kind: "govEconomic", code: "50101", name: "工资奖金津补贴", source: "test" },
  ]);

  it("looks codes up in the catalog by classification", async () => {
    setCatalogLoader(() => catalog);
    expect(await subject(201)).toBe("一般公共服务支出");
    expect(await subject("2010301")).toBe("行政运行");
    expect(await subject(30101)).toBe("基本工资");
    expect(await subject("５０１０１")).toBe("工资奖金津补贴");
  });

  it("gives the name a code carried in an earlier year", async () => {
    setCatalogLoader(() => catalog);
    expect(await subject(210)).toBe("卫生健康支出");
    expect(await subject(210, 2018)).toBe("医疗卫生与计划生育支出");
    expect(await subject(210, 2019)).toBe("卫生健康支出");
  });

  it("answers #N/A with a Chinese message for an unknown code", async () => {
    setCatalogLoader(() => catalog);
    const e = await rejectedError(subject(2019999));
    expect(e.code).toBe("#N/A");
    expect(e.message).toBe("科目编码 2019999 不在测试科目表中");
  });

  it("answers #N/A when no catalog can be loaded, and retries later", async () => {
    let calls = 0;
    setCatalogLoader(() => {
      calls++;
      throw new Error("网络错误");
    });
    expect((await rejectedError(subject(201))).code).toBe("#VALUE!");
    setCatalogLoader(async () => catalog);
    expect(await subject(201)).toBe("一般公共服务支出");
    expect(calls).toBe(1);
  });
});
