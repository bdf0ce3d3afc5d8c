/**
 * Facts the tables do not hold (prior-year figures, reasons, 政府采购 split, unit type…), supplied by
 * the user in the input sheet. A fact is either given or missing — never guessed.
 */
import Decimal from "decimal.js";
import type { FactDef } from "./template";
import { VALUE_LABELS, type ValueName } from "./values";

/** Amount facts are in the template's unit (万元 by default); text facts are trimmed strings. */
export type FactValue = string | Decimal;
export type Facts = Record<string, FactValue>;

export const PRIOR_PREFIX = "prior.";

/** Facts every template may use without declaring them. */
export const BUILTIN_FACTS: FactDef[] = [
  { key: "unitName", label: "单位名称", note: "表中未识别到单位名称时填写", kind: "text" },
  { key: "year", label: "预算年度", note: "表中未识别到年度时填写，如 2024", kind: "count" },
];

/** "prior.gpbExpense" → 2023年一般公共预算当年支出（万元）. */
export function priorFact(name: ValueName, unit: string): FactDef {
  return {
    key: `${PRIOR_PREFIX}${name}`,
    label: `{priorYear}年${VALUE_LABELS[name]}（${unit}）`,
    note: "上年预算数，用于写“比上年增加/减少/持平”和增减比例",
    kind: "amount",
  };
}

/** A per-item fact ("purpose" of 行政运行 → "purpose.2010601"), its label filled with the item's name. */
export function itemFact(def: FactDef, itemKey: string, itemName: string): FactDef {
  return { ...def, key: `${def.key}.${itemKey}`, label: def.label.replace(/\{name\}/g, itemName) };
}

export function fillYears(label: string, year: number | undefined): string {
  if (year === undefined) return label.replace(/\{year\}/g, "本").replace(/\{priorYear\}/g, "上");
  return label.replace(/\{year\}/g, String(year)).replace(/\{priorYear\}/g, String(year - 1));
}

export function hasFact(facts: Facts, key: string): boolean {
  const v = facts[key];
  return v !== undefined && !(typeof v === "string" && v.trim() === "");
}
