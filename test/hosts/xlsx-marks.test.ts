import { describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import { markWorkbook, noteText } from "../../src/hosts/xlsx/marks";
import { FileHost } from "../../src/hosts/xlsx/file-host";
import { MARK_FILLS, NOTE_PREFIX } from "../../src/hosts/mark-plan";
import type { Finding } from "../../src/core/report";

async function sampleBytes(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("表二");
  ws.addRows([
    ["科目编码", "科目名称", "合计"],
    ["201", "一般公共服务支出", 18.89],
    ["20101", "人大事务", 10],
    ["20102", "政协事务", 8.9],
  ]);
  // Same style on C2:C4 (one style index in the file): marking C2 must not colour C3 and C4.
  for (const a of ["C2", "C3", "C4"]) ws.getCell(a).numFmt = "0.00";
  ws.getCell("B2").fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFFF00" } };
  ws.getCell("C3").note = "请财务科核对";
  wb.addWorksheet("校验结果");
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

const findings: Finding[] = [
  { rule: "total.hierarchy", category: "total", severity: "error", table: "T03", sheet: "表二", cell: "C2", related: [], expected: "18.90", actual: "18.89", message: "201 一般公共服务支出：合计应为其下各项之和" },
  { rule: "catalog.known-name", category: "catalog", severity: "warning", sheet: "表二", cell: "C3", related: [], message: "科目名称与编码不符" },
  { rule: "total.hierarchy", category: "total", severity: "info", sheet: "表二", cell: "C4", related: [], message: "尾差 0.01" },
  { rule: "cross.t01-t02", category: "cross", severity: "error", sheet: "不存在的表", cell: "A1", related: [], message: "…" },
];

async function open(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return wb;
}

describe("ExcelJS mark writer", () => {
  it("writes a copy with a fill by severity and a note per finding; the original bytes are untouched", async () => {
    const original = await sampleBytes();
    const before = Buffer.from(original);
    const res = await markWorkbook(original, findings);
    expect(Buffer.compare(Buffer.from(original), before)).toBe(0);
    expect(res.marked).toBe(2);
    expect(res.missing).toEqual([{ sheet: "不存在的表", cell: "A1" }]);

    const ws = (await open(res.bytes)).getWorksheet("表二")!;
    const argb = (a: string) => ((ws.getCell(a).fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb ?? null);
    expect(argb("C2")).toBe(`FF${MARK_FILLS.error.slice(1)}`);
    expect(argb("C3")).toBe(`FF${MARK_FILLS.warning.slice(1)}`);
    expect(argb("C4")).toBeNull(); // info: list only; and no leak through the shared style
    expect(argb("B2")).toBe("FFFFFF00");
    expect(ws.getCell("C2").numFmt).toBe("0.00");
    expect(noteText(ws.getCell("C2").note)).toBe(`${NOTE_PREFIX}\n错误（表内合计）：201 一般公共服务支出：合计应为其下各项之和\n应为 18.90，实为 18.89`);
    expect(noteText(ws.getCell("C3").note)).toMatch(/^【预算公开助手】\n警告（科目编码与名称）：科目名称与编码不符\n\n—— 原批注 ——\n请财务科核对$/);
    expect(noteText(ws.getCell("C4").note)).toBeNull();
  });

  it("adds extra sheets under a free name", async () => {
    const res = await markWorkbook(await sampleBytes(), [], [{ name: "校验结果", rows: [["表", "单元格"], ["表二", "C2"]] }]);
    expect(res.sheetNames).toEqual(["校验结果 (2)"]);
    const wb = await open(res.bytes);
    expect(wb.getWorksheet("校验结果 (2)")!.getCell("B2").value).toBe("C2");
  });
});

describe("FileHost (the browser page's port)", () => {
  it("reads grids, keeps marks for the download, and clears them", async () => {
    const bytes = await sampleBytes();
    const host = new FileHost("阳城县信访局.xlsx", bytes);
    const grids = await host.readGrids();
    expect(grids.map((g) => g.sheet)).toEqual(["表二", "校验结果"]);
    expect(await host.applyMarks(findings)).toMatchObject({ marked: 2, annotation: "note" });
    expect(host.markedFileName()).toBe("阳城县信访局-标注版.xlsx");
    const ws = (await open(await host.markedCopy())).getWorksheet("表二")!;
    expect(noteText(ws.getCell("C2").note)).toContain("合计应为其下各项之和");
    expect(await host.clearMarks()).toEqual({ restored: 2, keptUserChanges: 0 });
    const clean = (await open(await host.markedCopy())).getWorksheet("表二")!;
    expect(noteText(clean.getCell("C2").note)).toBeNull();
  });

  it("remembers corrections per file in the given store", async () => {
    const host = new FileHost("a.xlsx", await sampleBytes());
    await host.setTableOverrides([{ sheet: "表二", cell: "A1", id: "T03" }]);
    expect(await host.getTableOverrides()).toEqual([{ sheet: "表二", cell: "A1", id: "T03" }]);
  });
});
