/**
 * A batch worker thread: validates the files it is sent, one at a time, and answers with the
 * report. Started through worker-bootstrap.cjs so that it runs TypeScript under tsx, or as the
 * bundled CLI's dist-cli/worker.js.
 */
import { promises as fs } from "node:fs";
import { getHeapStatistics } from "node:v8";
import { parentPort, workerData } from "node:worker_threads";
import { loadBundledCatalog, mergeCatalogs, parseCatalog, type Catalog } from "../../core/catalog/catalog";
import { validateFile } from "../validate";
import type { JobRequest, JobResult, WorkerSetup } from "./protocol";

async function loadCatalog(file?: string): Promise<Catalog> {
  const bundled = loadBundledCatalog();
  if (!file) return bundled;
  return mergeCatalogs(bundled, parseCatalog(JSON.parse(await fs.readFile(file, "utf8"))));
}

const setup = workerData as WorkerSetup;
const port = parentPort!;
const catalogReady = loadCatalog(setup.catalogFile);

port.on("message", async (job: JobRequest) => {
  const catalog = await catalogReady;
  const t0 = performance.now();
  const report = await validateFile(job.file, { catalog, facts: setup.facts });
  const result: JobResult = { id: job.id, report, ms: performance.now() - t0, heapBytes: getHeapStatistics().total_heap_size };
  port.postMessage(result);
});
