/** Running the real CLI process (asynchronously: a blocked test worker times out), and hashing files. */
import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";

export const ROOT = path.join(__dirname, "../..");

export function cli(...args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return cliWithEnv({}, ...args);
}

/** The real CLI with extra environment variables. */
export function cliWithEnv(env: Record<string, string>, ...args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ["--import", "tsx", path.join(ROOT, "src/cli/main.ts"), ...args],
      { cwd: ROOT, encoding: "utf8", timeout: 180_000, maxBuffer: 64 * 2 ** 20, env: { ...process.env, ...env } },
      (error, stdout, stderr) => resolve({ code: error ? ((error as { code?: number }).code ?? null) : 0, stdout, stderr }),
    );
  });
}

export const sha = (f: string) => createHash("sha256").update(readFileSync(f)).digest("hex");
