/** The ExcelJS writer: formulas with cached results, number formats, merges and borders survive a save and re-read. */
import { describe, expect, it } from "vitest";
import { generateTables } from "../../src/core/generate";
import { addDraftSheet } from "../../src/hosts/xlsx/write-table";
import { disclosureOf, openWorkbook, sampleBytes, SEED, toBytes } from "./helpers";

describe("write-table", () => {
  it("writes 表五 like the workbook's own 表三", async () => {
    const bytes = sampleBytes(SEED);
    const [draft] = generateTables(await disclosureOf(bytes), ["T05"]);
    const wb = await openWorkbook(bytes);
    const name = addDraftSheet(wb, draft);
    const ws = (await openWorkbook(await toBytes(wb))).getWorksheet(name)!;
    expect(ws.getCell("A1").value).toBe("2024年一般公共预算支出预算表（不含上年结转）");
    expect(ws.getCell("A1").isMerged && ws.getCell("E1").isMerged).toBe(true);
    expect(ws.getCell("A2").value).toBe("单位名称：阳城县信访局");
    expect(ws.getCell("E2").value).toBe("单位：万元");
    expect(ws.getCell("C5").value).toEqual({ formula: "'表三'!C5", result: 263.64 });
    expect(ws.getCell("C5").numFmt).toBe("0.00");
    expect(ws.getCell("A6").value).toBe("201");
    expect(ws.getCell("A6").numFmt).toBe("@");
    expect(ws.getCell("E25").border.bottom?.style).toBe("thin");
    expect(ws.getCell("A3").font.bold).toBe(true);
    expect(ws.getCell("E7").value).toBeNull();
  });
});
