/**
 * How the workbook lays out its own tables, read from the tables it has: the template family
 * (山西 county template or Shanghai's 部门预算 template), money unit, number format, code layout,
 * where the 合计 row sits, the year and the unit's name. Generated tables copy these.
 */
import { TABLE_NAMES, type Disclosure, type RecognizedTable, type TableId } from "../model";
import type { MoneyUnit } from "../money";
import type { MoneyFormat } from "./expr";

export type Family = "county" | "shanghai";

export interface WorkbookStyle {
  family: Family;
  money: MoneyFormat;
  codeLayout: "single" | "split";
  totalAt: "top" | "bottom";
  year?: number;
  unitName?: string;
}

function sourceTable(d: Disclosure): RecognizedTable | undefined {
  const order: TableId[] = ["T03", "T02", "T05", "T01", "T04", "T06"];
  for (const id of order) {
    const t = d.tables.find((x) => x.id === id && !x.empty);
    if (t) return t;
  }
  return undefined;
}

/** Number format of a table's amounts, judged from how its amounts are displayed. */
export function moneyFormatOf(t: RecognizedTable | undefined, unit?: MoneyUnit): MoneyFormat {
  let decimals = 2;
  let thousands = false;
  for (const r of t?.rows ?? []) {
    for (const c of Object.values(r.amounts)) {
      if (!c || c.blank) continue;
      if (c.amount.decimals !== null) decimals = c.amount.decimals;
      if (/\d,\d{3}/.test(c.text)) thousands = true;
    }
  }
  const frac = decimals > 0 ? "." + "0".repeat(decimals) : "";
  return { unit: unit ?? t?.moneyUnit ?? "万元", decimals, numFmt: thousands ? `#,##0${frac}` : `0${frac}` };
}

export function workbookStyle(d: Disclosure): WorkbookStyle {
  const t02 = d.tables.find((t) => t.id === "T02");
  const src = sourceTable(d);
  const family: Family = t02?.columns.some((c) => c.key === "fiscal") ? "shanghai" : "county";
  const coded = src?.rows.filter((r) => r.code && r.kind === "item" && r.codeSource === "table") ?? [];
  const split = coded.some((r) => /\s/.test((r.codeText ?? "").trim()));
  const firstCoded = coded[0]?.row ?? 0;
  const total = src?.rows.find((r) => r.kind === "total" && !r.line);
  return {
    family,
    money: moneyFormatOf(src),
    codeLayout: split ? "split" : "single",
    totalAt: total && total.row > firstCoded ? "bottom" : "top",
    year: d.year,
    unitName: d.unit,
  };
}

const COUNTY_TITLES: Partial<Record<TableId, string>> = {
  T01: "预算收支总表",
  T04: "财政拨款收支总表",
  T05: "一般公共预算支出预算表（不含上年结转）",
  T07: "政府性基金预算收入表（不含上年结转）",
  T08: "政府性基金预算支出表（不含上年结转）",
  T09: "国有资本经营预算收支预算表（不含上年结转）",
  T10: "财政拨款安排“三公”经费支出预算表",
  T11: "财政拨款安排机关运行经费预算表",
  T12: "项目支出预算表（本年预算）",
  T13: "项目支出预算表（上年结转）",
};

const SHANGHAI_TITLES: Partial<Record<TableId, string>> = {
  T01: "部门财务收支预算总表",
  T04: "部门财政拨款收支预算总表",
  T05: "部门一般公共预算支出功能分类预算表",
  T07: "部门政府性基金预算收入表",
  T08: "部门政府性基金预算支出功能分类预算表",
  T09: "部门国有资本经营预算支出功能分类预算表",
  T10: "部门“三公”经费预算表",
  T11: "部门机关运行经费预算表",
  T12: "部门项目支出预算表",
  T13: "部门项目支出预算表（上年结转）",
};

/** "2024年预算收支总表" in the workbook's own wording. */
export function titleOf(id: TableId, style: WorkbookStyle): string {
  const name = (style.family === "shanghai" ? SHANGHAI_TITLES : COUNTY_TITLES)[id] ?? TABLE_NAMES[id];
  return `${style.year ? `${style.year}年` : ""}${name}`;
}

const NUMERALS = ["", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二", "十三", "十四"];

/** Sheet name of a generated table: "表一 预算收支总表（生成）" (or another suffix), not among `taken`. */
export function generatedSheetName(id: TableId, taken: string[], suffix = "（生成）"): string {
  const n = Number(id.slice(1));
  const base = `表${NUMERALS[n] ?? n} ${TABLE_NAMES[id].replace(/[（(].*$/, "")}${suffix}`.slice(0, 31);
  const used = new Set(taken.map((s) => s.toLowerCase()));
  if (!used.has(base.toLowerCase())) return base;
  for (let i = 2; ; i++) {
    const candidate = `${base.slice(0, 31 - String(i).length - 2)}(${i})`;
    if (!used.has(candidate.toLowerCase())) return candidate;
  }
}

/** "一", "二", … "三十" for ordinal labels. */
export function chineseNumeral(n: number): string {
  const digits = ["", "一", "二", "三", "四", "五", "六", "七", "八", "九"];
  if (n < 10) return digits[n];
  const tens = Math.floor(n / 10);
  return `${tens > 1 ? digits[tens] : ""}十${digits[n % 10]}`;
}

/** The unit-name line: "单位名称：…" (county) or "编制部门：…" (Shanghai). */
export function unitNameLine(style: WorkbookStyle): string {
  return `${style.family === "shanghai" ? "编制部门" : "单位名称"}：${style.unitName ?? ""}`;
}

export function moneyUnitLine(unit: MoneyUnit): string {
  return `单位：${unit}`;
}
