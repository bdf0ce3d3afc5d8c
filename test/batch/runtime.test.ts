/**
 * A batch with a worker on every core runs in a process started with V8's --single-threaded (its
 * GC and compiler helpers would only contend with the workers): the real CLI relaunches itself,
 * and the report, progress and exit code are the same as in one thread.
 */
import { execFile } from "node:child_process";
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { defaultJobs } from "../../src/cli/batch/pool";
import { RELAUNCH_MIN_FILES, wantsSingleThreadedV8 } from "../../src/cli/batch/runtime";
import { reportSchema } from "../../src/core/report";
import { cliWithEnv, ROOT } from "./support";

vi.setConfig({ testTimeout: 240_000 });

describe("wantsSingleThreadedV8", () => {
  const cores = defaultJobs();
  it("only for a worker on every core and a batch large enough to pay for the restart", () => {
    expect(wantsSingleThreadedV8(1, 10_000)).toBe(false);
    expect(wantsSingleThreadedV8(Math.max(2, cores), RELAUNCH_MIN_FILES)).toBe(true);
    expect(wantsSingleThreadedV8(Math.max(2, cores), RELAUNCH_MIN_FILES - 1)).toBe(false);
    if (cores > 2) expect(wantsSingleThreadedV8(cores - 1, 10_000)).toBe(false);
  });
});

describe(`validate DIR with ${RELAUNCH_MIN_FILES} files and a worker per core`, () => {
  let dir: string;
  let statsDir: string;
  const jobs = String(Math.max(2, defaultJobs()));
  beforeAll(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), "bc-relaunch-"));
    statsDir = mkdtempSync(path.join(os.tmpdir(), "bc-stats-"));
    for (let i = 0; i < RELAUNCH_MIN_FILES; i++) {
      const src = i === 7 ? "samples/defects/total-mismatch.xlsx" : "samples/yangcheng-xinfang-2024-corrected.xlsx";
      copyFileSync(path.join(ROOT, src), path.join(dir, `${String(i).padStart(3, "0")}.xlsx`));
    }
  });
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
    rmSync(statsDir, { recursive: true, force: true });
  });

  it("is decided before the CLI is loaded: a fresh process answers without loading ExcelJS or the engine", async () => {
    // What the process entry does first; everything it loads is listed by Node's module cache.
    const script = `
      const { relaunchesSingleThreaded } = require(${JSON.stringify(path.join(ROOT, "src/cli/batch/early-relaunch.ts"))});
      (async () => {
        const answers = {
          batch: await relaunchesSingleThreaded(["validate", "--jobs", ${JSON.stringify(jobs)}, "--format", "json", ${JSON.stringify(dir)}]),
          oneThread: await relaunchesSingleThreaded(["validate", "--jobs", "1", ${JSON.stringify(dir)}]),
          oneFile: await relaunchesSingleThreaded(["validate", "--jobs", ${JSON.stringify(jobs)}, ${JSON.stringify(path.join(dir, "000.xlsx"))}]),
          help: await relaunchesSingleThreaded(["validate", "--help"]),
          badOption: await relaunchesSingleThreaded(["validate", "--no-such-option", ${JSON.stringify(dir)}]),
          otherCommand: await relaunchesSingleThreaded(["mark", ${JSON.stringify(dir)}]),
        };
        const loaded = Object.keys(require.cache);
        console.log(JSON.stringify({ answers, exceljs: loaded.some((f) => f.includes("exceljs")), engine: loaded.some((f) => f.includes("core/engine") || f.includes("core/recognize")) }));
      })();`;
    const out = await new Promise<string>((resolve, reject) =>
      execFile(process.execPath, ["--import", "tsx", "-e", script], { cwd: ROOT, encoding: "utf8" }, (e, stdout) => (e ? reject(e) : resolve(stdout))),
    );
    expect(JSON.parse(out)).toEqual({
      answers: { batch: true, oneThread: false, oneFile: false, help: false, badOption: false, otherCommand: false },
      exceljs: false,
      engine: false,
    });
  });

  it("runs in a relaunched --single-threaded process; same report, progress and exit code as --jobs 1", async () => {
    const statsMany = path.join(statsDir, "many.json");
    const statsOne = path.join(statsDir, "one.json");
    const many = await cliWithEnv({ BUDGET_CHECK_STATS: statsMany }, "validate", "--jobs", jobs, "--format", "json", dir);
    const one = await cliWithEnv({ BUDGET_CHECK_STATS: statsOne }, "validate", "--jobs", "1", "--format", "json", dir);
    expect(JSON.parse(readFileSync(statsMany, "utf8"))).toMatchObject({ files: RELAUNCH_MIN_FILES, workers: Number(jobs), singleThreadedV8: true });
    expect(JSON.parse(readFileSync(statsOne, "utf8"))).toMatchObject({ files: RELAUNCH_MIN_FILES, workers: 0, singleThreadedV8: false });
    expect(many.code).toBe(1); // one workbook has an error
    expect(one.code).toBe(1);
    const report = reportSchema.parse(JSON.parse(many.stdout));
    expect(report.workbooks).toHaveLength(RELAUNCH_MIN_FILES);
    expect(report.workbooks.filter((w) => w.summary.error > 0).map((w) => path.basename(w.file))).toEqual(["007.xlsx"]);
    expect(report).toEqual(JSON.parse(one.stdout));
    expect(many.stderr.split("\n").filter((l) => l.startsWith("[") && l.includes(`/${RELAUNCH_MIN_FILES}] `))).toHaveLength(RELAUNCH_MIN_FILES);
    expect(many.stderr).toContain(`已校验 ${RELAUNCH_MIN_FILES} 个工作簿`);
  });
});
