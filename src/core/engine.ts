/**
 * The engine's entry point: Grids in, report out. Recognize → run every rule → format findings.
 * Pure: no host, no I/O. The CLI, the task pane and the tests all come through here.
 */
import type { Grid } from "./grid";
import { TABLE_IDS, type Disclosure, type TableId } from "./model";
import { summarize, type Finding, type WorkbookReport } from "./report";
import { fillTemplate, type Rule, type RuleContext, type UnitFacts } from "./rule";
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

/** Runs the rules over a recognized disclosure. */
export function runRules(d: Disclosure, options: Pick<EngineOptions, "catalog" | "facts" | "rules"> = {}): Finding[] {
  const catalog = options.catalog ?? loadBundledCatalog();
  const findings: Finding[] = [];
  const seen = new Set<string>();
  for (const rule of options.rules ?? RULES) {
    const ctx: RuleContext = {
      catalog,
      facts: options.facts ?? {},
      report(input) {
        const template = rule.meta.messages[input.messageId];
        if (!template) throw new Error(`规则 ${rule.meta.id} 没有消息 ${input.messageId}`);
        const f: Finding = {
          rule: rule.meta.id,
          category: rule.meta.category,
          severity: input.severity ?? rule.meta.defaultSeverity,
          table: input.table,
          sheet: input.at.sheet,
          cell: input.at.cell,
          related: input.related ? input.related.map((r) => ({ sheet: r.sheet, cell: r.cell })) : [],
          expected: input.expected,
          actual: input.actual,
          message: fillTemplate(template, input.data),
        };
        const key = `${f.rule}|${f.sheet}|${f.cell}|${f.message}`;
        if (seen.has(key)) return;
        seen.add(key);
        findings.push(f);
      },
    };
    rule.check(d, ctx);
  }
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
