/** `budget-check narrate` as a real process: writes a new workbook, never the input, refuses to overwrite without --force. */
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { PUTUO, ROOT, SEED } from "./support";

function cli(...args: string[]) {
  const r = spawnSync(process.execPath, ["--import", "tsx", path.join(ROOT, "src/cli/main.ts"), ...args], { cwd: ROOT, encoding: "utf8", timeout: 120_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
const sha = (f: string) => createHash("sha256").update(readFileSync(f)).digest("hex");

describe("budget-check narrate", () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "narrate-"));

  it("writes the copy with the generated sheet and lists what to fill in; the input is untouched", async () => {
    const before = sha(SEED);
    const out = path.join(dir, "seed-narrated.xlsx");
    const r = cli("narrate", SEED, "--out", out);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain("已生成工作表“情况说明（生成）”");
    expect(r.stdout).toContain("2023年一般公共预算当年支出（万元）");
    expect(sha(SEED)).toBe(before);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.getWorksheet("情况说明（生成）")!.getCell("A1").text).toBe("第三部分 2024年度单位预算情况说明");

    // An existing --out is refused without --force, and kept as it was.
    const kept = sha(out);
    const again = cli("narrate", SEED, "--out", out);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain("已存在");
    expect(sha(out)).toBe(kept);
    expect(cli("narrate", SEED, "--out", out, "--force").code).toBe(0);
  });

  it("--template shanghai on the Putuo sample; an unknown template or the input as --out is a usage error", () => {
    const out = path.join(dir, "putuo-narrated.xlsx");
    const r = cli("narrate", PUTUO, "--out", out, "--template", "shanghai");
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain("部门预算编制说明（上海模板）");
    expect(cli("narrate", PUTUO, "--out", path.join(dir, "x.xlsx"), "--template", "nope").stderr).toContain("找不到模板");
    expect(cli("narrate", PUTUO, "--out", PUTUO).code).toBe(2);
    expect(existsSync(path.join(dir, "x.xlsx"))).toBe(false);
  });

  it("a user's template JSON file is validated", () => {
    const bad = path.join(dir, "bad.json");
    writeFileSync(bad, JSON.stringify({ id: "x" }));
    const r = cli("narrate", SEED, "--out", path.join(dir, "y.xlsx"), "--template", bad);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("情况说明模板格式不正确");
  });
});
