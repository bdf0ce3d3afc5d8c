/** Reads each workbook and runs the engine; a workbook that cannot be read carries an `error`. */
import { promises as fs } from "node:fs";
import { validateGrids, type EngineOptions } from "../core/engine";
import { REPORT_SCHEMA_ID, type Report, type WorkbookReport } from "../core/report";
import { nodeInflateRaw } from "../hosts/xlsx/node-inflate";
import { readGrids, WorkbookReadError } from "../hosts/xlsx/read";

export async function validateFile(file: string, options: Omit<EngineOptions, "file">): Promise<WorkbookReport> {
  try {
    const data = await fs.readFile(file).catch((e: NodeJS.ErrnoException) => {
      throw new WorkbookReadError(e.code === "ENOENT" ? "文件不存在" : `无法读取文件（${e.code ?? e.message}）`);
    });
    const grids = await readGrids(new Uint8Array(data.buffer, data.byteOffset, data.byteLength), { inflateRaw: nodeInflateRaw });
    return validateGrids(grids, { ...options, file });
  } catch (e) {
    const message = e instanceof WorkbookReadError ? e.message : `读取或校验时出错：${(e as Error).message}`;
    return { file, tables: [], missingTables: [], findings: [], summary: { error: 0, warning: 0, info: 0 }, error: { message: `${file}：${message}` } };
  }
}

export async function validateFiles(files: string[], options: Omit<EngineOptions, "file">): Promise<Report> {
  const workbooks: WorkbookReport[] = [];
  for (const f of files) workbooks.push(await validateFile(f, options));
  return { schema: REPORT_SCHEMA_ID, workbooks };
}

/** 0 when no workbook has an error, 1 when any has, 2 when an input could not be read. */
export function exitCodeOf(report: Report): 0 | 1 | 2 {
  if (report.workbooks.some((w) => w.error)) return 2;
  return report.workbooks.some((w) => w.summary.error > 0) ? 1 : 0;
}
