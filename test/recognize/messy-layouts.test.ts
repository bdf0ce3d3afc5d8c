/**
 * Layout changes a real export may have, made on the seed workbook itself: amount columns in another
 * order (the headers still say which is which) and a title merged over several rows.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { readGrids } from "../../src/hosts/xlsx/read";
import { recognize } from "../../src/core/recognize";
import { validateGrids } from "../../src/core/engine";
import { totalRow } from "../../src/core/rules/support";

const SEED = path.join(__dirname, "../../samples/yangcheng-xinfang-2024.xlsx");

async function seedWith(edit: (wb: ExcelJS.Workbook) => void) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(SEED) as unknown as ArrayBuffer);
  edit(wb);
  return readGrids(new Uint8Array(await wb.xlsx.writeBuffer()));
}

describe("recognition survives layout changes", () => {
  it("表三 with 基本支出 and 项目支出 swapped: columns found by header, same findings as the original", async () => {
    const original = validateGrids(await readGrids(new Uint8Array(readFileSync(SEED))));
    const grids = await seedWith((wb) => {
      const ws = wb.getWorksheet("表三")!;
      ws.eachRow((row) => {
        const d = row.getCell(4).value;
        row.getCell(4).value = row.getCell(5).value;
        row.getCell(5).value = d;
      });
    });
    const t03 = recognize(grids).tables.find((t) => t.id === "T03")!;
    expect(t03.columns.map((c) => c.key)).toEqual(["total", "project", "basic"]);
    expect(totalRow(t03)!.amounts.basic!.ref.cell).toBe("E5");
    expect(totalRow(t03)!.amounts.basic!.amount.value.toString()).toBe("136.42");
    const moved = validateGrids(grids);
    const errors = (r: typeof moved) => r.findings.filter((f) => f.severity === "error").map((f) => f.rule).sort();
    expect(errors(moved)).toEqual(errors(original));
  });

  it("a title merged over three rows, with the unit row below it", async () => {
    const grids = await readGrids(new Uint8Array(readFileSync(SEED)));
    const g = grids.find((x) => x.sheet === "表五")!;
    const width = g.values[0].length;
    const blank = () => Array(width).fill(null);
    // Two rows inserted under the title, the title's merge stretched over them.
    g.values.splice(1, 0, blank(), blank());
    g.text.splice(1, 0, Array(width).fill(""), Array(width).fill(""));
    g.formats.splice(1, 0, Array(width).fill("General"), Array(width).fill("General"));
    g.merges = g.merges.map((m) => (m.top === 0 ? { ...m, bottom: 2 } : { ...m, top: m.top + 2, bottom: m.bottom + 2 }));
    const t05 = recognize(grids).tables.find((t) => t.id === "T05")!;
    expect(t05.title).toContain("一般公共预算支出预算表");
    expect(t05.unitName).toBe("阳城县信访局");
    expect(t05.rows.find((r) => r.code === "2010301")!.amounts.total!.amount.value.toString()).toBe("54.07");
    expect(totalRow(t05)!.amounts.total!.ref.cell).toBe("C7");
  });
});
