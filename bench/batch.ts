/**
 * Batch throughput and where the time goes (issue 7). JSON lines on stdout, a short table on stderr.
 *   npm run bench                      (part of the full bench, 300 files)
 *   npx tsx bench/batch.ts --files 1000
 * - Throughput: N workbooks (copies of the bundled, messy and defect samples, cycled, in a temp
 *   dir) validated with --jobs 1 (in this thread) and --jobs 2 (worker threads, start-up included),
 *   through the same pool the CLI uses; files per second, the ratio, peak V8 heap per worker.
 * - One workbook (the seed): unzip/parse (ExcelJS) vs grid conversion vs recognize vs rules vs
 *   report (JSON + text), medians, as shares of the sum.
 */
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { getHeapStatistics } from "node:v8";
import { loadBundledCatalog } from "../src/core/catalog/catalog";
import { runRules, toWorkbookReport } from "../src/core/engine";
import { recognize } from "../src/core/recognize";
import { REPORT_SCHEMA_ID, type Report } from "../src/core/report";
import { validateBatch } from "../src/cli/batch/pool";
import { formatText } from "../src/cli/format-text";
import { loadWorkbook, workbookToGrids } from "../src/hosts/xlsx/read";
import { emit, medianMs, medianMsAsync } from "./measure";

const SAMPLES = path.join(__dirname, "../samples");

function sampleFiles(): string[] {
  const dirs = [SAMPLES, ...["messy", "defects"].map((d) => path.join(SAMPLES, d))];
  return dirs.flatMap((d) => readdirSync(d).filter((f) => f.endsWith(".xlsx")).map((f) => path.join(d, f)));
}

/** N copies of the samples, cycled, in a fresh temp dir. */
function makeCorpus(n: number): { dir: string; files: string[] } {
  const sources = sampleFiles();
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
  const n = options.files ?? 300;
  const catalog = loadBundledCatalog();
  const table: string[] = [];

  // Where the time goes for one workbook.
  const bytes = new Uint8Array(readFileSync(path.join(SAMPLES, "yangcheng-xinfang-2024.xlsx")));
  const wb = await loadWorkbook(bytes);
  const grids = workbookToGrids(wb);
  const d = recognize(grids, { catalog });
  const findings = runRules(d, { catalog });
  const phases = {
    unzipParse: await medianMsAsync(() => loadWorkbook(bytes), 11, 3),
    toGrids: medianMs(() => workbookToGrids(wb), 21, 5),
    recognize: medianMs(() => recognize(grids, { catalog }), 51, 10),
    rules: medianMs(() => runRules(d, { catalog }), 51, 10),
    report: medianMs(() => {
      const r: Report = { schema: REPORT_SCHEMA_ID, workbooks: [toWorkbookReport(d, findings, "seed.xlsx")] };
      return JSON.stringify(r).length + formatText(r).length;
    }, 51, 10),
  };
  const sum = Object.values(phases).reduce((s, x) => s + x, 0);
  const shares = Object.fromEntries(Object.entries(phases).map(([k, v]) => [k, +(v / sum).toFixed(3)]));
  emit({ bench: "batch.phases.seed", medianMs: Object.fromEntries(Object.entries(phases).map(([k, v]) => [k, +v.toFixed(3)])), shares });
  table.push(`一个工作簿的耗时构成（阳城样例，中位数）：解压与解析 ${pct(shares.unzipParse)}，转为网格 ${pct(shares.toGrids)}，识别 ${pct(shares.recognize)}，规则 ${pct(shares.rules)}，报告 ${pct(shares.report)}（合计 ${sum.toFixed(1)} 毫秒）`);

  // Throughput.
  const { dir, files } = makeCorpus(n);
  try {
    const results: Record<number, number> = {};
    for (const jobs of [1, 2]) {
      let peakMain = 0;
      const t0 = performance.now();
      const c0 = process.cpuUsage();
      const r = await validateBatch(files, { catalog }, {}, { jobs, onFile: () => (peakMain = Math.max(peakMain, getHeapStatistics().total_heap_size)) });
      const seconds = (performance.now() - t0) / 1000;
      // CPU time of the whole process (all threads) per file: tells parallel overhead apart from
      // cores taken by other processes, which the wall-clock ratio cannot.
      const cpu = process.cpuUsage(c0);
      const cpuMsPerFile = (cpu.user + cpu.system) / 1000 / n;
      const unreadable = r.reports.filter((w) => w.error).length;
      if (unreadable) throw new Error(`${unreadable} 个样例无法读取`);
      results[jobs] = n / seconds;
      const peaks = jobs === 1 ? [peakMain] : r.peakHeapBytes;
      emit({ bench: `batch.jobs${jobs}`, files: n, seconds: +seconds.toFixed(2), filesPerSecond: +(n / seconds).toFixed(1), cpuMsPerFile: +cpuMsPerFile.toFixed(1), coresUsed: +((cpuMsPerFile * n) / 1000 / seconds).toFixed(2), workers: r.workers, peakHeapMbPerWorker: peaks.map(MB) });
      table.push(`--jobs ${jobs}：${n} 个工作簿 ${seconds.toFixed(1)} 秒，每秒 ${(n / seconds).toFixed(1)} 个，每个文件 CPU ${cpuMsPerFile.toFixed(0)} 毫秒，平均占用 ${((cpuMsPerFile * n) / 1000 / seconds).toFixed(2)} 核；每个线程 V8 堆峰值 ${peaks.map((p) => `${MB(p)} MB`).join("、")}`);
    }
    const ratio = results[2] / results[1];
    // The load average tells whether other processes shared the cores during the run.
    emit({ bench: "batch.jobs2.vs.jobs1", ratio: +ratio.toFixed(2), target: "≥ 1.7 on 2 cores", cores: os.availableParallelism?.() ?? os.cpus().length, cpu: os.cpus()[0]?.model, loadAverage1m: +os.loadavg()[0].toFixed(2) });
    table.push(`--jobs 2 / --jobs 1 = ${ratio.toFixed(2)}（目标 ≥ 1.7；本机 ${os.availableParallelism?.() ?? os.cpus().length} 核，${os.cpus()[0]?.model ?? "未知处理器"}，测量时 1 分钟平均负载 ${os.loadavg()[0].toFixed(2)}）`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  process.stderr.write(table.map((l) => `  ${l}`).join("\n") + "\n");
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
