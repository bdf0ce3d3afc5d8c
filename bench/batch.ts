/**
 * Batch throughput and where the time goes (issue 7). JSON lines on stdout, a short table on stderr.
 *   npm run bench                      (part of the full bench, 1,000 files; BENCH_BATCH_FILES=N)
 *   npx tsx bench/batch.ts --files 300
 * - Throughput: N workbooks (copies of the bundled, messy and defect samples, cycled, in a temp
 *   dir) validated by the real CLI process with --jobs 1 (one thread) and --jobs 2 (worker
 *   threads), wall time from process start to exit, in the order 1, 2, C, S, 2, 1 (a drifting machine
 *   cancels out); files per second (mean of two runs each), the ratio, CPU per file and
 *   cores used (from the validating process itself, via BUDGET_CHECK_STATS), peak V8 heap per worker.
 *   C, the machine's own reference: two separate --jobs 1 processes on half the files each, at once.
 *   S, one core alone: --jobs 1 in a process started with V8's --single-threaded (no compiler or
 *   collector threads on the idle core), run once after C; --jobs 2 against it is the pool's own
 *   scaling, which --jobs 2 / --jobs 1 understates by what --jobs 1 borrows of the second core.
 * - Small batches (50 and 200 of the same files): one thread against a worker per core, whole CLI
 *   runs in the order 1, N, N, 1, and what the default (no --jobs) chooses: the measurement behind
 *   autoJobs's threshold (src/cli/batch/jobs.ts).
 * - One workbook (the seed): unzip/parse (native inflate + ExcelJS, as the CLI reads) vs grid conversion vs recognize vs rules vs
 *   report (JSON + text), medians, as shares of the sum.
 */
import { spawn, spawnSync } from "node:child_process";
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { loadBundledCatalog } from "../src/core/catalog/catalog";
import { runRules, toWorkbookReport } from "../src/core/engine";
import { recognize } from "../src/core/recognize";
import { REPORT_SCHEMA_ID, type Report } from "../src/core/report";
import { formatText } from "../src/cli/format-text";
import { loadWorkbook, workbookToGrids } from "../src/hosts/xlsx/read";
import { nodeInflateRaw } from "../src/hosts/xlsx/node-inflate";
import { buildCli } from "../scripts/build-cli";
import { autoJobs, defaultJobs } from "../src/cli/batch/jobs";
import { SINGLE_THREADED_V8 } from "../src/cli/batch/runtime";
import { freshBundle } from "../bin/fresh-bundle.js";
import { emit, medianMs, medianMsAsync } from "./measure";
import { sampleFiles } from "./samples";

const SAMPLES = path.join(__dirname, "../samples");
const CLI = path.join(__dirname, "../bin/budget-check.js");

/** N copies of the samples, cycled, in a fresh temp dir. */
function makeCorpus(n: number): { dir: string; files: string[] } {
  const sources = sampleFiles(SAMPLES);
  const dir = mkdtempSync(path.join(os.tmpdir(), "bc-bench-"));
  const files: string[] = [];
  for (let i = 0; i < n; i++) {
    const src = sources[i % sources.length];
    const f = path.join(dir, `${String(i).padStart(4, "0")}-${path.basename(src)}`);
    copyFileSync(src, f);
    files.push(f);
  }
  return { dir, files };
}

const MB = (b: number) => +(b / 2 ** 20).toFixed(1);

export async function runBatchBench(options: { files?: number } = {}): Promise<void> {
  const n = options.files ?? 1000;
  const catalog = loadBundledCatalog();
  const table: string[] = [];

  // Where the time goes for one workbook.
  const bytes = new Uint8Array(readFileSync(path.join(SAMPLES, "yangcheng-xinfang-2024.xlsx")));
  const cliRead = { inflateRaw: nodeInflateRaw };
  const wb = await loadWorkbook(bytes, cliRead);
  const grids = workbookToGrids(wb);
  const d = recognize(grids, { catalog });
  const findings = runRules(d, { catalog });
  // Rules are timed on a fresh recognition each run (they cache per disclosure), minus recognition.
  const recognizeMs = medianMs(() => recognize(grids, { catalog }), 101, 200);
  const phases = {
    unzipParse: await medianMsAsync(() => loadWorkbook(bytes, cliRead), 31, 20),
    toGrids: medianMs(() => workbookToGrids(wb), 51, 20),
    recognize: recognizeMs,
    rules: Math.max(0, medianMs(() => runRules(recognize(grids, { catalog }), { catalog }), 101, 200) - recognizeMs),
    report: medianMs(() => {
      const r: Report = { schema: REPORT_SCHEMA_ID, workbooks: [toWorkbookReport(d, findings, "seed.xlsx")] };
      return JSON.stringify(r).length + formatText(r).length;
    }, 51, 10),
  };
  const sum = Object.values(phases).reduce((s, x) => s + x, 0);
  const shares = Object.fromEntries(Object.entries(phases).map(([k, v]) => [k, +(v / sum).toFixed(3)]));
  emit({ bench: "batch.phases.seed", medianMs: Object.fromEntries(Object.entries(phases).map(([k, v]) => [k, +v.toFixed(3)])), shares });
  table.push(`一个工作簿的耗时构成（阳城样例，中位数）：解压与解析 ${pct(shares.unzipParse)}，转为网格 ${pct(shares.toGrids)}，识别 ${pct(shares.recognize)}，规则 ${pct(shares.rules)}，报告 ${pct(shares.report)}（合计 ${sum.toFixed(1)} 毫秒）`);

  // Throughput: the real CLI process, as a reviewer runs it (start-up, worker start and, for a
  // worker on every core, its relaunch with --single-threaded included in the wall time): the
  // bundled CLI, built from the current sources first so that bin/budget-check.js runs it.
  await buildCli();
  if (!freshBundle(path.join(__dirname, ".."))) throw new Error("刚打包的命令行（dist-cli/）比源码旧，bin/budget-check.js 不会运行它：请检查源码文件的修改时间");
  const { dir, files } = makeCorpus(n);
  try {
    // 1 2 C S 2 1: this VM's speed drifts by minutes; alternating cancels a steady drift, and each
    // mode's figure is the mean of its two runs (C and S, the references below, run once in the middle).
    const runs: Record<number, { filesPerSecond: number; cpuMsPerFile: number; coresUsed: number; peaks: number[]; singleThreadedV8: boolean; workers: number }[]> = { 1: [], 2: [] };
    const oneCoreRuns: { filesPerSecond: number; coresUsed: number }[] = [];
    const timeJobs = (jobs: 1 | 2, oneCore = false) => {
      const statsFile = path.join(dir, `stats-${jobs}.json`);
      const t0 = performance.now();
      const r = spawnSync(process.execPath, [...(oneCore ? [SINGLE_THREADED_V8] : []), ...validateArgs(jobs, [dir])], {
        env: { ...process.env, BUDGET_CHECK_STATS: statsFile },
        stdio: ["ignore", "ignore", "inherit"],
      });
      const seconds = (performance.now() - t0) / 1000;
      if (r.status !== 0 && r.status !== 1) throw new Error(`budget-check validate --jobs ${jobs} 退出码 ${r.status}（有样例无法读取或运行失败）`);
      const stats = JSON.parse(readFileSync(statsFile, "utf8")) as { cpuMs: number; workers: number; peakHeapBytes: number[]; singleThreadedV8: boolean };
      // CPU of every thread of the validating process per file: tells parallel overhead apart from
      // cores taken by other processes, which the wall-clock ratio cannot.
      const run = { filesPerSecond: n / seconds, cpuMsPerFile: stats.cpuMs / n, coresUsed: stats.cpuMs / 1000 / seconds, peaks: jobs === 1 ? [] : stats.peakHeapBytes, singleThreadedV8: stats.singleThreadedV8, workers: stats.workers };
      (oneCore ? oneCoreRuns : runs[jobs]).push(run);
      emit({ bench: oneCore ? "batch.jobs1.oneCore.run" : `batch.jobs${jobs}.run`, files: n, seconds: +seconds.toFixed(2), filesPerSecond: +run.filesPerSecond.toFixed(1), cpuMsPerFile: +run.cpuMsPerFile.toFixed(1), coresUsed: +run.coresUsed.toFixed(2), workers: run.workers, singleThreadedV8: run.singleThreadedV8, peakHeapMbPerWorker: run.peaks.map(MB) });
    };
    timeJobs(1);
    timeJobs(2);
    // The machine's own reference: the corpus split in two halves, each validated by its own
    // --jobs 1 process, both at once (no workers, no coordination). --jobs 1 alone borrows the idle
    // core for V8's compiler and garbage collector, which two processes at once cannot; this run
    // tells that limit apart from the worker pool's own overhead.
    const pairSeconds = await independentHalves(files);
    emit({ bench: "batch.independent2.run", files: n, seconds: +pairSeconds.toFixed(2), filesPerSecond: +(n / pairSeconds).toFixed(1) });
    timeJobs(1, true);
    timeJobs(2);
    timeJobs(1);
    const pairFilesPerSecond = n / pairSeconds;
    const results: Record<number, number> = {};
    for (const jobs of [1, 2]) {
      const rs = runs[jobs];
      const mean = (f: (r: (typeof rs)[number]) => number) => rs.reduce((sum, r) => sum + f(r), 0) / rs.length;
      results[jobs] = mean((r) => r.filesPerSecond);
      const peaks = rs.flatMap((r) => r.peaks);
      const peak = peaks.length ? [Math.max(...peaks.filter((_, i) => i % 2 === 0)), Math.max(...peaks.filter((_, i) => i % 2 === 1))] : [];
      emit({ bench: `batch.jobs${jobs}`, files: n, runs: rs.length, filesPerSecond: +results[jobs].toFixed(1), cpuMsPerFile: +mean((r) => r.cpuMsPerFile).toFixed(1), coresUsed: +mean((r) => r.coresUsed).toFixed(2), workers: rs[0].workers, singleThreadedV8: rs[0].singleThreadedV8, peakHeapMbPerWorker: peak.map(MB) });
      table.push(`--jobs ${jobs}：${n} 个工作簿，两次平均每秒 ${results[jobs].toFixed(1)} 个（${rs.map((r) => r.filesPerSecond.toFixed(1)).join("、")}），每个文件 CPU ${mean((r) => r.cpuMsPerFile).toFixed(0)} 毫秒，平均占用 ${mean((r) => r.coresUsed).toFixed(2)} 核${peak.length ? `；每个线程 V8 堆峰值 ${peak.map((p) => `${MB(p)} MB`).join("、")}` : ""}${rs[0].singleThreadedV8 ? "（以 --single-threaded 重启运行）" : ""}`);
    }
    const ratio = results[2] / results[1];
    const reference = pairFilesPerSecond / results[1];
    emit({ bench: "batch.independent2.vs.jobs1", ratio: +reference.toFixed(2), note: "two separate --jobs 1 processes on half the files each, at once" });
    table.push(`两个独立的 --jobs 1 进程各校验一半文件、同时运行：每秒 ${pairFilesPerSecond.toFixed(1)} 个，为 --jobs 1 的 ${reference.toFixed(2)} 倍（不用工作线程、互不协调的两核参照；--jobs 2 为其 ${(results[2] / pairFilesPerSecond).toFixed(2)} 倍）`);
    const oneCore = oneCoreRuns[0];
    emit({ bench: "batch.jobs2.vs.oneCore", ratio: +(results[2] / oneCore.filesPerSecond).toFixed(2), oneCoreFilesPerSecond: +oneCore.filesPerSecond.toFixed(1), oneCoreCoresUsed: +oneCore.coresUsed.toFixed(2), jobs1VsOneCore: +(results[1] / oneCore.filesPerSecond).toFixed(2), note: "--jobs 1 under --single-threaded: V8 keeps off the second core" });
    table.push(`只用一个核（--single-threaded --jobs 1，V8 不在空闲核上编译和回收）：每秒 ${oneCore.filesPerSecond.toFixed(1)} 个，占用 ${oneCore.coresUsed.toFixed(2)} 核；--jobs 1 为其 ${(results[1] / oneCore.filesPerSecond).toFixed(2)} 倍（借用了第二核），--jobs 2 为其 ${(results[2] / oneCore.filesPerSecond).toFixed(2)} 倍`);
    // The load average tells whether other processes shared the cores during the run.
    emit({ bench: "batch.jobs2.vs.jobs1", ratio: +ratio.toFixed(2), target: "≥ 1.7 on 2 cores", cores: defaultJobs(), cpu: os.cpus()[0]?.model, loadAverage1m: +os.loadavg()[0].toFixed(2) });
    table.push(`--jobs 2 / --jobs 1 = ${ratio.toFixed(2)}（目标 ≥ 1.7；本机 ${defaultJobs()} 核，${os.cpus()[0]?.model ?? "未知处理器"}，测量时 1 分钟平均负载 ${os.loadavg()[0].toFixed(2)}）`);
    if (defaultJobs() > 1) for (const small of SMALL_BATCHES.filter((k) => k < n)) table.push(smallBatch(files.slice(0, small)));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  process.stderr.write(table.map((l) => `  ${l}`).join("\n") + "\n");
}

/** Batch sizes around the default's switch from one thread to every core (src/cli/batch/jobs.ts). */
const SMALL_BATCHES = [50, 200];

/**
 * A small batch, whole CLI runs in the order 1, 2, 2, 1: which is faster, one thread or a worker per
 * core, and what the default (no --jobs) chooses — the measurement behind autoJobs's threshold.
 */
function smallBatch(files: string[]): string {
  const cores = defaultJobs();
  const seconds: Record<number, number[]> = { 1: [], [cores]: [] };
  for (const jobs of [1, cores, cores, 1]) {
    const t0 = performance.now();
    const r = spawnSync(process.execPath, validateArgs(jobs, files), { stdio: ["ignore", "ignore", "inherit"] });
    if (r.status !== 0 && r.status !== 1) throw new Error(`budget-check validate --jobs ${jobs}（${files.length} 个文件）退出码 ${r.status}`);
    seconds[jobs].push((performance.now() - t0) / 1000);
  }
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  const [one, all] = [mean(seconds[1]), mean(seconds[cores])];
  const chosen = autoJobs(files.length, cores);
  emit({ bench: "batch.small", files: files.length, jobs1Seconds: +one.toFixed(2), [`jobs${cores}Seconds`]: +all.toFixed(2), faster: one <= all ? "jobs1" : `jobs${cores}`, defaultJobs: chosen });
  return `${files.length} 个工作簿：--jobs 1 ${one.toFixed(2)} 秒，--jobs ${cores} ${all.toFixed(2)} 秒（两次平均）；不加 --jobs 时用 ${chosen} 个线程`;
}

/** The CLI command line every throughput run uses (same options for the modes compared). */
function validateArgs(jobs: number, inputs: string[]): string[] {
  return [CLI, "validate", "--jobs", String(jobs), "--no-progress", "--format", "json", ...inputs];
}

/** Seconds until two --jobs 1 processes, started together on the two halves of `files`, have both exited. */
async function independentHalves(files: string[]): Promise<number> {
  const half = Math.ceil(files.length / 2);
  const t0 = performance.now();
  await Promise.all(
    [files.slice(0, half), files.slice(half)].map(
      (part) =>
        new Promise<void>((resolve, reject) => {
          const child = spawn(process.execPath, validateArgs(1, part), { stdio: ["ignore", "ignore", "inherit"] });
          child.on("error", reject);
          child.on("exit", (code) => (code === 0 || code === 1 ? resolve() : reject(new Error(`budget-check validate（半数文件）退出码 ${code}`))));
        }),
    ),
  );
  return (performance.now() - t0) / 1000;
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

if (require.main === module) {
  const i = process.argv.indexOf("--files");
  const files = i > 0 ? Number(process.argv[i + 1]) : undefined;
  runBatchBench({ files }).catch((e) => {
    process.stderr.write(`批量基准测试失败：${(e as Error).message}\n`);
    process.exitCode = 1;
  });
}
