/**
 * The recognized disclosure: typed tables whose every number is tied to its sheet and cell.
 * Produced by `recognize`, read by the rules, the narrative and the generators.
 */
import type { Amount, MoneyUnit } from "./money";
import { listOf } from "./collections";

export const TABLE_IDS = [
  "T01", "T02", "T03", "T04", "T05", "T06", "T07", "T08", "T09", "T10", "T11", "T12", "T13", "T14", "PERF", "NARR",
] as const;
export type TableId = (typeof TABLE_IDS)[number];

/** Chinese names of the tables, for messages (seed numbering). */
export const TABLE_NAMES: Record<TableId, string> = {
  T01: "预算收支总表",
  T02: "预算收入总表",
  T03: "预算支出总表",
  T04: "财政拨款收支总表",
  T05: "一般公共预算支出表",
  T06: "一般公共预算基本支出分经济科目表",
  T07: "政府性基金预算收入表",
  T08: "政府性基金预算支出表",
  T09: "国有资本经营预算收支表",
  T10: "“三公”经费支出预算表",
  T11: "机关运行经费预算表",
  T12: "项目支出预算表（本年预算）",
  T13: "项目支出预算表（上年结转）",
  T14: "政府购买服务支出预算表",
  PERF: "项目支出绩效目标表",
  NARR: "情况说明",
};

export interface CellRef {
  sheet: string;
  /** A1 address without sheet prefix. */
  cell: string;
}

export interface TextCell {
  text: string;
  ref: CellRef;
}

export interface MoneyCell {
  amount: Amount;
  ref: CellRef;
  /** The cell was empty (an exact zero). */
  blank: boolean;
  /** The text as displayed. */
  text: string;
  /** A formula without a cached result: the value could not be read (amount is a placeholder 0). */
  unreadable?: boolean;
}

/** Meaning of an amount column, independent of its header's wording. */
export type ColumnKey =
  | "total" // 合计 / 小计 / 金额 / 预算数
  | "basic" // 基本支出
  | "project" // 项目支出
  | "personnel" // 人员经费
  | "public" // 公用经费
  | "gpb" // 一般公共预算
  | "fund" // 政府性基金预算
  | "soe" // 国有资本经营预算
  | "fiscal" // 财政拨款收入 (Shanghai: one column for all 财政拨款)
  | "specialAccount" // 财政专户管理资金
  | "unitFunds" // 单位资金
  | "business" // 事业收入
  | "operating" // 事业单位经营收入
  | "otherIncome" // 其他收入
  | "carryOver" // 上年结转 (income column)
  | "currentYear" // 当年预算安排
  | "carried" // 上年结转安排
  | "outbound" // 因公出国（境）费
  | "reception" // 公务接待费
  | "vehicle" // 公务用车购置及运行费
  | "vehiclePurchase" // 公务用车购置费
  | "vehicleOperation" // 公务用车运行维护费
  | "operatingCost" // 机关运行经费
  | "amount"; // a plain amount column of a list table (T14 购买金额)

export interface TableColumn {
  key: ColumnKey;
  header: string;
  /** Absolute 0-based sheet column. */
  col: number;
}

/** Semantic line of a two-sided or labelled table (T01, T04, T10, T11). */
export type LineKey =
  | "gpb" | "fund" | "soe" | "fiscal" | "specialAccount" | "unitFunds" | "business" | "operating" | "otherIncome"
  | "incomeSubtotal" | "carryOver" | "carryOver.gpb" | "carryOver.fund" | "carryOver.soe" | "incomeTotal"
  | "expenseSubtotal" | "carryForward" | "expenseTotal"
  | "outbound" | "reception" | "vehicle" | "vehiclePurchase" | "vehicleOperation" | "threePublicTotal"
  | "unitTotal";

export interface TableRow {
  /** Absolute 0-based sheet row. */
  row: number;
  side?: "income" | "expense";
  kind: "total" | "item";
  /** Name or label text (ordinal prefixes such as "一、" kept as written). */
  label: TextCell;
  /** Label without ordinal prefix and spaces, for matching. */
  name: string;
  /** Normalized code: digits only ("2010301"); absent when the row has none. */
  code?: string;
  /** The code exactly as written (e.g. "201 06 01", "7 11 02"). */
  codeText?: string;
  codeRef?: CellRef;
  /** How the code was derived: written in the table, or looked up by name in the catalog. */
  codeSource?: "table" | "catalog";
  /** Second label (T06 政府经济科目名称). */
  label2?: TextCell;
  line?: LineKey;
  amounts: Partial<Record<ColumnKey, MoneyCell>>;
}

export interface PerfProject {
  name: TextCell;
  annualTotal?: MoneyCell;
  periodTotal?: MoneyCell;
  attribute?: TextCell;
  period?: TextCell;
  department?: TextCell;
}

export interface RecognizedTable {
  id: TableId;
  title: string;
  titleRef?: CellRef;
  sheet: string;
  /** Block address on the sheet ("A1:F45"). */
  range: string;
  moneyUnit: MoneyUnit;
  unitName?: string;
  year?: number;
  /** Amount columns (for two-sided tables: the expenditure side). */
  columns: TableColumn[];
  /** Income-side columns of a two-sided table. */
  incomeColumns?: TableColumn[];
  rows: TableRow[];
  /** No amounts at all. */
  empty: boolean;
  /** "注：本表无数据" or similar. */
  note?: TextCell;
  perf?: PerfProject;
  /** Narrative paragraphs in reading order. */
  paragraphs?: TextCell[];
  /** How sure recognition is (0–1), and why. */
  confidence: number;
  evidence: string[];
}

/**
 * A RecognizedTable with every field present, in one order, whatever kind of table it is: the rules
 * then see one object shape for all tables, and V8's optimized code for them is not thrown away each
 * time a batch reaches a layout it had not seen yet (fewer re-compilations per worker). Its columns,
 * rows and paragraphs are copied through `listOf` for the same reason.
 */
export function recognizedTable(t: RecognizedTable): RecognizedTable {
  return {
    id: t.id,
    title: t.title,
    titleRef: t.titleRef,
    sheet: t.sheet,
    range: t.range,
    moneyUnit: t.moneyUnit,
    unitName: t.unitName,
    year: t.year,
    columns: listOf(t.columns),
    incomeColumns: t.incomeColumns && listOf(t.incomeColumns),
    rows: listOf(t.rows),
    empty: t.empty,
    note: t.note,
    perf: t.perf,
    paragraphs: t.paragraphs && listOf(t.paragraphs),
    confidence: t.confidence,
    evidence: t.evidence,
  };
}

export interface Disclosure {
  unit?: string;
  year?: number;
  tables: RecognizedTable[];
  /** Names of all sheets read, recognized or not. */
  sheets: string[];
  /**
   * Whether any sheet held formulas saved without their values (set by recognition; absent on
   * disclosures built otherwise, whose cells are then searched for unreadable ones).
   */
  uncachedFormulas?: boolean;
}

/**
 * The cells of column `key` in these rows, skipping rows without one. Rather than map-then-filter:
 * the array always comes from this one site, so code reading it sees one array shape whether it is
 * empty or not (V8 otherwise re-optimizes the rules when a workbook first yields an empty list).
 */
export function cellsIn(rows: readonly TableRow[], key: ColumnKey): MoneyCell[] {
  const out: MoneyCell[] = [];
  for (const r of rows) {
    const cell = r.amounts[key];
    if (cell) out.push(cell);
  }
  return out;
}

/** A row's cells under `keys`, those it has, in the keys' order. */
export function cellsAt(row: TableRow, keys: readonly ColumnKey[]): MoneyCell[] {
  const out: MoneyCell[] = [];
  for (const k of keys) {
    const cell = row.amounts[k];
    if (cell) out.push(cell);
  }
  return out;
}

export function tablesOf(d: Disclosure, id: TableId): RecognizedTable[] {
  return d.tables.filter((t) => t.id === id);
}

export function tableOf(d: Disclosure, id: TableId): RecognizedTable | undefined {
  return d.tables.find((t) => t.id === id);
}
