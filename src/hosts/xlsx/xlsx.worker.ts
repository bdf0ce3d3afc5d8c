/** Worker entry: reads and marks workbooks with ExcelJS so a large file never freezes the pane. */
import { runJob, type XlsxJob, type XlsxReply } from "./worker-protocol";

const scope = self as unknown as { onmessage: ((e: MessageEvent<{ id: number; job: XlsxJob }>) => void) | null; postMessage: (m: XlsxReply) => void };

scope.onmessage = async (e) => {
  const { id, job } = e.data;
  try {
    scope.postMessage({ id, ok: true, result: await runJob(job) });
  } catch (err) {
    const error = err instanceof Error ? err : new Error(String(err));
    scope.postMessage({ id, ok: false, name: error.name, message: error.message });
  }
};
