import { readFileSync } from "node:fs";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import type { Grid } from "../../src/core/grid";
import { readGrids } from "../../src/hosts/xlsx/read";
import { clearAllMarks, validateAndMark, validateWorkbookAndMark } from "../../src/hosts/excel/actions";
import { createExcelHost } from "../../src/hosts/excel/host";
import { MARK_FILLS } from "../../src/hosts/mark-plan";
import { FakeWorkbook } from "./support/excel-fake";

let grids: Grid[];
let uninstall: (() => void) | undefined;
beforeAll(async () => {
  grids = await readGrids(readFileSync("samples/yangcheng-xinfang-2024.xlsx"));
});
afterEach(() => uninstall?.());

describe("ribbon actions over the Excel host", () => {
  it("validateAndMark: stored corrections, the whole workbook read, findings marked; returns the counts", async () => {
    const book = FakeWorkbook.fromGrids(grids);
    uninstall = book.install();
    const summary = await validateAndMark();
    expect(summary.error).toBeGreaterThan(0);
    expect(book.fill("表十二", "A6").color).toBe(MARK_FILLS.error);
    await clearAllMarks();
    expect(book.fill("表十二", "A6").pattern).toBe("None");
  });

  it("uses the same number of syncs for 1 sheet and for 20 sheets: 1 (corrections) + 2 (read) + 2 (marks)", async () => {
    const counts: number[] = [];
    for (const n of [1, 20]) {
      const sheets = grids.filter((g) => g.sheet === "表十二").concat(grids.filter((g) => g.sheet !== "表十二")).slice(0, n);
      const book = FakeWorkbook.fromGrids(sheets);
      uninstall = book.install();
      const { report } = await validateWorkbookAndMark(createExcelHost());
      expect(report.findings.length).toBeGreaterThan(0);
      counts.push(book.syncs);
      uninstall();
    }
    expect(counts).toEqual([5, 5]);
  });
});
