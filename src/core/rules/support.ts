/**
 * Shared plumbing for rules: reporting a consistency check through the rounding rule, finding rows
 * and columns. Rules stay small by calling these; none of them does its own arithmetic on money.
 */
import type { CellRef, ColumnKey, Disclosure, MoneyCell, RecognizedTable, TableId, TableRow } from "../model";
import { checkFigures, checkSum, type SumCheck } from "../rounding";
import type { Amount } from "../money";
import type { RuleContext } from "../rule";
import { addToGroup, memoOn } from "../collections";

/** Message templates every sum-style rule shares (data: subject, expected, actual, diff, tolerance, unit). */
export const SUM_MESSAGES = {
  mismatch: "{subject}：应为 {expected}，实为 {actual}（差 {diff}{unit}）",
  rounding: "{subject}：应为 {expected}，实为 {actual}（尾差 {diff}{unit}，在允许范围 ±{tolerance} 内）",
};

export interface CompareInput {
  check: SumCheck;
  at: CellRef;
  related: CellRef[];
  table?: TableId;
  /** What is compared. Hot loops ask `isExactSum` first and build this text only when reported. */
  subject: string;
  /** Message ids to use (default "mismatch"/"rounding"). */
  mismatchId?: string;
  roundingId?: string;
  data?: Record<string, string | number>;
  /** Severity of a mismatch (default: the rule's). */
  mismatchSeverity?: "error" | "warning" | "info";
}

/** Reports a check: nothing when exact, `info` when within rounding, the rule's severity otherwise. */
export function reportCheck(ctx: RuleContext, input: CompareInput): void {
  const { check } = input;
  if (check.status === "exact") return;
  const data = {
    subject: input.subject,
    ...checkFigures(check),
    unit: check.unit,
    ...input.data,
  };
  ctx.report({
    at: input.at,
    related: input.related,
    table: input.table,
    messageId: check.status === "rounding" ? (input.roundingId ?? "rounding") : (input.mismatchId ?? "mismatch"),
    severity: check.status === "rounding" ? "info" : input.mismatchSeverity,
    data,
    expected: data.expected,
    actual: data.actual,
  });
}

/** Compares a cell against the sum of others (the check states everything in the first cell's unit). */
export function compareSum(parent: MoneyCell, children: MoneyCell[]): SumCheck {
  return checkSum(parent.amount, children.map(amountOf));
}

const amountOf = (c: MoneyCell): Amount => c.amount;

/** The table's 合计 row (first total row), if any. */
export function totalRow(t: RecognizedTable, side?: TableRow["side"]): TableRow | undefined {
  return t.rows.find((r) => r.kind === "total" && !r.line && (!side || r.side === side) && !r.code);
}

export function rowsWithCode(t: RecognizedTable): TableRow[] {
  return t.rows.filter((r) => r.code !== undefined && r.kind !== "total");
}

export function lineRow(t: RecognizedTable, line: TableRow["line"]): TableRow | undefined {
  return t.rows.find((r) => r.line === line);
}

const NON_EMPTY = Symbol("non-empty tables by id");
const NONE: readonly RecognizedTable[] = Object.freeze([]);

/** Tables with at least one amount, by id (indexed once per disclosure: most rules and the narrative ask). */
export function nonEmpty(d: Disclosure, id: TableId): readonly RecognizedTable[] {
  return memoOn(d, NON_EMPTY, indexNonEmpty).get(id) ?? NONE;
}

function indexNonEmpty(d: Disclosure): Map<TableId, RecognizedTable[]> {
  const byId = new Map<TableId, RecognizedTable[]>();
  for (const t of d.tables) if (!t.empty) addToGroup(byId, t.id, t);
  return byId;
}

/** The row's name for messages: "201 一般公共服务支出". */
export function rowTitle(r: TableRow): string {
  return [r.code && r.codeSource === "table" ? r.code : "", r.label.text.trim()].filter(Boolean).join(" ");
}

export function columnTitle(t: RecognizedTable, key: ColumnKey): string {
  const col = [...t.columns, ...(t.incomeColumns ?? [])].find((c) => c.key === key);
  return col ? col.header.split("/").pop() ?? key : key;
}

/**
 * Parent/child structure by code prefix: each row's parent is the longest proper prefix code present
 * in the same rows (a 项 whose 款 is missing hangs under its 类). Built once per table: O(n).
 */
export interface CodeTree {
  children: Map<string, TableRow[]>;
  top: TableRow[];
}

export function codeTree(rows: TableRow[], present: { has(code: string): boolean } = new Set(rows.map((r) => r.code).filter((c) => c !== undefined))): CodeTree {
  const children = new Map<string, TableRow[]>();
  const top: TableRow[] = [];
  const parentOf = (code: string): string | undefined => {
    if (code.length > 5 && present.has(code.slice(0, 5))) return code.slice(0, 5);
    if (code.length > 3 && present.has(code.slice(0, 3))) return code.slice(0, 3);
    return undefined;
  };
  for (const r of rows) {
    if (!r.code) continue;
    const parent = parentOf(r.code);
    if (parent === undefined) top.push(r);
    else addToGroup(children, parent, r);
  }
  return { children, top };
}

/** A table's rows with a code written in it (totals aside), their code tree, and the row of each code. */
export interface TableCodes {
  coded: TableRow[];
  tree: CodeTree;
  /** The last row of each code (as `new Map(coded.map(…))` would keep). */
  byCode: Map<string, TableRow>;
}

const TABLE_CODES = Symbol("table codes");

/** Built once per table and shared by the rules that walk codes (5,000-row tables have several). */
export function tableCodes(t: RecognizedTable): TableCodes {
  return memoOn(t, TABLE_CODES, () => {
    const coded = t.rows.filter((r) => r.code && r.codeSource === "table" && r.kind !== "total");
    const byCode = new Map<string, TableRow>();
    for (const r of coded) byCode.set(r.code!, r);
    return { coded, tree: codeTree(coded, byCode), byCode };
  });
}

export function refs(cells: (MoneyCell | undefined)[]): CellRef[] {
  const out: CellRef[] = [];
  for (const c of cells) if (c) out.push(c.ref);
  return out;
}
