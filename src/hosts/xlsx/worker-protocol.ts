/** Messages between the page and the ExcelJS worker (reading and marking off the UI thread). */
import type { Grid } from "../../core/grid";
import type { Finding } from "../../core/report";
import type { ExtraSheet } from "./marks";

export type XlsxJob =
  | { kind: "read"; bytes: Uint8Array }
  | { kind: "mark"; bytes: Uint8Array; findings: Finding[]; extraSheets: ExtraSheet[] };

export type XlsxJobResult = { kind: "read"; grids: Grid[] } | { kind: "mark"; bytes: Uint8Array };

export type XlsxReply = { id: number; ok: true; result: XlsxJobResult } | { id: number; ok: false; name: string; message: string };

/** Runs a job in the current thread (the worker, or the page when there is no Worker). */
export async function runJob(job: XlsxJob): Promise<XlsxJobResult> {
  if (job.kind === "read") {
    const { readGrids } = await import("./read");
    return { kind: "read", grids: await readGrids(job.bytes) };
  }
  const { markWorkbook } = await import("./marks");
  return { kind: "mark", bytes: (await markWorkbook(job.bytes, job.findings, job.extraSheets)).bytes };
}
