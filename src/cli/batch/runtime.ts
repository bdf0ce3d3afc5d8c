/**
 * How the Node process is set up for a batch. V8 does garbage collection and optimizing compilation
 * partly on helper threads. One thread alone gets them for free on an idle core; with one worker
 * per core there is no idle core, and the helpers only contend with the workers (measured on 2
 * cores: 31 files/s with helpers, 41 files/s with `--single-threaded`). V8 reads the flag only at
 * start, so a large batch that uses every core runs in a fresh process started with it.
 */
import { spawn } from "node:child_process";
import { writeFileSync } from "node:fs";
import { defaultJobs } from "./jobs";

export const SINGLE_THREADED_V8 = "--single-threaded";

/** Below this many files a second process start (about a second) costs more than it saves. */
export const RELAUNCH_MIN_FILES = 100;

export function runsSingleThreaded(): boolean {
  return process.execArgv.includes(SINGLE_THREADED_V8);
}

/** A batch with a worker on every core, large enough to pay for a restart, in a process with V8 helpers. */
export function wantsSingleThreadedV8(jobs: number, files: number): boolean {
  return jobs > 1 && jobs >= defaultJobs() && files >= RELAUNCH_MIN_FILES && !runsSingleThreaded();
}

/**
 * Runs this same command again in a new Node process with extra V8 flags, sharing stdin, stdout and
 * stderr (progress bar and report appear as usual); resolves with its exit code.
 */
export function relaunchWith(v8Flags: string[]): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [...process.execArgv, ...v8Flags, ...process.argv.slice(1)], { stdio: "inherit" });
    child.on("error", (e) => {
      process.stderr.write(`无法启动校验进程：${e.message}\n`);
      resolve(2);
    });
    child.on("exit", (code, signal) => resolve(code ?? (signal ? 130 : 2)));
  });
}

/**
 * For `npm run bench`: when BUDGET_CHECK_STATS names a file, the batch writes there what only the
 * process itself can measure (CPU of all its threads, workers, their peak heaps).
 */
export function writeBatchStats(stats: { files: number; workers: number; peakHeapBytes: number[] }): void {
  const file = process.env.BUDGET_CHECK_STATS;
  if (!file) return;
  const cpu = process.cpuUsage();
  writeFileSync(file, JSON.stringify({ ...stats, cpuMs: (cpu.user + cpu.system) / 1000, singleThreadedV8: runsSingleThreaded() }));
}
