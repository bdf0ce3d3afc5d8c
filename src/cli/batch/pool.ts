/**
 * Validates many workbooks in parallel on worker threads (one per core by default). A file that
 * crashes or exhausts its worker, or runs past the time limit, gets an `error` report and a fresh
 * worker takes over: the batch always finishes. Reports come back in the order of `files`.
 */
import path from "node:path";
import { Worker } from "node:worker_threads";
import type { EngineOptions } from "../../core/engine";
import type { WorkbookReport } from "../../core/report";
import { validateFile } from "../validate";
import { failedReport } from "./failed-report";
import type { JobRequest, JobResult, WorkerSetup } from "./protocol";

export interface BatchOptions {
  /** Worker threads; 1 runs in this thread (no worker). */
  jobs: number;
  /** Per-file time limit (ms) in worker mode. */
  timeoutMs?: number;
  /** Heap limit of each worker (MB): a pathological file ends its worker, not the batch. */
  workerHeapMb?: number;
  /** Called after each file, in completion order. */
  onFile?: (report: WorkbookReport, done: number, total: number) => void;
}

export interface BatchResult {
  reports: WorkbookReport[];
  /** Workers started (0 in-thread), and the largest V8 heap each worker reached after a file. */
  workers: number;
  peakHeapBytes: number[];
}

export { autoJobs, defaultJobs } from "./jobs";

/** Defined (true) only in the bundled CLI, whose worker is its sibling worker.js (scripts/build-cli.ts). */
declare const BUDGET_CHECK_BUNDLED: boolean | undefined;

const WORKER_ENTRY =
  typeof BUDGET_CHECK_BUNDLED !== "undefined" && BUDGET_CHECK_BUNDLED
    ? path.join(__dirname, "worker.js")
    : path.join(__dirname, "worker-bootstrap.cjs");

export async function validateBatch(
  files: string[],
  engine: Omit<EngineOptions, "file">,
  setup: WorkerSetup,
  options: BatchOptions,
): Promise<BatchResult> {
  const total = files.length;
  const jobs = Math.max(1, Math.min(options.jobs, total));
  if (jobs <= 1) {
    const reports: WorkbookReport[] = [];
    for (const f of files) {
      const r = await validateFile(f, engine);
      reports.push(r);
      options.onFile?.(r, reports.length, total);
    }
    return { reports, workers: 0, peakHeapBytes: [] };
  }
  return runWorkers(files, setup, jobs, options);
}

function runWorkers(files: string[], setup: WorkerSetup, jobs: number, options: BatchOptions): Promise<BatchResult> {
  const total = files.length;
  const reports: (WorkbookReport | undefined)[] = new Array(total);
  const peaks: number[] = [];
  let next = 0;
  let done = 0;
  let started = 0;
  const timeoutMs = options.timeoutMs ?? 120_000;

  return new Promise((resolve) => {
    const finish = (index: number, report: WorkbookReport) => {
      if (reports[index]) return;
      reports[index] = report;
      done++;
      options.onFile?.(report, done, total);
      if (done === total) resolve({ reports: reports as WorkbookReport[], workers: started, peakHeapBytes: peaks });
    };

    const spawn = (slot: number) => {
      started++;
      const worker = new Worker(WORKER_ENTRY, {
        workerData: setup,
        resourceLimits: { maxOldGenerationSizeMb: options.workerHeapMb ?? 2048 },
        // Anything a library prints in a worker goes to stderr: stdout carries the report.
        stdout: true,
        stderr: false,
      });
      worker.stdout.pipe(process.stderr, { end: false });
      let current: { index: number; timer: NodeJS.Timeout } | undefined;
      let retired = false;
      const give = () => {
        if (next >= total) {
          retired = true;
          void worker.terminate();
          return;
        }
        const index = next++;
        const timer = setTimeout(() => {
          fail(`校验超过 ${Math.round(timeoutMs / 1000)} 秒仍未完成，已中止（文件可能过大或结构异常）`);
          void worker.terminate();
        }, timeoutMs);
        current = { index, timer };
        const job: JobRequest = { id: index, file: files[index] };
        worker.postMessage(job);
      };
      /** The file in flight fails; a fresh worker continues with the rest. */
      const fail = (reason: string) => {
        if (retired) return;
        retired = true;
        if (current) {
          clearTimeout(current.timer);
          const file = files[current.index];
          finish(current.index, failedReport(file, reason));
          current = undefined;
        }
        if (next < total) spawn(slot);
      };
      worker.on("message", (msg: JobResult) => {
        if (!current || msg.id !== current.index) return;
        clearTimeout(current.timer);
        peaks[slot] = Math.max(peaks[slot] ?? 0, msg.heapBytes);
        const index = current.index;
        current = undefined;
        finish(index, msg.report);
        give();
      });
      worker.on("error", (e: Error & { code?: string }) => {
        fail(e.code === "ERR_WORKER_OUT_OF_MEMORY" ? "校验时内存不足，已中止该文件（文件可能过大）" : `校验时出错：${e.message}`);
      });
      worker.on("exit", () => fail("校验进程意外退出，已中止该文件"));
      give();
    };

    for (let slot = 0; slot < jobs; slot++) spawn(slot);
  });
}
