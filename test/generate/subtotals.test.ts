/**
 * Corrected copies of coded tables: the seed's 表三 with its 合计 row and the 款 row 20103 removed
 * (ExcelJS), recognized by the real reader, corrected, written with the ExcelJS writer and re-read.
 */
import Decimal from "decimal.js";
import { describe, expect, it } from "vitest";
import { validateGrids } from "../../src/core/engine";
import { generateSubtotals, planSubtotals } from "../../src/core/generate";
import { moneyFormatOf, workbookStyle } from "../../src/core/generate/style";
import { correctedCodedTable } from "../../src/core/generate/subtotals";
import { formatDecimals } from "../../src/core/money";
import { addDraftSheet } from "../../src/hosts/xlsx/write-table";
import { evaluate, lookupIn } from "./evaluate";
import { disclosureOf, gridsOf, openWorkbook, sampleBytes, SEED, toBytes } from "./helpers";

/** The seed with 表三's 合计 row (row 5) and 20103 row (row 7) deleted. */
async function t03WithoutRows(): Promise<Uint8Array> {
  const wb = await openWorkbook(sampleBytes(SEED));
  const ws = wb.getWorksheet("表三")!;
  expect(ws.getCell("A7").value).toBe("20103");
  expect(ws.getCell("A5").value).toBe("合计");
  ws.spliceRows(7, 1);
  ws.spliceRows(5, 1);
  return toBytes(wb);
}

describe("corrected copy of a coded table (missing 合计 and 款 rows)", () => {
  const run = (async () => {
    const bytes = await t03WithoutRows();
    const d = await disclosureOf(bytes);
    const t03 = d.tables.find((t) => t.id === "T03")!;
    const draft = correctedCodedTable(t03, workbookStyle(d), moneyFormatOf(t03), undefined, d.sheets)!;
    const wb = await openWorkbook(bytes);
    const sheet = addDraftSheet(wb, draft);
    const out = await toBytes(wb);
    return { d, t03, draft, sheet, out, grids: await gridsOf(out), after: await disclosureOf(out) };
  })();

  it("the reduced 表三 is recognized without its 合计 row and without 20103", async () => {
    const { t03 } = await run;
    expect(t03.rows.some((r) => r.kind === "total")).toBe(false);
    expect(t03.rows.map((r) => r.code)).not.toContain("20103");
    expect(t03.rows.map((r) => r.code)).toContain("2010301");
  });

  it("inserts 20103 as SUM of its two 项 rows and a 合计 row as SUM of the 类 rows", async () => {
    const { draft, sheet, after } = await run;
    expect(sheet).toBe("表三 预算支出总表（补全）");
    expect(draft.cautions).toEqual(["补充了 合计 行、20103 款"]);
    const copy = after.tables.find((t) => t.id === "T03" && t.sheet === sheet)!;
    expect(copy).toBeDefined();
    const byCode = (c: string) => copy.rows.find((r) => r.code === c)!;
    const kuan = byCode("20103");
    expect(kuan.label.text).toBe("政府办公厅（室）及相关机构事务");
    expect(kuan.amounts.total!.text).toBe("101.14");
    expect(new Decimal("54.07").plus("47.07").toFixed(2)).toBe("101.14");
    const g = (await run).grids.find((x) => x.sheet === sheet)!;
    const cellOf = (r: { row: number }, col: number) => g.formulas?.[r.row - g.originRow]?.[col - g.originCol];
    const a = byCode("2010301").row + 1;
    const b = byCode("2010350").row + 1;
    expect(b).toBe(a + 1);
    expect(cellOf(kuan, 2)).toBe(`=SUM(C${a}:C${b})`);
    // Existing rows point at the original cells.
    expect(cellOf(byCode("2010301"), 2)).toMatch(/^='表三'!C\d+$/);

    const total = copy.rows.find((r) => r.kind === "total")!;
    expect(total.row).toBeLessThan(byCode("201").row);
    const classes = copy.rows.filter((r) => r.code?.length === 3);
    expect(classes.map((r) => r.code)).toEqual(["201", "208", "210", "221"]);
    for (const key of ["total", "basic", "project"] as const) {
      const sum = classes.reduce((s, r) => s.plus(r.amounts[key]?.amount.value ?? 0), new Decimal(0));
      expect(total.amounts[key]!.amount.value.toFixed(2)).toBe(sum.toFixed(2));
    }
    // 228.36 + 19.09 + 5.44 + 10.74; the seed's own 合计 row says 263.64 (its figures are rounded from 元).
    expect(total.amounts.total!.text).toBe("263.63");
    expect(cellOf(total, 2)).toBe(`=SUM(${classes.map((r) => `C${r.row + 1}`).join(",")})`);
  });

  it("every formula on the copy evaluates to its cached value", async () => {
    const { grids, sheet } = await run;
    const lookup = lookupIn(grids);
    const g = grids.find((x) => x.sheet === sheet)!;
    let n = 0;
    g.formulas?.forEach((row, r) =>
      row.forEach((f, c) => {
        if (!f) return;
        const cached = g.values[r][c];
        expect(typeof cached).toBe("number");
        const decimals = formatDecimals(g.formats[r][c]) ?? 2;
        expect(evaluate(f, sheet, lookup).toDecimalPlaces(decimals, Decimal.ROUND_HALF_UP).toFixed(decimals), f).toBe(new Decimal(cached as number).toFixed(decimals));
        n++;
      }),
    );
    expect(n).toBeGreaterThan(40);
  });

  it("validation reports orphans on the reduced 表三 but none on the corrected copy", async () => {
    const { out, sheet } = await run;
    const findings = validateGrids(await gridsOf(out)).findings.filter((f) => f.rule === "catalog.code-hierarchy");
    expect(findings.filter((f) => f.sheet === "表三").length).toBeGreaterThan(0);
    expect(findings.filter((f) => f.sheet === sheet)).toEqual([]);
  });

  it("is offered by planSubtotals / generateSubtotals", async () => {
    const { d } = await run;
    expect(planSubtotals(d)).toEqual([{ id: "T03", name: "预算支出总表", sheet: "表三", inserted: "补充了 合计 行、20103 款" }]);
    expect(generateSubtotals(d).map((x) => x.sheetName)).toEqual(["表三 预算支出总表（补全）"]);
  });
});

describe("corrected copy with missing 类 rows and a code the catalog does not know", () => {
  it("inserts 208 类, 20805 款 (catalog names) and 298 类, 29801 款 (unknown), each a SUM of its children", async () => {
    const wb = await openWorkbook(sampleBytes(SEED));
    const ws = wb.getWorksheet("表三")!;
    expect(ws.getCell("A25").value).toBe("2210201");
    ws.getCell("A25").value = "2980101";
    expect([ws.getCell("A13").value, ws.getCell("A14").value]).toEqual(["208", "20805"]);
    ws.spliceRows(13, 2);
    const bytes = await toBytes(wb);
    const d = await disclosureOf(bytes);
    const t03 = d.tables.find((t) => t.id === "T03")!;
    const draft = correctedCodedTable(t03, workbookStyle(d), moneyFormatOf(t03), undefined, d.sheets)!;
    expect(draft.cautions).toEqual(["补充了 208 类、20805 款、298 类、29801 款"]);
    const sheet = addDraftSheet(wb, draft);
    const written = await toBytes(wb);
    const grids = await gridsOf(written);
    const copy = (await disclosureOf(written)).tables.find((t) => t.sheet === sheet)!;
    const byCode = (c: string) => copy.rows.find((r) => r.code === c)!;
    expect(byCode("208").label.text).toBe("社会保障和就业支出");
    expect(byCode("20805").label.text).toBe("行政事业单位养老支出");
    expect(byCode("298").label.text).toBe("（未知科目名称）");
    expect(byCode("29801").label.text).toBe("（未知科目名称）");
    // 12.60 + 6.30 (the source's own 20805 row, removed here, said 18.89).
    expect(byCode("20805").amounts.total!.text).toBe("18.90");
    expect(byCode("208").amounts.total!.text).toBe("19.10");
    expect(byCode("298").amounts.total!.text).toBe("10.74");
    const g = grids.find((x) => x.sheet === sheet)!;
    const f = (r: { row: number }) => g.formulas?.[r.row - g.originRow]?.[2 - g.originCol];
    expect(f(byCode("208"))).toBe(`=SUM(C${byCode("20805").row + 1},C${byCode("20899").row + 1})`);
    expect(copy.rows.map((r) => r.code).filter(Boolean)).toEqual([...copy.rows.map((r) => r.code).filter(Boolean)].sort());
    const lookup = lookupIn(grids);
    g.formulas?.forEach((row, r) =>
      row.forEach((fx, c) => {
        if (fx) expect(evaluate(fx, sheet, lookup).toFixed(2), fx).toBe(new Decimal(g.values[r][c] as number).toFixed(2));
      }),
    );
  });
});

describe("complete coded tables", () => {
  it("the seed sample has nothing to correct", async () => {
    const d = await disclosureOf(sampleBytes(SEED));
    const style = workbookStyle(d);
    for (const t of d.tables) expect(correctedCodedTable(t, style, moneyFormatOf(t)), `${t.id} ${t.sheet}`).toBeUndefined();
    expect(planSubtotals(d)).toEqual([]);
    expect(generateSubtotals(d)).toEqual([]);
  });
});
