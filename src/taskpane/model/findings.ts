/** The findings list's shape: filtered, grouped by table then severity, in a stable order. */
import type { Category, Finding, Severity } from "../../core/report";
import { SEVERITIES } from "../../core/report";
import { TABLE_IDS, TABLE_NAMES, type TableId } from "../../core/model";
import { addToGroup } from "../../core/collections";

export interface FindingFilter {
  severities: ReadonlySet<Severity>;
  /** null: every category. */
  category: Category | null;
}

export const ALL_SEVERITIES: ReadonlySet<Severity> = new Set(SEVERITIES);

export interface SeverityGroup {
  severity: Severity;
  findings: Finding[];
}

export interface TableGroup {
  /** Table id, or null for findings about no particular table. */
  table: TableId | null;
  title: string;
  /** Sheets the group's findings point at, in first-seen order. */
  sheets: string[];
  count: number;
  bySeverity: SeverityGroup[];
}

export function filterFindings(findings: Finding[], filter: FindingFilter): Finding[] {
  return findings.filter((f) => filter.severities.has(f.severity) && (filter.category === null || f.category === filter.category));
}

/** Groups by table; groups holding errors come first, then warnings, then the rest, each in table order. */
export function groupFindings(findings: Finding[]): TableGroup[] {
  const groups = new Map<TableId | null, Finding[]>();
  for (const f of findings) addToGroup(groups, f.table ?? null, f);
  const order = (k: TableId | null) => (k === null ? TABLE_IDS.length : TABLE_IDS.indexOf(k));
  const worst = (list: Finding[]) => Math.min(...list.map((f) => SEVERITIES.indexOf(f.severity)));
  return [...groups.entries()]
    .sort(([a, la], [b, lb]) => worst(la) - worst(lb) || order(a) - order(b))
    .map(([table, list]) => ({
      table,
      title: table ? TABLE_NAMES[table] : "其他",
      sheets: [...new Set(list.map((f) => f.sheet))],
      count: list.length,
      bySeverity: SEVERITIES.map((severity) => ({ severity, findings: list.filter((f) => f.severity === severity) })).filter((g) => g.findings.length),
    }));
}

/** A stable key for a finding (for React lists and selection). */
export function findingKey(f: Finding): string {
  return `${f.rule}|${f.sheet}|${f.cell}|${f.message}`;
}

export function countBy<K extends string>(findings: Finding[], key: (f: Finding) => K): Record<K, number> {
  const out = {} as Record<K, number>;
  for (const f of findings) out[key(f)] = (out[key(f)] ?? 0) + 1;
  return out;
}
