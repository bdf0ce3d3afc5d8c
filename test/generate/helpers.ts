/** Test helpers: samples with sheets removed, recognition of bytes, amounts of a table by (row key, column). */
import { readFileSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { readGrids } from "../../src/hosts/xlsx/read";
import type { Grid } from "../../src/core/grid";
import { recognize } from "../../src/core/recognize";
import type { Disclosure, RecognizedTable, TableId, TableRow } from "../../src/core/model";

export const SEED = path.resolve("samples/yangcheng-xinfang-2024.xlsx");
export const PUTUO = path.resolve("samples/putuo-finance-2025.xlsx");

export function sampleBytes(file: string): Uint8Array {
  return new Uint8Array(readFileSync(file));
}

/** The workbook with the sheets holding these tables removed (with ExcelJS), as bytes. */
/** Grids of a workbook as the product reads them (read.ts readGrids). */
export async function gridsOf(bytes: Uint8Array): Promise<Grid[]> {
  return readGrids(bytes);
}

export async function openWorkbook(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return wb;
}

export async function toBytes(wb: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

export async function withoutTables(bytes: Uint8Array, ids: TableId[]): Promise<{ bytes: Uint8Array; removed: string[] }> {
  const d = recognize(await gridsOf(bytes));
  const sheets = new Set(d.tables.filter((t) => ids.includes(t.id)).map((t) => t.sheet));
  const wb = await openWorkbook(bytes);
  for (const name of sheets) wb.removeWorksheet(wb.getWorksheet(name)!.id);
  return { bytes: await toBytes(wb), removed: [...sheets] };
}

export async function disclosureOf(bytes: Uint8Array): Promise<Disclosure> {
  return recognize(await gridsOf(bytes));
}

/** A row's identity across layouts: side + semantic line, else code, else label without ordinal. */
export function rowKey(r: TableRow): string {
  const label = r.name || r.label.text.replace(/^[一二三四五六七八九十]+、|^\d+[.．]\s*/, "").replace(/\s/g, "");
  return `${r.side ?? ""}|${r.line ?? r.code ?? (r.kind === "total" ? "合计" : label)}`;
}

/** Every amount of a table keyed "rowKey/columnKey#n" (n counts repeated keys) → decimal string in 元. */
export function amountsOf(t: RecognizedTable): Map<string, string> {
  const out = new Map<string, string>();
  for (const r of t.rows) {
    for (const [k, c] of Object.entries(r.amounts)) {
      if (!c) continue;
      let key = `${rowKey(r)}/${k}`;
      let n = 1;
      while (out.has(n === 1 ? key : `${key}#${n}`)) n++;
      if (n > 1) key = `${key}#${n}`;
      const f = c.amount.unit === "万元" ? 10000 : 1;
      out.set(key, c.amount.value.times(f).toFixed(2));
    }
  }
  return out;
}
