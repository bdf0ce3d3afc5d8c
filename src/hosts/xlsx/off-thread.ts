/**
 * Runs ExcelJS jobs in a Web Worker when the page has one (the built task pane), else in place
 * (tests, Node). The caller's bytes are copied, never transferred away.
 */
import { runJob, type XlsxJob, type XlsxJobResult, type XlsxReply } from "./worker-protocol";

let worker: Worker | null | undefined;
let nextId = 1;
const pending = new Map<number, { resolve: (r: XlsxJobResult) => void; reject: (e: Error) => void }>();

function getWorker(): Worker | null {
  if (worker !== undefined) return worker;
  try {
    worker = typeof Worker === "function" ? new Worker(new URL("./xlsx.worker.ts", import.meta.url)) : null;
  } catch {
    worker = null;
  }
  worker?.addEventListener("message", (e: MessageEvent<XlsxReply>) => {
    const p = pending.get(e.data.id);
    if (!p) return;
    pending.delete(e.data.id);
    if (e.data.ok) p.resolve(e.data.result);
    else p.reject(Object.assign(new Error(e.data.message), { name: e.data.name }));
  });
  worker?.addEventListener("error", (e) => {
    for (const p of pending.values()) p.reject(new Error(e.message || "工作簿处理失败"));
    pending.clear();
  });
  return worker;
}

export function runXlsxJob(job: XlsxJob): Promise<XlsxJobResult> {
  const w = getWorker();
  if (!w) return runJob(job);
  const id = nextId++;
  const copy = job.bytes.slice();
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject });
    w.postMessage({ id, job: { ...job, bytes: copy } }, [copy.buffer]);
  });
}
