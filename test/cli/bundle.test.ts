/**
 * The bundled CLI (scripts/build-cli.ts), built from the current sources into a temp dir, run as a
 * real process on the real sample workbooks: the same JSON report as the sources under tsx, in one
 * thread and with worker threads (whose entry differs in the bundle). And when bin/budget-check.js
 * may run a bundle at all (bin/fresh-bundle.js).
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freshBundle } from "../../bin/fresh-bundle.js";
import { buildCli } from "../../scripts/build-cli";

const ROOT = path.join(__dirname, "../..");
const SOURCES_CLI = ["--import", "tsx", path.join(ROOT, "src/cli/main.ts")];
const SAMPLES = path.join(ROOT, "samples"); // walked recursively: messy, defects and broken files too

function run(args: string[]) {
  const r = spawnSync(process.execPath, args, { cwd: ROOT, encoding: "utf8", timeout: 180_000, maxBuffer: 64 * 2 ** 20 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe("bundled CLI", () => {
  let dir: string;
  let buildStarted: number;
  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), "bc-bundle-"));
    buildStarted = Date.now();
    await buildCli(dir);
  }, 120_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("dates its outputs to before the build read the sources (a source saved meanwhile counts as newer)", () => {
    for (const f of ["main.js", "worker.js"]) expect(statSync(path.join(dir, f)).mtimeMs).toBeLessThanOrEqual(buildStarted);
  });

  it("reports exactly what the TypeScript sources report, with --jobs 1 and with two worker threads", () => {
    const sources = run([...SOURCES_CLI, "validate", "--jobs", "1", "--format", "json", SAMPLES]);
    expect(sources.code).toBe(2); // samples/broken holds unreadable files (exit 2), the others are still checked
    const workbooks = JSON.parse(sources.stdout).workbooks as { file: string; findings: unknown[] }[];
    expect(workbooks.length).toBeGreaterThan(30);
    expect(workbooks.some((w) => w.findings.length > 0)).toBe(true);
    for (const jobs of ["1", "2"]) {
      const bundled = run([path.join(dir, "main.js"), "validate", "--jobs", jobs, "--format", "json", SAMPLES]);
      expect(bundled.code).toBe(2);
      expect(bundled.stderr).not.toContain("Cannot find module");
      expect(JSON.parse(bundled.stdout)).toEqual(JSON.parse(sources.stdout));
    }
  }, 180_000);

  it("mark, generate and narrate write the same workbooks as the sources (their validation reports are equal)", () => {
    const seed = path.join(ROOT, "samples/yangcheng-xinfang-2024.xlsx");
    const reportOf = (file: string) => {
      const r = run([...SOURCES_CLI, "validate", "--format", "json", file]);
      return JSON.parse(r.stdout.split(file).join("OUT")) as unknown;
    };
    for (const command of ["mark", "generate", "narrate"]) {
      const outs = { bundle: path.join(dir, `bundle-${command}.xlsx`), sources: path.join(dir, `sources-${command}.xlsx`) };
      const bundled = run([path.join(dir, "main.js"), command, seed, "--out", outs.bundle]);
      const sources = run([...SOURCES_CLI, command, seed, "--out", outs.sources]);
      expect(bundled.code, `${command}: ${bundled.stderr}`).toBe(sources.code);
      expect(statSync(outs.bundle).size).toBeGreaterThan(10_000);
      expect(reportOf(outs.bundle)).toEqual(reportOf(outs.sources));
    }
  }, 180_000);
});

describe("bin/fresh-bundle.js", () => {
  const INPUTS = ["src/core/engine.ts", "package.json", "package-lock.json", "tsconfig.json", "scripts/build-cli.ts"];
  let root: string;
  const at = (file: string, seconds: number) => {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), "x");
    utimesSync(path.join(root, file), seconds, seconds);
  };
  /** Every input at t = 1000 s, the bundle (if any) at `built`. */
  const tree = (built?: number) => {
    rmSync(root, { recursive: true, force: true });
    for (const f of INPUTS) at(f, 1000);
    for (const d of ["src", "src/core", "scripts"]) utimesSync(path.join(root, d), 1000, 1000);
    if (built !== undefined) for (const f of ["dist-cli/main.js", "dist-cli/worker.js"]) at(f, built);
  };
  beforeAll(() => {
    root = mkdtempSync(path.join(os.tmpdir(), "bc-fresh-"));
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it("runs no bundle that is missing or incomplete", () => {
    tree();
    expect(freshBundle(root)).toBeUndefined();
    at("dist-cli/main.js", 2000);
    expect(freshBundle(root)).toBeUndefined(); // no worker.js
  });

  it("runs the bundle built after every input, and not once a source, a settings file or the build script is newer", () => {
    tree(2000);
    expect(freshBundle(root)).toBe(path.join(root, "dist-cli", "main.js"));
    for (const input of INPUTS) {
      at(input, 3000);
      expect(freshBundle(root), input).toBeUndefined();
      at(input, 1000);
      expect(freshBundle(root), input).toBe(path.join(root, "dist-cli", "main.js"));
    }
  });

  it("takes a source saved in the build's own second as newer (the build dates its outputs to its start)", () => {
    tree(2000);
    at("src/core/engine.ts", 2000);
    expect(freshBundle(root)).toBeUndefined();
  });

  it("notices a source file added after the build (its directory changes)", () => {
    tree(2000);
    expect(freshBundle(root)).toBe(path.join(root, "dist-cli", "main.js"));
    at("src/core/new-rule.ts", 1000);
    utimesSync(path.join(root, "src/core"), 3000, 3000);
    expect(freshBundle(root)).toBeUndefined();
  });
});
