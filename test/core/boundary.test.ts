/** The core is pure: it imports no host (Office.js, ExcelJS), no DOM, no Node I/O — architecture rule 3. */
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const CORE = path.join(__dirname, "../../src/core");

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = path.join(dir, f);
    return statSync(p).isDirectory() ? files(p) : /\.tsx?$/.test(f) ? [p] : [];
  });
}

const FORBIDDEN = [
  /from\s+["']exceljs["']/,
  /from\s+["']@microsoft\/office-js["']/,
  /from\s+["']react(-dom)?["']/,
  /from\s+["'](node:)?(fs|path|child_process|worker_threads|os)["']/,
  /from\s+["'][./]*\/(hosts|taskpane|cli|functions|commands)\//,
  /\b(document|window)\.\w/,
  /\b(Office|Excel)\.(run|onReady|context)\b/,
];

describe("src/core imports no host", () => {
  const all = files(CORE);
  it("finds the core's files", () => expect(all.length).toBeGreaterThan(50));
  for (const f of all) {
    it(path.relative(CORE, f), () => {
      const code = readFileSync(f, "utf8").replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, "");
      for (const re of FORBIDDEN) expect(code, `${re}`).not.toMatch(re);
    });
  }
});
