/**
 * Writing into a copy of the real seed workbook: the input sheet, the generated sheet, the hidden
 * record; filling facts and regenerating as a new version; updating only unchanged paragraphs.
 */
import { readFileSync } from "node:fs";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { builtinTemplate, FACTS_SHEET, RECORD_SHEET } from "../../src/core/narrative/generate";
import { narrateWorkbook, type NarrateResult } from "../../src/hosts/xlsx/write-narrative";
import { readGrids } from "../../src/hosts/xlsx/read";
import { SEED } from "./support";

async function open(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return wb;
}

async function save(wb: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** Fills the input sheet's 填写值 by label. */
function fill(wb: ExcelJS.Workbook, values: Record<string, string | number>): void {
  const ws = wb.getWorksheet(FACTS_SHEET)!;
  ws.eachRow((row) => {
    const label = String(row.getCell(1).value ?? "");
    if (label in values) row.getCell(2).value = values[label];
  });
}

const seed = readFileSync(SEED);
const template = builtinTemplate("seed");
let first: NarrateResult;

beforeAll(async () => {
  first = await narrateWorkbook(new Uint8Array(seed), { template });
});

describe("narrateWorkbook", () => {
  it("adds 情况说明（生成）, the input sheet and a very hidden record; every original sheet is unchanged", async () => {
    expect(first.sheet).toBe("情况说明（生成）");
    expect(first.factsSheet).toBe("created");
    const wb = await open(first.bytes);
    const original = await open(new Uint8Array(seed));
    const names = wb.worksheets.map((w) => w.name);
    expect(names).toEqual([...original.worksheets.map((w) => w.name), FACTS_SHEET, "情况说明（生成）", RECORD_SHEET]);
    expect(wb.getWorksheet(RECORD_SHEET)!.state).toBe("veryHidden");
    for (const ws of original.worksheets) {
      const copy = wb.getWorksheet(ws.name)!;
      ws.eachRow((row, r) => row.eachCell((c, col) => expect(copy.getRow(r).getCell(col).text).toBe(c.text)));
    }
    const out = wb.getWorksheet("情况说明（生成）")!;
    expect(out.getCell("A1").text).toBe("第三部分 2024年度单位预算情况说明");
    expect(out.rowCount).toBe(first.generated.paragraphs.length);
  });

  it("the input sheet lists each needed fact with label | 填写值 | 说明 (and a hidden key)", async () => {
    const ws = (await open(first.bytes)).getWorksheet(FACTS_SHEET)!;
    expect([1, 2, 3, 4].map((c) => ws.getRow(3).getCell(c).text)).toEqual(["项目", "填写值", "说明", "键"]);
    const labels: string[] = [];
    ws.eachRow((row, r) => r > 3 && labels.push(row.getCell(1).text));
    expect(labels).toContain("2023年一般公共预算当年支出（万元）");
    expect(labels).toContain("政府采购服务预算（万元）");
    expect(labels).toHaveLength(first.generated.requestedFacts.length);
    expect(ws.getColumn(4).hidden).toBe(true);
  });

  it("the generated workbook's own narrative is recognized and has no error other than its placeholders", async () => {
    const { validateGrids } = await import("../../src/core/engine");
    const report = validateGrids(await readGrids(first.bytes));
    const mine = report.findings.filter((f) => f.sheet === "情况说明（生成）" && f.severity !== "info");
    expect(mine.length).toBeGreaterThan(0);
    expect(mine.every((f) => f.rule === "narrative.placeholder")).toBe(true);
    // The input sheet is not taken for a table or a narrative.
    expect(report.tables.some((t) => t.sheet === FACTS_SHEET || t.sheet === RECORD_SHEET)).toBe(false);
  });

  it("after filling facts, regenerating writes 情况说明（生成2） without placeholders and keeps the first version", async () => {
    const wb = await open(first.bytes);
    fill(wb, {
      "2023年一般公共预算当年支出（万元）": 249.18,
      "2023年机关运行经费（万元）": "13.06万元",
      "机关运行经费增减变动的主要原因": "人员变动",
    });
    const second = await narrateWorkbook(await save(wb), { template });
    expect(second.sheet).toBe("情况说明（生成2）");
    expect(second.factsSheet).toBe("unchanged");
    const out = await open(second.bytes);
    expect(out.getWorksheet("情况说明（生成）")).toBeDefined();
    const texts: string[] = [];
    out.getWorksheet("情况说明（生成2）")!.eachRow((row) => texts.push(row.getCell(1).text));
    expect(texts).toContain("2024年度阳城县信访局一般公共预算当年支出263.64万元，比上年增加14.46万元，增长5.80%。");
    expect(texts).toContain("2024年阳城县信访局机关运行经费预算14.12万元，比上年增加1.06万元，增长8.12%，主要原因是人员变动。");
    expect(second.generated.missingFacts.map((f) => f.key)).not.toContain("prior.gpbExpense");
  });

  it("--update rewrites only the paragraphs the user has not changed, and lists the ones it left alone", async () => {
    const wb = await open(first.bytes);
    const ws = wb.getWorksheet("情况说明（生成）")!;
    const rowOf = (id: string) => first.generated.paragraphs.findIndex((p) => p.id === id) + 1;
    const edited = "本单位机关运行经费情况由财务科另行说明。";
    ws.getCell(rowOf("八.机关运行经费"), 1).value = edited;
    fill(wb, { "2023年一般公共预算当年支出（万元）": 300, "2023年机关运行经费（万元）": 13.06 });
    const r = await narrateWorkbook(await save(wb), { template, update: true });
    expect(r.mode).toBe("update");
    expect(r.sheet).toBe("情况说明（生成）");
    expect(r.kept).toEqual([{ id: "八.机关运行经费", cell: `A${rowOf("八.机关运行经费")}`, text: edited }]);
    expect(r.updated).toBe(1);
    const out = (await open(r.bytes)).getWorksheet("情况说明（生成）")!;
    expect(out.getCell(rowOf("八.机关运行经费"), 1).text).toBe(edited);
    expect(out.getCell(rowOf("五(一).规模"), 1).text).toBe("2024年度阳城县信访局一般公共预算当年支出263.64万元，比上年减少36.36万元，下降12.12%。");
    expect((await open(r.bytes)).worksheets.map((w) => w.name)).not.toContain("情况说明（生成2）");

    // The record remembers the edit: a further update still leaves it alone.
    const again = await narrateWorkbook(r.bytes, { template, update: true });
    expect(again.kept.map((k) => k.id)).toEqual(["八.机关运行经费"]);
    expect(again.updated).toBe(0);
  });

  it("--update with another template falls back to a new version", async () => {
    const r = await narrateWorkbook(first.bytes, { template: builtinTemplate("shanghai"), update: true });
    expect(r.mode).toBe("newVersion");
    expect(r.fallbackReason).toBe("模板不同");
    expect(r.sheet).toBe("情况说明（生成2）");
  });
});
