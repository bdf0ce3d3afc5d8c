/** How many worker threads a batch uses (no heavy imports: the process entry asks before loading the CLI). */
import os from "node:os";

export function defaultJobs(): number {
  return Math.max(1, typeof os.availableParallelism === "function" ? os.availableParallelism() : os.cpus().length);
}

/** Files a worker should have to pay for its start (about a second: loading ExcelJS and the engine). */
const FILES_PER_WORKER_START = 8;

/** When --jobs is not given: one worker per core, but no more workers than the batch can use. */
export function autoJobs(files: number): number {
  return Math.max(1, Math.min(defaultJobs(), Math.ceil(files / FILES_PER_WORKER_START)));
}
