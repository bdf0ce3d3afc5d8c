/** `budget-check generate FILE --subtotals --out FILE` as a real process: the corrected copy is written, the input untouched. */
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { disclosureOf, openWorkbook, sampleBytes, SEED, toBytes } from "./helpers";

const ROOT = path.resolve(".");

function cli(...args: string[]) {
  const r = spawnSync(process.execPath, ["--import", "tsx", path.join(ROOT, "src/cli/main.ts"), ...args], { cwd: ROOT, encoding: "utf8", timeout: 120_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
const sha = (f: string) => createHash("sha256").update(readFileSync(f)).digest("hex");

describe("budget-check generate --subtotals", () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "subtotals-"));

  it("writes 表三's corrected copy when its 合计 row and 20103 are missing", async () => {
    const wb = await openWorkbook(sampleBytes(SEED));
    const ws = wb.getWorksheet("表三")!;
    ws.spliceRows(7, 1);
    ws.spliceRows(5, 1);
    const input = path.join(dir, "reduced.xlsx");
    writeFileSync(input, await toBytes(wb));
    const before = sha(input);
    const out = path.join(dir, "corrected.xlsx");

    const list = cli("generate", input, "--subtotals", "--list");
    expect(list.code).toBe(0);
    expect(list.stdout).toContain("T03 预算支出总表（工作表“表三”）：补充了 合计 行、20103 款");

    const r = cli("generate", input, "--subtotals", "--out", out);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("T03 → 工作表“表三 预算支出总表（补全）”");
    expect(r.stdout).toContain("补充了 合计 行、20103 款");
    expect(sha(input)).toBe(before);
    const d = await disclosureOf(new Uint8Array(readFileSync(out)));
    const copy = d.tables.find((t) => t.id === "T03" && t.sheet === "表三 预算支出总表（补全）")!;
    expect(copy.rows.find((x) => x.code === "20103")!.amounts.total!.text).toBe("101.14");
  });

  it("writes nothing when every coded table is complete (seed)", () => {
    const out = path.join(dir, "seed.xlsx");
    const r = cli("generate", SEED, "--subtotals", "--out", out);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("无需补全");
    expect(r.stderr).toContain("没有需要补全的表");
    expect(existsSync(out)).toBe(false);
  });
});
