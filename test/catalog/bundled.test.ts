/** Integrity of the bundled data itself, independent of any document. */
import { describe, expect, it } from "vitest";
import { BUNDLED_CATALOG_FILES } from "../../src/core/catalog/bundled";
import { KIND_NAMES, levelOf, loadBundledCatalog, normalizeSubjectName, parentCodes } from "../../src/core/catalog/catalog";

const catalog = loadBundledCatalog();

describe("bundled catalog data", () => {
  it("holds the entries of all bundled files", () => {
    const total = Object.values(BUNDLED_CATALOG_FILES).reduce<number>(
      (sum, file) => sum + (file as { entries: unknown[] }).entries.length,
      0,
    );
    expect(catalog.entries).toHaveLength(total);
    expect(new Set(catalog.entries.map((e) => e.kind))).toEqual(new Set(Object.keys(KIND_NAMES)));
  });

  it("has the parent 类 and 款 of every 款 and 项", () => {
    const missing = catalog.entries.flatMap((e) =>
      parentCodes(e.code)
        .filter((p) => !catalog.byCode(e.kind, p))
        .map((p) => `${e.kind} ${e.code} lacks ${p}`),
    );
    expect(missing).toEqual([]);
  });

  it("has exactly the 30 功能分类 类 printed in T01 and the 部门经济分类 类 of the current scheme", () => {
    const classes = (kind: "function" | "deptEconomic" | "govEconomic") =>
      catalog.entries.filter((e) => e.kind === kind && levelOf(e.code) === "类").map((e) => e.code);
    expect(classes("function")).toHaveLength(30);
    expect(classes("deptEconomic")).toEqual(["301", "302", "303", "307", "309", "310", "311", "312", "313", "399"]);
    expect(classes("govEconomic")).toEqual(["501", "502"]);
  });

  it("gives every entry a source and a name that normalization keeps", () => {
    for (const e of catalog.entries) {
      expect(e.source.length, `${e.code} source`).toBeGreaterThan(10);
      expect(normalizeSubjectName(e.name).length, e.code).toBeGreaterThan(1);
    }
  });

  it("never lets a former name collide with a current name of the same kind", () => {
    const clashes = catalog.entries.flatMap((e) =>
      (e.formerNames ?? []).flatMap((f) =>
        catalog.byName(e.kind, f.name).filter((other) => other !== e).map((other) => `${e.code} ${f.name} ~ ${other.code}`),
      ),
    );
    expect(clashes).toEqual([]);
  });

  it("dates the 2019 renamings", () => {
    const until = (code: string) => catalog.byCode("function", code)?.formerNames?.map((f) => [f.name, f.until]);
    expect(until("210")).toEqual([["医疗卫生与计划生育支出", 2018]]);
    expect(until("207")).toEqual([["文化体育与传媒支出", 2018]]);
    expect(until("220")).toEqual([["国土海洋气象等支出", 2018]]);
  });
});
