/**
 * The engine's entry point: Grids in, report out. Recognize → run every rule → format findings.
 * Pure: no host, no I/O. The CLI, the task pane and the tests all come through here.
 */
import type { Grid } from "./grid";
import { TABLE_IDS, type Disclosure, type TableId } from "./model";
import { summarize, type Finding, type WorkbookReport } from "./report";
import { fillTemplate, type ReportInput, type Rule, type RuleContext, type UnitFacts } from "./rule";
import { recognize, type TableOverride } from "./recognize";
import { RULES } from "./rules";
import { unreadableCells } from "./rules/completeness-unreadable-formulas";
import { loadBundledCatalog, type Catalog } from "./catalog/catalog";

export interface EngineOptions {
  /** File name shown in the report. */
  file?: string;
  /** A user's catalog (merged over the bundled one by the caller). */
  catalog?: Catalog;
  facts?: UnitFacts;
  /** Corrections of recognition remembered by the user. */
  tableOverrides?: TableOverride[];
  /** Rules to run (default: all). */
  rules?: readonly Rule[];
}

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

/**
 * What one rule reports to: its findings join the run's list, a finding already there is dropped.
 * A class, not an object literal with a closure per rule: a rule's call to `report` meets one
 * function every run (a new closure per rule and run made V8 drop the rules' optimized code,
 * "wrong call target").
 */
class RuleRun implements RuleContext {
  constructor(
    private readonly rule: Rule,
    readonly catalog: Catalog,
    readonly facts: UnitFacts,
    private readonly findings: Finding[],
    private readonly seen: Set<string>,
  ) {}

  report(input: ReportInput): void {
    const { meta } = this.rule;
    const template = meta.messages[input.messageId];
    if (!template) throw new Error(`规则 ${meta.id} 没有消息 ${input.messageId}`);
    const f: Finding = {
      rule: meta.id,
      category: meta.category,
      severity: input.severity ?? meta.defaultSeverity,
      table: input.table,
      sheet: input.at.sheet,
      cell: input.at.cell,
      related: input.related ? input.related.map((r) => ({ sheet: r.sheet, cell: r.cell })) : [],
      expected: input.expected,
      actual: input.actual,
      message: fillTemplate(template, input.data),
    };
    const key = `${f.rule}|${f.sheet}|${f.cell}|${f.message}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.findings.push(f);
  }
}

/** Runs the rules over a recognized disclosure. */
export function runRules(d: Disclosure, options: Pick<EngineOptions, "catalog" | "facts" | "rules"> = {}): Finding[] {
  const catalog = options.catalog ?? loadBundledCatalog();
  const findings: Finding[] = [];
  const seen = new Set<string>();
  const facts = options.facts ?? {};
  for (const rule of options.rules ?? RULES) rule.check(d, new RuleRun(rule, catalog, facts, findings, seen));
  // A check that rests on a value that could not be read says nothing: withhold it.
  const unreadable = new Set(unreadableCells(d).map((c) => `${c.ref.sheet}!${c.ref.cell}`));
  const rests = (f: Finding) => f.category !== "completeness" && [f, ...f.related].some((r) => unreadable.has(`${r.sheet}!${r.cell}`));
  return findings.filter((f) => !unreadable.size || !rests(f)).sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
}

/** Builds the report of one workbook from its recognized disclosure and findings. */
export function toWorkbookReport(d: Disclosure, findings: Finding[], file = ""): WorkbookReport {
  const present = new Set(d.tables.map((t) => t.id));
  const missingTables = TABLE_IDS.filter((id): id is TableId => /^T\d\d$/.test(id) && !present.has(id));
  return {
    file,
    unit: d.unit,
    year: d.year,
    tables: d.tables.map((t) => ({ id: t.id, title: t.title, sheet: t.sheet, range: t.range, moneyUnit: t.moneyUnit })),
    missingTables: d.tables.length ? missingTables : [],
    findings,
    summary: summarize(findings),
  };
}

export function validateGrids(grids: Grid[], options: EngineOptions = {}): WorkbookReport {
  const catalog = options.catalog ?? loadBundledCatalog();
  const d = recognize(grids, { catalog, overrides: options.tableOverrides });
  return toWorkbookReport(d, runRules(d, { ...options, catalog }), options.file);
}
