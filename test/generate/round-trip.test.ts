/**
 * Golden round trip on the real samples: remove summary tables with ExcelJS, regenerate them from the
 * remaining tables, write them with the ExcelJS writer, re-read with readGrids, and compare every
 * amount with the original table cell for cell; the regenerated workbook must validate with no
 * error or warning the original did not have, and every formula must evaluate to its cached value.
 */
import { describe, expect, it } from "vitest";
import Decimal from "decimal.js";
import { generateTables, planGeneration } from "../../src/core/generate";
import { validateGrids } from "../../src/core/engine";
import type { Disclosure, TableId } from "../../src/core/model";
import type { Finding } from "../../src/core/report";
import { formatDecimals } from "../../src/core/money";
import { addDraftSheet } from "../../src/hosts/xlsx/write-table";
import { amountsOf, disclosureOf, gridsOf, openWorkbook, PUTUO, sampleBytes, SEED, toBytes, withoutTables } from "./helpers";
import { evaluate, lookupIn } from "./evaluate";

async function regenerate(file: string, ids: TableId[]) {
  const original = sampleBytes(file);
  const { bytes, removed } = await withoutTables(original, ids);
  const reduced = await disclosureOf(bytes);
  const drafts = generateTables(reduced, ids);
  const wb = await openWorkbook(bytes);
  const sheets = drafts.map((d) => addDraftSheet(wb, d));
  const out = await toBytes(wb);
  return { original, reduced, removed, drafts, sheets, out, before: await disclosureOf(original), after: await disclosureOf(out) };
}

function compareCellForCell(before: Disclosure, after: Disclosure, ids: TableId[], sheets: string[]) {
  for (const id of ids) {
    const a = before.tables.find((t) => t.id === id)!;
    const b = after.tables.find((t) => t.id === id && sheets.includes(t.sheet));
    expect(b, `${id} recognized on a generated sheet`).toBeDefined();
    const ma = amountsOf(a);
    const mb = amountsOf(b!);
    expect(ma.size).toBeGreaterThan(0);
    const diffs: string[] = [];
    for (const [k, v] of ma) if ((mb.get(k) ?? "0.00") !== v) diffs.push(`${id} ${k}: ${v} ≠ ${mb.get(k)}`);
    for (const [k, v] of mb) if (!ma.has(k) && v !== "0.00") diffs.push(`${id} ${k}: extra ${v}`);
    expect(diffs).toEqual([]);
    expect(b!.unitName).toBe(a.unitName);
    expect(b!.year).toBe(a.year);
    expect(b!.moneyUnit).toBe(a.moneyUnit);
  }
}

const serious = (fs: Finding[]) => new Set(fs.filter((f) => f.severity !== "info").map((f) => `${f.rule}|${f.message}`));

async function newFindings(original: Uint8Array, out: Uint8Array): Promise<string[]> {
  const before = serious(validateGrids(await gridsOf(original)).findings);
  return [...serious(validateGrids(await gridsOf(out)).findings)].filter((k) => !before.has(k));
}

/** Every formula on the generated sheets evaluates (from the re-read source cells) to its cached value. */
async function checkFormulas(out: Uint8Array, sheets: string[]): Promise<number> {
  const grids = await gridsOf(out);
  const lookup = lookupIn(grids);
  let n = 0;
  for (const g of grids.filter((x) => sheets.includes(x.sheet))) {
    g.formulas?.forEach((row, r) =>
      row.forEach((f, c) => {
        if (!f) return;
        const cached = g.values[r][c];
        expect(typeof cached, `${g.sheet} ${f}`).toBe("number");
        const decimals = formatDecimals(g.formats[r][c]) ?? 2;
        const computed = evaluate(f, g.sheet, lookup).toDecimalPlaces(decimals, Decimal.ROUND_HALF_UP);
        expect(computed.toFixed(decimals), `${g.sheet}!${r},${c} ${f}`).toBe(new Decimal(cached as number).toFixed(decimals));
        n++;
      }),
    );
  }
  return n;
}

describe("golden round trip: 阳城县信访局 2024 (seed)", () => {
  const ids: TableId[] = ["T01", "T04", "T05", "T11"];
  const run = regenerate(SEED, ids);

  it("the removed tables are offered for generation", async () => {
    const { reduced, removed } = await run;
    expect(removed).toEqual(["表一", "表四", "表五", "表十一"]);
    const plan = planGeneration(reduced);
    for (const id of ids) expect(plan.available.map((e) => e.id)).toContain(id);
    expect(plan.all.find((e) => e.id === "T11")!.cautions[0]).toMatch(/单位类型/);
  });

  it("regenerates every amount cell for cell", async () => {
    const { before, after, sheets } = await run;
    expect(sheets).toEqual(["表一 预算收支总表（生成）", "表四 财政拨款收支总表（生成）", "表五 一般公共预算支出表（生成）", "表十一 机关运行经费预算表（生成）"]);
    compareCellForCell(before, after, ids, sheets);
    const t01 = after.tables.find((t) => t.id === "T01")!;
    expect(t01.rows.find((r) => r.line === "incomeTotal")!.amounts.total!.text).toBe("263.64");
  });

  it("validates with no error or warning the original did not have", async () => {
    const { original, out } = await run;
    expect(await newFindings(original, out)).toEqual([]);
  });

  it("formulas point at the sources and evaluate to the written values", async () => {
    const { out, sheets, drafts } = await run;
    expect(await checkFormulas(out, sheets)).toBeGreaterThan(40);
    const t05 = drafts.find((d) => d.id === "T05")!;
    expect(t05.rows.flat().some((c) => c.formula === "'表三'!C5")).toBe(true);
  });
});

describe("golden round trip: 上海市普陀区财政局 2025", () => {
  const ids: TableId[] = ["T01", "T04", "T05"];
  const run = regenerate(PUTUO, ids);

  it("regenerates every amount cell for cell, in 元 with split codes", async () => {
    const { before, after, sheets, drafts } = await run;
    compareCellForCell(before, after, ids, sheets);
    const t05 = drafts.find((d) => d.id === "T05")!;
    expect(t05.rows.flat().some((c) => c.numFmt === "#,##0.00")).toBe(true);
    const t05after = after.tables.find((t) => t.id === "T05" && sheets.includes(t.sheet))!;
    expect(t05after.rows.find((r) => r.code === "2010601")!.codeText).toBe("201 06 01");
    expect(t05after.rows.at(-1)!.kind).toBe("total");
  });

  it("validates with no error or warning the original did not have", async () => {
    const { original, out } = await run;
    expect(await newFindings(original, out)).toEqual([]);
  });

  it("formulas evaluate to the written values", async () => {
    const { out, sheets } = await run;
    expect(await checkFormulas(out, sheets)).toBeGreaterThan(20);
  });

  it("T11 from 表六 公用经费 equals the combined table's 机关运行经费 (万元, like the 三公 table)", async () => {
    const d = await disclosureOf(sampleBytes(PUTUO));
    const [t11] = generateTables(d, ["T11"], { unitType: "administrative" });
    expect(t11.unit).toBe("万元");
    expect(t11.rows.flat().filter((c) => c.role === "money").map((c) => c.value)).toContain("229.43");
    expect(t11.rows.flat().find((c) => c.formula?.startsWith("ROUND("))!.formula).toBe("ROUND('部门一般公共预算拨款基本支出明细表'!F38/10000,2)");
    expect(t11.cautions).toEqual([]);
  });
});
