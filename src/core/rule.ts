/**
 * What a rule is: metadata plus a small check, ESLint-style. A rule reads the recognized
 * Disclosure and reports data (cell, message id, values); it never reads cells or builds UI.
 */
import type { Category, Severity } from "./report";
import type { CellRef, Disclosure, TableId } from "./model";
import type { Catalog } from "./catalog/catalog";

export interface RuleMeta {
  /** Stable id, "<category>.<name>" — batch users filter on it. */
  id: string;
  category: Category;
  defaultSeverity: Severity;
  /** One line in Chinese: what the rule checks. */
  description: string;
  /** Message templates by id; `{name}` placeholders are filled from the report's data. */
  messages: Record<string, string>;
}

export interface ReportInput {
  /** The one cell a person should look at first. */
  at: CellRef;
  related?: CellRef[];
  table?: TableId;
  messageId: string;
  data?: Record<string, string | number>;
  /** Overrides the rule's default severity (e.g. a rounding difference is `info`). */
  severity?: Severity;
  expected?: string;
  actual?: string;
}

export interface RuleContext {
  report(input: ReportInput): void;
  catalog: Catalog;
  /** Facts the user gave (unit type etc.); absent when unknown. */
  facts: UnitFacts;
}

export interface UnitFacts {
  /** 行政单位 / 参公事业单位 / 事业单位 / 含事业单位的部门. */
  unitType?: "administrative" | "civilServiceManaged" | "institution" | "mixedDepartment";
}

export interface Rule {
  meta: RuleMeta;
  check(disclosure: Disclosure, ctx: RuleContext): void;
}

/** A template split at its placeholders: text, name, text, name, …, text (odd indexes are names). */
const compiled = new Map<string, string[]>();

/** Fills "{name}" placeholders (an unknown name stays as written). */
export function fillTemplate(template: string, data: Record<string, string | number> = {}): string {
  let parts = compiled.get(template);
  if (!parts) compiled.set(template, (parts = template.split(/\{(\w+)\}/)));
  let out = parts[0];
  for (let i = 1; i < parts.length; i += 2) {
    const k = parts[i];
    out += (k in data ? String(data[k]) : `{${k}}`) + parts[i + 1];
  }
  return out;
}
