/**
 * `budget-check mark FILE --out FILE` through the real CLI: the copy carries a fill and a note on
 * every error/warning cell (re-read with ExcelJS), the input is byte-for-byte unchanged, and an
 * existing output is not replaced without --force.
 */
import ExcelJS from "exceljs";
import { copyFileSync, mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { reportSchema, type WorkbookReport } from "../../src/core/report";
import { MARK_FILLS, NOTE_PREFIX } from "../../src/hosts/mark-plan";
import { noteText } from "../../src/hosts/xlsx/marks";
import { cli, ROOT, sha } from "./support";

vi.setConfig({ testTimeout: 240_000 });

let dir: string;
let input: string;
let report: WorkbookReport;

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), "bc-mark-"));
  input = path.join(dir, "阳城.xlsx");
  copyFileSync(path.join(ROOT, "samples/yangcheng-xinfang-2024.xlsx"), input);
  report = reportSchema.parse(JSON.parse((await cli("validate", "--format", "json", input)).stdout)).workbooks[0];
}, 240_000);

describe("budget-check mark", () => {
  it("writes a marked copy: fills and notes on every error and warning cell; info not marked; input unchanged", async () => {
    const before = sha(input);
    const out = path.join(dir, "标注", "阳城-标注版.xlsx");
    const r = await cli("mark", input, "--out", out);
    expect(r.code).toBe(1); // the seed has errors
    expect(r.stdout).toContain(`标注版已写入 ${out}（原文件未改动）`);
    expect(sha(input)).toBe(before);

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const marked = report.findings.filter((f) => f.severity !== "info");
    expect(marked.length).toBeGreaterThan(3);
    for (const f of marked) {
      const cell = wb.getWorksheet(f.sheet)!.getCell(f.cell);
      const worst = report.findings.some((g) => g.sheet === f.sheet && g.cell === f.cell && g.severity === "error") ? "error" : "warning";
      const fill = cell.fill as ExcelJS.FillPattern;
      expect(fill?.fgColor?.argb, `${f.sheet}!${f.cell}`).toBe(`FF${MARK_FILLS[worst].slice(1)}`);
      const note = noteText(cell.note)!;
      expect(note.startsWith(NOTE_PREFIX)).toBe(true);
      expect(note).toContain(f.message);
    }
    // A cell with only an info finding keeps its look.
    const infoOnly = report.findings.find((f) => f.severity === "info" && !marked.some((m) => m.sheet === f.sheet && m.cell === f.cell))!;
    const plain = wb.getWorksheet(infoOnly.sheet)!.getCell(infoOnly.cell);
    expect(noteText(plain.note)).toBeNull();
    // The values are those of the input.
    const orig = new ExcelJS.Workbook();
    await orig.xlsx.readFile(input);
    expect(wb.getWorksheet(marked[0].sheet)!.getCell(marked[0].cell).value).toEqual(orig.getWorksheet(marked[0].sheet)!.getCell(marked[0].cell).value);

    const outHash = sha(out);
    const again = await cli("mark", input, "--out", out);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain("已存在，未覆盖");
    expect(sha(out)).toBe(outHash);
    expect((await cli("mark", input, "--out", out, "--force")).code).toBe(1);
  });

  it("default name beside the input; never over the input itself", async () => {
    const r = await cli("mark", input);
    expect(r.stdout).toContain(path.join(dir, "阳城-标注版.xlsx"));
    const before = sha(input);
    const self = await cli("mark", input, "--out", input, "--force");
    expect(self.code).toBe(2);
    expect(self.stderr).toContain("不能覆盖输入");
    expect(sha(input)).toBe(before);
  });

  it("an unreadable file: a message naming it, exit 2, nothing written", async () => {
    const r = await cli("mark", path.join(ROOT, "samples/broken/legacy-xls.xlsx"), "--out", path.join(dir, "x.xlsx"));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/无法标注：.*legacy-xls\.xlsx：.*旧版/);
  });
});
