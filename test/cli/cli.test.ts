/** The real CLI process on real files: exit codes, JSON contract, nothing written to inputs. */
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, writeFileSync, copyFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import { reportSchema } from "../../src/core/report";

const ROOT = path.join(__dirname, "../..");
const SEED = path.join(ROOT, "samples/yangcheng-xinfang-2024.xlsx");
const PUTUO = path.join(ROOT, "samples/putuo-finance-2025.xlsx");

function cli(...args: string[]) {
  const r = spawnSync(process.execPath, ["--import", "tsx", path.join(ROOT, "src/cli/main.ts"), ...args], { cwd: ROOT, encoding: "utf8", timeout: 120_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
const sha = (f: string) => createHash("sha256").update(readFileSync(f)).digest("hex");

describe("budget-check validate", () => {
  it("JSON report on the seed sample matches the schema; exit 1 for its errors; the T12 defect is found and no rounding cell is an error", () => {
    const before = sha(SEED);
    const r = cli("validate", "--format", "json", SEED);
    expect(r.code).toBe(1);
    const report = reportSchema.parse(JSON.parse(r.stdout));
    const wb = report.workbooks[0];
    expect(wb.unit).toBe("阳城县信访局");
    expect(wb.year).toBe(2024);
    const t12 = wb.findings.find((f) => f.rule === "completeness.empty-but-expected");
    expect(t12).toMatchObject({ severity: "error", table: "T12" });
    expect(t12!.message).toContain("127.22");
    // domain §8: rounding-only places are never errors.
    const errors = wb.findings.filter((f) => f.severity === "error");
    expect(errors.filter((f) => f.category === "total")).toEqual([]);
    const rounding = wb.findings.filter((f) => f.rule === "total.hierarchy" && f.cell === "C14" && f.sheet.includes("二"));
    expect(rounding.every((f) => f.severity === "info")).toBe(true);
    expect(sha(SEED)).toBe(before);
  });

  it("text report is grouped by table, in Chinese", () => {
    const r = cli("validate", SEED);
    expect(r.stdout).toContain("【T12 项目支出预算表（本年预算）】");
    expect(r.stdout).toContain("结果：错误");
  });

  it("a workbook with no budget tables: clear message, exit 0", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "bc-"));
    const f = path.join(dir, "通讯录.xlsx");
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Sheet1").addRows([["姓名", "电话"], ["张三", "123"]]);
    await wb.xlsx.writeFile(f);
    const r = cli("validate", f);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("未识别到预算公开表");
  });

  it("a corrupt file is reported with a readable error, the others are still checked, exit 2", () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "bc-"));
    const bad = path.join(dir, "坏文件.xlsx");
    writeFileSync(bad, "this is not a workbook");
    copyFileSync(PUTUO, path.join(dir, "putuo.xlsx"));
    const r = cli("validate", "--format", "json", dir);
    expect(r.code).toBe(2);
    const report = reportSchema.parse(JSON.parse(r.stdout));
    expect(report.workbooks).toHaveLength(2);
    const broken = report.workbooks.find((w) => w.file.endsWith("坏文件.xlsx"))!;
    expect(broken.error?.message).toContain("不是有效的 .xlsx 文件");
    const ok = report.workbooks.find((w) => w.file.endsWith("putuo.xlsx"))!;
    expect(ok.tables.length).toBeGreaterThan(8);
  });

  it("bad option → exit 2 with a usage message", () => {
    const r = cli("validate", "--format", "pdf", SEED);
    expect(r.code).toBe(2);
  });
});

describe("npm run demo", () => {
  it("prints the text report and writes out/…report.json", () => {
    const r = cli("demo");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("阳城县信访局");
    const json = reportSchema.parse(JSON.parse(readFileSync(path.join(ROOT, "out/yangcheng-xinfang-2024.report.json"), "utf8")));
    expect(json.workbooks[0].summary.error).toBeGreaterThan(0);
  });
});
