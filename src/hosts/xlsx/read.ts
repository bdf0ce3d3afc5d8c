/**
 * The ExcelJS host's reader: an .xlsx file (Node Buffer or browser ArrayBuffer) → Grids.
 * Used by the CLI and by the task pane page when it runs without Office.
 */
import ExcelJS from "exceljs";
import type { CellValue, Grid, MergeArea } from "../../core/grid";
import { fromA1 } from "../../core/grid";
import { formatDecimal, formatDecimals } from "../../core/money";
import Decimal from "decimal.js";
import { notXlsxMessage, sniff } from "./sniff";
import { storedCopy, type InflateRaw } from "./stored-zip";
import { DEFAULT_ZIP_LIMITS, guardZip, ZipRefusal, type ZipEntry, type ZipLimits } from "./zip-guard";

export class WorkbookReadError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "WorkbookReadError";
  }
}

export interface ReadOptions {
  limits?: ZipLimits;
  /** A native inflater (Node's zlib in the CLI): entries are inflated by it instead of ExcelJS's JavaScript one. */
  inflateRaw?: InflateRaw;
}

/**
 * Loads a workbook, translating ExcelJS's failures into a readable Chinese message. Before
 * anything is inflated: what the file really is (encrypted, legacy .xls, CSV, HTML…) and the zip
 * guard (truncation, zip bombs, oversized workbooks, sheets beyond the row limit).
 */
export async function loadWorkbook(data: ArrayBuffer | Uint8Array, options: ReadOptions = {}): Promise<ExcelJS.Workbook> {
  const original = data instanceof Uint8Array ? data : new Uint8Array(data);
  const notXlsx = notXlsxMessage(sniff(original));
  if (notXlsx) throw new WorkbookReadError(notXlsx);
  let entries: ZipEntry[];
  try {
    entries = await guardZip(original, options.limits);
  } catch (e) {
    if (e instanceof ZipRefusal) throw new WorkbookReadError(e.message);
    throw e;
  }
  const bytes = (options.inflateRaw && storedOrNull(original, entries, options.inflateRaw)) || original;
  const wb = new ExcelJS.Workbook();
  try {
    // ExcelJS accepts a Buffer in Node and an ArrayBuffer in the browser.
    const input = typeof Buffer !== "undefined" ? Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) : bytes.buffer;
    await wb.xlsx.load(input as ArrayBuffer);
  } catch (e) {
    throw new WorkbookReadError(`工作簿已损坏或格式不受支持，无法读取（${(e as Error).message}）`);
  }
  return wb;
}

/** A damaged entry makes the native path give up: ExcelJS then reads the original and words the error as before. */
function storedOrNull(bytes: Uint8Array, entries: ZipEntry[], inflateRaw: InflateRaw): Uint8Array | null {
  try {
    return storedCopy(bytes, entries, inflateRaw);
  } catch {
    return null;
  }
}

/** Reads every worksheet's used range as a Grid. */
export async function readGrids(data: ArrayBuffer | Uint8Array, options?: ReadOptions): Promise<Grid[]> {
  return workbookToGrids(await loadWorkbook(data, options));
}

export function workbookToGrids(wb: ExcelJS.Workbook): Grid[] {
  const grids: Grid[] = [];
  wb.eachSheet((ws) => grids.push(worksheetToGrid(ws)));
  return grids;
}

/** Cells of one sheet's used range the Grid may hold (dense arrays): far beyond any budget table. */
const MAX_GRID_CELLS = 4_000_000;

function worksheetToGrid(ws: ExcelJS.Worksheet): Grid {
  const rowCount = ws.actualRowCount ? ws.rowCount : 0;
  const colCount = ws.columnCount;
  // A tiny file can hold a cell at XFD1000000: its used range would be 16 billion cells.
  if (rowCount > DEFAULT_ZIP_LIMITS.maxRows || rowCount * colCount > MAX_GRID_CELLS) {
    throw new WorkbookReadError(
      `工作表“${ws.name}”的使用范围达 ${rowCount.toLocaleString("en-US")} 行 × ${colCount.toLocaleString("en-US")} 列，超过可处理的上限（${DEFAULT_ZIP_LIMITS.maxRows.toLocaleString("en-US")} 行、${MAX_GRID_CELLS.toLocaleString("en-US")} 个单元格），已拒绝读取：多为远处零星的单元格或格式，请删除多余的行和列后另存再校验`,
    );
  }
  const values: CellValue[][] = [];
  const text: string[][] = [];
  const formats: string[][] = [];
  const formulas: (string | null)[][] = [];
  const uncached: string[] = [];
  for (let r = 1; r <= rowCount; r++) {
    const row = ws.getRow(r);
    const vr: CellValue[] = [];
    const tr: string[] = [];
    const fr: string[] = [];
    const fo: (string | null)[] = [];
    for (let c = 1; c <= colCount; c++) {
      const cell = row.getCell(c);
      const fmt = cell.numFmt || "General";
      const { value, formula, missingResult } = plainValue(cell.value, cell.result);
      if (cell.isMerged && cell.master !== cell) {
        vr.push(null);
        tr.push("");
      } else {
        vr.push(value);
        tr.push(displayText(value, fmt));
      }
      if (missingResult) uncached.push(`${r - 1},${c - 1}`);
      fr.push(fmt);
      fo.push(formula);
    }
    values.push(vr);
    text.push(tr);
    formats.push(fr);
    formulas.push(fo);
  }
  const merges: MergeArea[] = [];
  const mergeList: string[] = ((ws as unknown as { model: { merges?: string[] } }).model.merges ?? []) as string[];
  for (const m of mergeList) {
    const [a, b] = m.split(":");
    const tl = fromA1(a);
    const br = fromA1(b ?? a);
    merges.push({ top: tl.row, left: tl.col, bottom: br.row, right: br.col });
  }
  return {
    sheet: ws.name,
    originRow: 0,
    originCol: 0,
    values,
    text,
    formats,
    formulas,
    uncachedFormulaCells: uncached.length ? uncached : undefined,
    merges,
  };
}

/**
 * A cell's value for the Grid. For a formula, `cachedResult` is ExcelJS's `cell.result`: its
 * `cell.value` drops a falsy cached result (a formula whose result is 0 would look uncached).
 */
function plainValue(v: ExcelJS.CellValue, cachedResult?: unknown): { value: CellValue; formula: string | null; missingResult?: boolean } {
  if (v === null || v === undefined) return { value: null, formula: null };
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") return { value: v, formula: null };
  if (v instanceof Date) return { value: v.toISOString().slice(0, 10), formula: null };
  const o = v as unknown as Record<string, unknown>;
  if ("formula" in o || "sharedFormula" in o) {
    const formula = `=${String(o.formula ?? o.sharedFormula)}`;
    const result = (o.result ?? cachedResult) as ExcelJS.CellValue | undefined;
    if (result === undefined || result === null) return { value: null, formula, missingResult: true };
    return { value: plainValue(result).value, formula };
  }
  if ("richText" in o) return { value: (o.richText as { text: string }[]).map((t) => t.text).join(""), formula: null };
  if ("text" in o) return { value: String(o.text), formula: null };
  if ("error" in o) return { value: String(o.error), formula: null };
  return { value: String(v), formula: null };
}

/** Displayed text of a value under a number format (decimals and thousands separators only). */
function displayText(value: CellValue, fmt: string): string {
  if (value === null) return "";
  if (typeof value !== "number") return String(value);
  const d = formatDecimals(fmt);
  if (d === null) return String(Number(value.toPrecision(15)));
  const pct = /%/.test(fmt.split(";")[0]);
  const shown = formatDecimal(new Decimal(value).times(pct ? 100 : 1), d, /#,##0|,/.test(fmt));
  return pct ? `${shown}%` : shown;
}
