/**
 * writeDraft through both hosts: the Office.js host over office-addin-mock (one batch for the whole
 * table, nothing overwritten, a taken name gets a new one) and the file host (the downloaded copy
 * holds the table with formulas and their values, as ExcelJS reads it back).
 */
import { readFileSync } from "node:fs";
import Decimal from "decimal.js";
import ExcelJS from "exceljs";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import type { Grid } from "../../src/core/grid";
import { toA1 } from "../../src/core/grid";
import { generateTables, type TableDraft } from "../../src/core/generate";
import { recognize } from "../../src/core/recognize";
import { createExcelHost } from "../../src/hosts/excel/host";
import { draftCellFormat, draftCellInput } from "../../src/hosts/excel/write-draft";
import { FileHost } from "../../src/hosts/xlsx/file-host";
import { readGrids } from "../../src/hosts/xlsx/read";
import { evaluate, lookupIn } from "../generate/evaluate";
import { FakeWorkbook } from "./support/excel-fake";

const SEED = "samples/yangcheng-xinfang-2024.xlsx";
let grids: Grid[];
let t12: TableDraft;
let t01: TableDraft;
let uninstall: (() => void) | undefined;

beforeAll(async () => {
  grids = await readGrids(readFileSync(SEED));
  [t12, t01] = generateTables(recognize(grids), ["T12", "T01"]);
});
afterEach(() => uninstall?.());

/** Draft cells holding a formula, with their addresses. */
function formulaCells(d: TableDraft) {
  return d.rows.flatMap((row, r) => row.flatMap((c, col) => (c.formula ? [{ a1: toA1(r, col), formula: c.formula, value: c.value }] : [])));
}

describe("Excel host: writeDraft", () => {
  it("writes the whole table in one batch after reading the names: formulas, formats, merges, borders; a taken name gets a new one", async () => {
    const book = FakeWorkbook.fromGrids(grids);
    book.addSheet(t12.sheetName, [["用户自己的表"]]);
    uninstall = book.install();
    const name = await createExcelHost().writeDraft(t12);

    expect(name).toBe(`${t12.sheetName} (2)`);
    expect(book.syncs).toBe(2);
    expect(book.cell(t12.sheetName, "A1").value).toBe("用户自己的表");
    expect(book.sheet(t12.sheetName).cells.size).toBe(1);

    expect(book.cell(name, "A1").value).toBe(t12.title);
    const cells = formulaCells(t12);
    expect(cells.length).toBeGreaterThan(5);
    for (const c of cells) expect(book.cell(name, c.a1).formula).toBe(`=${c.formula}`);
    // The formulas compute the draft's values from the workbook's own cells.
    const lookup = lookupIn(grids.concat(gridOfFake(book, name)));
    for (const c of cells.filter((x) => !x.formula.startsWith("SUM"))) expect(evaluate(c.formula, name, lookup).toFixed(2)).toBe(new Decimal(c.value ?? 0).toFixed(2));
    expect(book.cell(name, "B5").format).toBe("0.00");

    const sheet = book.sheet(name);
    expect(sheet.merges.length).toBe(t12.merges.length);
    expect(sheet.merges).toContain(`A1:${toA1(0, t12.rows[0].length - 1)}`);
    const b = t12.border;
    const box = `${toA1(b.top, b.left)}:${toA1(b.bottom, b.right)}`;
    for (const edge of ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight", "InsideHorizontal", "InsideVertical"]) {
      expect(sheet.styles).toContainEqual({ range: box, prop: `borders.${edge}.style`, value: "Continuous" });
    }
    expect(sheet.styles).toContainEqual({ range: `A1:${toA1(0, t12.rows[0].length - 1)}`, prop: "font.bold", value: true });
    expect(sheet.styles.filter((s) => s.prop === "columnWidth")).toHaveLength(t12.widths.length);
    expect(book.activeSheet).toBe(name);
  });

  it("a larger table takes the same two round trips", async () => {
    const book = FakeWorkbook.fromGrids(grids);
    uninstall = book.install();
    expect(t01.rows.length).toBeGreaterThan(t12.rows.length * 3);
    expect(await createExcelHost().writeDraft(t01)).toBe(t01.sheetName);
    expect(book.syncs).toBe(2);
    for (const c of formulaCells(t01)) expect(book.cell(t01.sheetName, c.a1).formula).toBe(`=${c.formula}`);
  });
});

describe("draft cells as Office.js input", () => {
  it("formulas get their \"=\", amounts are numbers, codes keep their text format, text never turns into a formula", () => {
    expect(draftCellInput({ value: "263.64", role: "money", formula: "'表二'!D5", numFmt: "0.00" })).toBe("='表二'!D5");
    expect(draftCellInput({ value: "1234.50", role: "money", numFmt: "#,##0.00" })).toBe(1234.5);
    expect(draftCellInput({ value: null, role: "money", numFmt: "0.00" })).toBe("");
    expect(draftCellInput({ value: "2010101", role: "code", numFmt: "@" })).toBe("2010101");
    expect(draftCellFormat({ value: "2010101", role: "code", numFmt: "@" })).toBe("@");
    expect(draftCellFormat({ value: "合计", role: "label" })).toBe("General");
    expect(draftCellInput({ value: "=不是公式", role: "note" })).toBe("'=不是公式");
  });
});

/** The written sheet as a Grid whose formula cells hold the draft values (for SUMs over its own cells). */
function gridOfFake(book: FakeWorkbook, sheet: string): Grid {
  const draft = [t12, t01].find((d) => sheet.startsWith(d.sheetName))!;
  const values = draft.rows.map((row) => row.map((c) => (c.role === "money" && c.value !== null ? Number(c.value) : c.value)));
  return { sheet, originRow: 0, originCol: 0, values, text: values.map((r) => r.map((v) => (v === null ? "" : String(v)))), formats: [], merges: [] } as unknown as Grid;
}

describe("file host: writeDraft", () => {
  it("adds the tables to the downloaded copy with formulas and cached values; names never collide; the file is unchanged", async () => {
    const bytes = new Uint8Array(readFileSync(SEED));
    const before = bytes.slice();
    const host = new FileHost("seed.xlsx", bytes);
    const first = await host.writeDraft(t12);
    const second = await host.writeDraft(t12);
    expect(first).toBe(t12.sheetName);
    expect(second).toBe(`${t12.sheetName} (2)`);
    expect(host.addedSheets).toEqual([first, second]);

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await host.markedCopy()) as unknown as ArrayBuffer);
    for (const name of [first, second]) {
      const ws = wb.getWorksheet(name)!;
      expect(ws.getCell("A1").value).toBe(t12.title);
      for (const c of formulaCells(t12)) {
        expect(ws.getCell(c.a1).value).toEqual({ formula: c.formula, result: Number(c.value ?? 0) });
      }
    }
    expect(wb.getWorksheet("表十二")!.getCell("A1").value).toEqual(expect.anything());
    expect(Buffer.compare(Buffer.from(bytes), Buffer.from(before))).toBe(0);
  });
});
