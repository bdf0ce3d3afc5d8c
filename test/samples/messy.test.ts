/**
 * Each messy variant holds the corrected seed's figures, read back through its own mess, and
 * shows the mess it is named for.
 */
import Decimal from "decimal.js";
import { describe, expect, it } from "vitest";
import { fromA1 } from "../../src/core/grid";
import { MESSY } from "../../samples/sets/messy";
import { loadSample } from "./load";

const BASE = "yangcheng-xinfang-2024-corrected";
/** Amount anchors of the tables, PERF and T14 ("T02/20805/total", "PERF3/annualTotal"). */
const isAmountAnchor = (k: string) => /^(T\d\d\/.+\/(?!code$|name$)[a-zA-Z]+(#\d+)?$|PERF\d\/(annual|period)Total$)/.test(k) && !/\/(title|unitName|moneyUnit|note)$/.test(k);

describe("messy variants carry the base's figures", () => {
  const sameData = MESSY.filter((m) => !m.id.startsWith("formulas-"));
  it.each(sameData.map((m) => [m.id] as const))("%s", async (id) => {
    const [base, variant] = await Promise.all([loadSample(BASE), loadSample(id)]);
    const keys = Object.keys(base.anchors).filter(isAmountAnchor);
    expect(keys.length).toBeGreaterThan(300);
    for (const k of keys) {
      const expected = base.amount(k);
      const actual = variant.amount(k);
      expect(actual === null ? null : actual.toFixed(2), k).toBe(expected === null ? null : expected.toFixed(2));
    }
  });
});

describe("messy variants show their mess", () => {
  it("split-codes: 类|款|项 columns, 款 and 项 as text with leading zeros", async () => {
    const s = await loadSample("split-codes");
    const code = s.at("T03/2010301/code");
    const { row, col } = fromA1(code.cell);
    const g = s.grid("表三");
    expect(g.values[row].slice(col, col + 3)).toEqual(["201", "03", "01"]);
    expect(g.text.some((r) => r.slice(0, 3).join("|") === "类|款|项")).toBe(true);
  });

  it("codes-as-numbers: the parts are numbers and lose their zeros", async () => {
    const s = await loadSample("codes-as-numbers");
    const { row, col } = fromA1(s.at("T03/2010301/code").cell);
    expect(s.grid("表三").values[row].slice(col, col + 3)).toEqual([201, 3, 1]);
  });

  it("numbers-as-text: amounts are text in every style", async () => {
    const s = await loadSample("numbers-as-text");
    const texts = Object.keys(s.anchors)
      .filter(isAmountAnchor)
      .map((k) => s.at(k).value)
      .filter((v) => v !== null);
    expect(texts.every((v) => typeof v === "string")).toBe(true);
    const all = texts as string[];
    expect(all.some((t) => /^\d{1,3}(,\d{3})+(\.\d+)?$/.test(t))).toBe(true);
    expect(all.some((t) => /^[０-９]+．[０-９]+$/.test(t))).toBe(true);
    expect(all.some((t) => /万元$/.test(t))).toBe(true);
    expect(all.some((t) => /^ .*\u00a0$/.test(t))).toBe(true);
    // Zeros (the PERF tables' 0 元 lines) are written "-".
    expect(s.grid("项目绩效目标表1").values.flat().filter((v) => v === "-")).toHaveLength(6);
  });

  it("blank-and-ellipsis-rows: blank rows inside table bodies and a '…' row", async () => {
    const s = await loadSample("blank-and-ellipsis-rows");
    const g = s.grid("表三");
    const first = fromA1(s.at("T03/合计/total").cell).row;
    const last = fromA1(s.at("T03/2210201/total").cell).row;
    const blank = g.values.slice(first, last).filter((r) => r.every((v) => v === null));
    expect(blank.length).toBeGreaterThanOrEqual(4);
    expect(g.values[last + 1][0]).toBe("…");
  });

  it("offset-tables: tables start at C4", async () => {
    const s = await loadSample("offset-tables");
    expect(s.at("T03/title").cell).toBe("C4");
    expect(s.at("T01/title").cell).toBe("C5");
  });

  it("one-sheet: all tables on one sheet, the projects on another", async () => {
    const s = await loadSample("one-sheet");
    expect(s.grids.map((g) => g.sheet)).toEqual(["预算公开表", "情况说明", "项目绩效目标表"]);
    const titles = ["T01", "T05", "T12", "T14"].map((t) => s.at(`${t}/title`));
    expect(new Set(titles.map((t) => t.sheet))).toEqual(new Set(["预算公开表"]));
    expect(s.at("PERF5/name").sheet).toBe("项目绩效目标表");
  });

  it("generic-sheet-names: Sheet1, Sheet2, …", async () => {
    const s = await loadSample("generic-sheet-names");
    expect(s.grids.every((g, i) => g.sheet === `Sheet${i + 1}`)).toBe(true);
    expect(s.at("T04/title").text).toBe("2024年财政拨款收支总表");
  });

  it("formulas-cached: totals are formulas whose cached results are the exact sums", async () => {
    const s = await loadSample("formulas-cached");
    expect(s.at("T02/20805/total")).toMatchObject({ formula: "=C15+C16", value: 18.9, text: "18.90" });
    expect(s.at("T02/合计/total").formula).toBe("=SUM(C6,C13,C19,C23)");
    expect(s.at("T02/208/total").text).toBe("19.10");
    expect(s.at("T02/2080505/total").formula).toBeNull();
    expect(s.at("T02/合计/fund").formula).toBe("=SUM(E6,E13,E19,E23)");
  });

  // The file stores <v>0</v> for a formula over blank cells, as Excel does; ExcelJS's cell.value
  // drops a falsy result (cell.result keeps it): the reader takes the result from cell.result.
  it("formulas-cached: a cached result of 0 is read as 0, not as missing", async () => {
    const s = await loadSample("formulas-cached");
    expect(s.at("T02/合计/fund")).toMatchObject({ value: 0, text: "0.00" });
    expect(s.grid("表二").uncachedFormulaCells).toBeUndefined();
  });

  it("formulas-uncached: totals are formulas without values", async () => {
    const s = await loadSample("formulas-uncached");
    const total = s.at("T03/合计/total");
    expect(total.formula).toMatch(/^=/);
    expect(total.value).toBeNull();
    const { row, col } = fromA1(total.cell);
    expect(s.grid("表三").uncachedFormulaCells).toContain(`${row},${col}`);
  });

  it("narrative-one-cell and -sections: the text in one cell, or one cell per section", async () => {
    const one = await loadSample("narrative-one-cell");
    const all = one.at("NARR/all").text;
    expect(all.split("\n")).toHaveLength(44);
    expect(all).toContain("八、机关运行经费增减变动原因说明\n2024年我单位机关运行经费14.12万元");
    const sec = await loadSample("narrative-sections");
    expect(sec.at("NARR/八/0").text.split("\n")).toHaveLength(2);
    expect(sec.grid("情况说明").values.filter((r) => r[0] !== null)).toHaveLength(13);
  });

  it("narrative-unmerged: one paragraph per row, no merges", async () => {
    const s = await loadSample("narrative-unmerged");
    expect(s.grid("情况说明").merges).toEqual([]);
    expect(s.at("NARR/八/1").cell).toBe("A24");
  });

  it("unit-rows-separate: 单位名称 and 单位 on two rows", async () => {
    const s = await loadSample("unit-rows-separate");
    const a = fromA1(s.at("T03/unitName").cell);
    const b = fromA1(s.at("T03/moneyUnit").cell);
    expect([b.row - a.row, b.col]).toEqual([1, 0]);
  });

  it("stale-prior-year-sheet: a 2023 表一 right after 表一", async () => {
    const s = await loadSample("stale-prior-year-sheet");
    const names = s.grids.map((g) => g.sheet);
    expect(names.indexOf("2023年表一")).toBe(names.indexOf("表一") + 1);
    expect(s.at("STALE-T01/title").text).toBe("2023年预算收支总表");
    expect(s.amount("STALE-T01/收入总计/income")!.eq(new Decimal("249.18"))).toBe(true);
  });
});
