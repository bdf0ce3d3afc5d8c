/** How many worker threads a batch uses (no heavy imports: the process entry asks before loading the CLI). */
import os from "node:os";

export function defaultJobs(): number {
  return Math.max(1, typeof os.availableParallelism === "function" ? os.availableParallelism() : os.cpus().length);
}

/**
 * What going parallel costs before it gains, in files' worth of one thread's time: every worker warms
 * up ExcelJS and the engine on its own thread (V8 compiling them: ~70 files' worth), where one thread
 * has V8's compiler on an idle core, and the workers start. Measured on 2 cores (eleventh session,
 * copies of the 31 samples, three alternations each, seconds for --jobs 1 / --jobs 2): 30 files
 * 1.72 / 2.06, 100 files 3.67 / 4.14, 150 files 4.41 / 4.72, 200 files 5.83 / 5.61, 400 files
 * 10.8 / 8.65, 1,000 files ~20 / ~14; a second series, host slower: 60 files 3.27 / 3.24, 150 files
 * 5.54 / 5.84, 200 files 6.62 / 6.28 — even at 150–200 files, where F/2 + 100 = F.
 */
const PARALLEL_COST_FILES = 100;

/**
 * When --jobs is not given: one worker per core once the batch repays the workers' warm-up (with N
 * workers F files take about F/N + PARALLEL_COST_FILES, in one thread about F), else one thread.
 */
export function autoJobs(files: number, cores = defaultJobs()): number {
  return files >= parallelFromFiles(cores) ? cores : 1;
}

/** The smallest batch autoJobs runs on every core: F/N + PARALLEL_COST_FILES ≤ F (Infinity on one core). */
export function parallelFromFiles(cores = defaultJobs()): number {
  return Math.ceil(PARALLEL_COST_FILES / (1 - 1 / cores));
}
