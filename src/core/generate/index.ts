/**
 * Generating missing summary tables: which tables can be derived from which sources (planGeneration),
 * and the drafts themselves (generateTables). Pure: Disclosure in, TableDrafts out; a host writes them.
 */
import { TABLE_NAMES, type Disclosure, type TableId } from "../model";
import type { UnitFacts } from "../rule";
import type { Fact } from "./facts";
import type { DraftBody } from "./layout";
import type { TableDraft } from "./draft";
import { generatedSheetName, moneyFormatOf, workbookStyle, type WorkbookStyle } from "./style";
import { deriveT01 } from "./t01";
import { deriveT04 } from "./t04";
import { deriveT05 } from "./t05";
import { deriveT11 } from "./t11";
import { deriveT12 } from "./t12";
import { deriveEmpty } from "./empty";
import { correctedCodedTable } from "./subtotals";
import type { Catalog } from "../catalog/catalog";

export type { TableDraft, DraftCell } from "./draft";

export interface GenerateOptions {
  unitType?: UnitFacts["unitType"];
}

interface Generator {
  id: TableId;
  /** The sources, in Chinese, for the preview. */
  from: string;
  derive(d: Disclosure, style: WorkbookStyle, options: GenerateOptions): Fact<DraftBody>;
}

export const GENERATORS: readonly Generator[] = [
  { id: "T01", from: "表二 预算收入总表 + 表三 预算支出总表", derive: (d, s) => deriveT01(d, s) },
  { id: "T04", from: "表二 财政拨款列 + 表五/表八/表九（或全部为一般公共预算时的表三）", derive: (d, s) => deriveT04(d, s) },
  { id: "T05", from: "表三 预算支出总表（表二证明全部为一般公共预算）", derive: (d, s) => deriveT05(d, s) },
  { id: "T07", from: "表二（无政府性基金收入）：空表", derive: (d, s) => deriveEmpty("T07", d, s) },
  { id: "T08", from: "表二（无政府性基金收入）：空表", derive: (d, s) => deriveEmpty("T08", d, s) },
  { id: "T09", from: "表二（无国有资本经营预算收入）：空表", derive: (d, s) => deriveEmpty("T09", d, s) },
  { id: "T10", from: "表六（无“三公”经费科目）：空表", derive: (d, s) => deriveEmpty("T10", d, s) },
  { id: "T11", from: "表六 公用经费（行政单位或参公单位）", derive: (d, s, o) => deriveT11(d, s, o.unitType) },
  { id: "T12", from: "项目支出绩效目标表（年度资金总额）", derive: (d, s) => deriveT12(d, s) },
  { id: "T13", from: "表二（无上年结转）：空表", derive: (d, s) => deriveEmpty("T13", d, s) },
];

export const GENERATABLE_IDS: readonly TableId[] = GENERATORS.map((g) => g.id);

export interface PlanEntry {
  id: TableId;
  name: string;
  /** Sources, in Chinese. */
  from: string;
  /** "missing": not in the workbook; "empty": present without amounts; "present": has amounts. */
  status: "missing" | "empty" | "present";
  /** Whether it can be derived now. */
  derivable: boolean;
  /** Why not (Chinese), when not derivable. */
  reason?: string;
  /** What the user should confirm (Chinese). */
  cautions: string[];
  /** Part of the workbook's template (Shanghai's has no 表七/表十二/表十三 and states 机关运行经费 in the 三公 table). */
  inTemplate: boolean;
}

export interface GenerationPlan {
  /** Tables the workbook lacks (or has empty) that can be generated now. */
  available: PlanEntry[];
  /** Every generatable table with its status, derivable or not. */
  all: PlanEntry[];
}

const SHANGHAI_TEMPLATE: readonly TableId[] = ["T01", "T04", "T05", "T08", "T09", "T10", "T11"];

function inTemplate(d: Disclosure, style: WorkbookStyle, id: TableId): boolean {
  if (style.family !== "shanghai") return true;
  if (id === "T11") return !d.tables.some((t) => t.id === "T10");
  return SHANGHAI_TEMPLATE.includes(id);
}

function statusOf(d: Disclosure, id: TableId): PlanEntry["status"] {
  const ts = d.tables.filter((t) => t.id === id);
  if (!ts.length) return "missing";
  return ts.every((t) => t.empty) ? "empty" : "present";
}

/** Which tables can be generated, from what, and why not. */
export function planGeneration(d: Disclosure, options: GenerateOptions = {}): GenerationPlan {
  const style = workbookStyle(d);
  const all = GENERATORS.map((g): PlanEntry => {
    const r = g.derive(d, style, options);
    return {
      id: g.id,
      name: TABLE_NAMES[g.id],
      from: g.from,
      status: statusOf(d, g.id),
      derivable: r.ok,
      reason: r.ok ? undefined : r.reason,
      cautions: r.ok ? r.value.cautions : [],
      inTemplate: inTemplate(d, style, g.id),
    };
  });
  // An empty table is worth replacing only when real data can be derived (not another empty table).
  const available = all.filter((e) => e.derivable && e.inTemplate && (e.status === "missing" || (e.status === "empty" && !["T07", "T08", "T09", "T10", "T13"].includes(e.id))));
  return { available, all };
}

export class GenerationError extends Error {
  constructor(
    readonly id: TableId,
    message: string,
  ) {
    super(message);
    this.name = "GenerationError";
  }
}

/** Drafts of the named tables, in the order asked; throws GenerationError (Chinese) for one that cannot be derived. */
export function generateTables(d: Disclosure, ids: readonly TableId[], options: GenerateOptions = {}): TableDraft[] {
  const style = workbookStyle(d);
  const taken = [...d.sheets];
  return ids.map((id) => {
    const g = GENERATORS.find((x) => x.id === id);
    if (!g) throw new GenerationError(id, `${TABLE_NAMES[id] ?? id}（${id}）不能自动生成`);
    const r = g.derive(d, style, options);
    if (!r.ok) throw new GenerationError(id, `无法生成${TABLE_NAMES[id]}（${id}）：${r.reason}`);
    const sheetName = generatedSheetName(id, taken);
    taken.push(sheetName);
    return { ...r.value, sheetName };
  });
}

/** A coded table that lacks its 合计 row or 类/款 rows, offered as a corrected copy (separate from GENERATORS). */
export interface SubtotalEntry {
  id: TableId;
  name: string;
  /** The sheet of the original table (never modified). */
  sheet: string;
  /** What the copy inserts (Chinese), e.g. "补充了 合计 行、201 类、20103 款". */
  inserted: string;
}

function correctedCopies(d: Disclosure, catalog?: Catalog): { sheet: string; draft: TableDraft }[] {
  const style = workbookStyle(d);
  const taken = [...d.sheets];
  const out: { sheet: string; draft: TableDraft }[] = [];
  for (const t of d.tables) {
    const draft = correctedCodedTable(t, style, moneyFormatOf(t), catalog, taken);
    if (!draft) continue;
    taken.push(draft.sheetName);
    out.push({ sheet: t.sheet, draft });
  }
  return out;
}

/** Corrected copies of every coded table that lacks rows, with sheet names not among the workbook's. */
export function generateSubtotals(d: Disclosure, catalog?: Catalog): TableDraft[] {
  return correctedCopies(d, catalog).map((c) => c.draft);
}

/** Which coded tables would get a corrected copy, and what it inserts; empty when nothing is missing. */
export function planSubtotals(d: Disclosure, catalog?: Catalog): SubtotalEntry[] {
  return correctedCopies(d, catalog).map(({ sheet, draft }) => ({ id: draft.id, name: TABLE_NAMES[draft.id], sheet, inserted: draft.cautions.join("；") }));
}
