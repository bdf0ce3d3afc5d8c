/** Messages between the batch pool and its worker threads (plain, structured-clonable data). */
import type { UnitFacts } from "../../core/rule";
import type { WorkbookReport } from "../../core/report";

/** Given to every worker at start: how to build the engine options. */
export interface WorkerSetup {
  /** A user's catalog file merged over the bundled one (each worker loads it itself). */
  catalogFile?: string;
  facts?: UnitFacts;
}

export interface JobRequest {
  id: number;
  file: string;
}

export interface JobResult {
  id: number;
  report: WorkbookReport;
  /** Milliseconds spent on this file inside the worker. */
  ms: number;
  /** The worker's V8 heap after the file (bytes), for the benchmark's peak memory per worker. */
  heapBytes: number;
}
