import { afterEach, describe, expect, it } from "vitest";
import { FakeWorkbook } from "./support/excel-fake";
import { createExcelHost } from "../../src/hosts/excel/host";
import { CELLS_PER_REQUEST } from "../../src/hosts/excel/read";
import type { ReadProgress } from "../../src/hosts/port";

let uninstall: (() => void) | undefined;
afterEach(() => uninstall?.());

function book(sheets: number): FakeWorkbook {
  const b = new FakeWorkbook();
  for (let i = 0; i < sheets; i++) {
    b.addSheet(`表${i + 1}`, [
      [`${i + 1}号表标题`, null, null],
      ["科目编码", "科目名称", "金额"],
      ["201", "一般公共服务支出", 12.5],
    ], "B2");
  }
  return b;
}

describe("Excel host: reading", () => {
  it("turns every sheet's used range into a Grid (origin, values, text, formats, merges)", async () => {
    const b = book(1);
    b.sheets[0].merges.push("B2:D2");
    const c = b.cell("表1", "D4");
    c.format = "#,##0.00";
    c.text = "12.50";
    b.addSheet("空白页");
    uninstall = b.install();
    const grids = await createExcelHost().readGrids();
    expect(grids.map((g) => g.sheet)).toEqual(["表1", "空白页"]);
    const g = grids[0];
    expect([g.originRow, g.originCol]).toEqual([1, 1]);
    expect(g.values).toEqual([
      ["1号表标题", null, null],
      ["科目编码", "科目名称", "金额"],
      ["201", "一般公共服务支出", 12.5],
    ]);
    expect(g.text[2][2]).toBe("12.50");
    expect(g.formats[2][2]).toBe("#,##0.00");
    expect(g.formats[0][0]).toBe("General");
    expect(g.merges).toEqual([{ top: 1, left: 1, bottom: 1, right: 3 }]);
    expect(grids[1]).toMatchObject({ values: [], text: [], formats: [], merges: [] });
  });

  it("loads the sheet list, then values, text and number formats of each used range plus merged areas", async () => {
    const b = book(2);
    uninstall = b.install();
    await createExcelHost().readGrids();
    expect(b.loads.filter((l) => l.kind === "worksheets").map((l) => l.props)).toEqual(["items/name"]);
    const used = b.loads.filter((l) => l.kind === "usedRange");
    expect(used).toHaveLength(2);
    for (const l of used) expect(l.props.split(",").sort()).toEqual(["columnCount", "columnIndex", "numberFormat", "rowCount", "rowIndex", "text", "values"]);
    expect(b.loads.filter((l) => l.kind === "mergedAreas").map((l) => l.props)).toEqual(["address", "address"]);
  });

  it.each([1, 20])("reads %i sheet(s) in 2 syncs", async (n) => {
    const b = book(n);
    uninstall = b.install();
    const grids = await createExcelHost().readGrids();
    expect(grids).toHaveLength(n);
    expect(b.syncs).toBe(2);
    expect(b.runs).toBe(1);
  });

  it("rebuilds a number's text when Excel shows #### for a narrow column", async () => {
    const b = book(1);
    const c = b.cell("表1", "D4");
    c.format = "#,##0.00";
    c.text = "####";
    c.value = 12345.5;
    uninstall = b.install();
    const [g] = await createExcelHost().readGrids();
    expect(g.text[2][2]).toBe("12,345.50");
  });

  it("falls back to chunked reading when Excel refuses a response over the payload limit, with progress", async () => {
    const b = new FakeWorkbook();
    const rows = 2_600;
    const big = Array.from({ length: rows }, (_, i) => Array.from({ length: 20 }, (_, j) => i * 100 + j));
    b.addSheet("大表", big); // 52,000 cells
    b.addSheet("小表", [["标题"], [1]]);
    b.payloadCellLimit = CELLS_PER_REQUEST;
    uninstall = b.install();
    const progress: ReadProgress[] = [];
    const grids = await createExcelHost().readGrids((p) => progress.push(p));
    expect(grids[0].values).toHaveLength(rows);
    expect(grids[0].values[2_599][19]).toBe(259_919);
    expect(grids[1].values).toEqual([["标题"], [1]]);
    // 1 sheet list + 1 refused + 1 shapes + 3 chunks of ≤ 20,000 cells (52,002 cells)
    expect(b.syncs).toBe(6);
    const cells = progress.filter((p) => p.phase === "cells" && p.total > 1);
    expect(cells.at(-1)).toEqual({ phase: "cells", done: 52_002, total: 52_002 });
    expect(cells.length).toBeGreaterThanOrEqual(4);
  });

  it("splits a chunk that is still refused", async () => {
    const b = new FakeWorkbook();
    b.addSheet("大表", Array.from({ length: 1000 }, (_, i) => Array.from({ length: 10 }, () => i)));
    b.payloadCellLimit = 3_000;
    uninstall = b.install();
    const [g] = await createExcelHost().readGrids();
    expect(g.values).toHaveLength(1000);
    expect(g.values[999][9]).toBe(999);
  });
});
