/** `budget-check generate` as a real process on the real samples: output written, input untouched, --out guarded. */
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { disclosureOf, PUTUO, SEED } from "./helpers";

const ROOT = path.resolve(".");

function cli(...args: string[]) {
  const r = spawnSync(process.execPath, ["--import", "tsx", path.join(ROOT, "src/cli/main.ts"), ...args], { cwd: ROOT, encoding: "utf8", timeout: 120_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
const sha = (f: string) => createHash("sha256").update(readFileSync(f)).digest("hex");

describe("budget-check generate", () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "generate-"));

  it("writes the missing 表十二 by default; the input is not modified; an existing --out needs --force", async () => {
    const before = sha(SEED);
    const out = path.join(dir, "seed.xlsx");
    const r = cli("generate", SEED, "--out", out);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("T12 → 工作表“表十二 项目支出预算表（生成）”");
    expect(sha(SEED)).toBe(before);
    const d = await disclosureOf(new Uint8Array(readFileSync(out)));
    const t12 = d.tables.find((t) => t.id === "T12" && !t.empty)!;
    expect(t12.rows.find((r) => r.kind === "total")!.amounts.total!.text).toBe("127.22");

    const again = cli("generate", SEED, "--out", out);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain("输出文件已存在");
    expect(cli("generate", SEED, "--tables", "T01,T11", "--unit-type", "行政", "--out", out, "--force").code).toBe(0);
    expect(cli("generate", SEED, "--out", SEED, "--force").stderr).toContain("不能是输入文件本身");
    expect(sha(SEED)).toBe(before);
  });

  it("names the reason and writes nothing when a requested table cannot be derived", () => {
    const out = path.join(dir, "putuo.xlsx");
    const r = cli("generate", PUTUO, "--tables", "T10", "--out", out);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("无法生成 T10");
    expect(r.stderr).toContain("公务接待费");
    expect(existsSync(out)).toBe(false);
  });

  it("--list shows what can be generated from what", () => {
    const r = cli("generate", PUTUO, "--list");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("✗ T12");
    expect(r.stdout).toContain("· T05");
  });
});
