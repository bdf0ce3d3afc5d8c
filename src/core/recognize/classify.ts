/**
 * Which table a title names. Tables are recognized by meaning (domain.md §2): titles differ between
 * provinces, so patterns match the essential words, not the whole title or its numbering.
 */
import type { TableId } from "../model";
import { charCodeSet, compact, isDroppedCode } from "./text";

interface TitlePattern {
  id: TableId;
  test: RegExp;
  /** Words that rule this id out (e.g. a 收入表 of 政府性基金 is T07, not T02). */
  not?: RegExp;
}

// Order matters: the first match wins, most specific first.
const PATTERNS: TitlePattern[] = [
  { id: "PERF", test: /绩效目标表/ },
  { id: "T14", test: /政府购买服务/ },
  { id: "T10", test: /三公/ },
  { id: "T11", test: /机关运行经费/ },
  { id: "T13", test: /项目支出.*表.*上年结转/ },
  { id: "T12", test: /项目支出(预算)?表/ },
  { id: "T06", test: /基本支出.*(经济|分类)|经济(科目|分类).*基本支出/ },
  { id: "T07", test: /政府性基金.*收入/, not: /收支/ },
  { id: "T08", test: /政府性基金.*支出/ },
  { id: "T09", test: /国有资本经营/ },
  { id: "T04", test: /财政拨款收支/ },
  { id: "T01", test: /收支(预算)?总表|收支预算表$/ },
  { id: "T05", test: /一般公共预算.*支出/ },
  { id: "T02", test: /收入(预算)?总表/ },
  { id: "T03", test: /支出(预算)?总表/ },
];

/** A cell (compacted text) that reads as a table title: short, ends with 表 (optionally a parenthetical). */
function looksLikeTitle(t: string): boolean {
  if (t.length < 4 || t.length > 70) return false;
  const last = t[t.length - 1];
  if (last !== "表" && last !== ")") return false; // most cells: decided without a regex
  if (/\.{3,}|…{2,}|\d+$/.test(t) && !/表$/.test(t)) return false; // table of contents lines end with page numbers
  return /表(\([^)]*\))*$/.test(t) || /表\(表[一二三四五六七八九十]+\)$/.test(t);
}

/**
 * False when raw text (not yet through `compact`) cannot be a title or a narrative heading: those end
 * in 表, a bracket or 说明. Most cells are ruled out here without being compacted.
 */
export function mayBeHeading(raw: string): boolean {
  // By char code: raw[i] would make a new string of each Chinese character looked at.
  let i = raw.length - 1;
  while (i >= 0 && isDroppedCode(raw.charCodeAt(i))) i--;
  return i >= 0 && HEADING_ENDS.has(raw.charCodeAt(i));
}

const HEADING_ENDS = charCodeSet("表)）明");

/** Table id named by a title (text already through `compact`), or undefined. */
export function classifyTitle(t: string): TableId | undefined {
  if (!looksLikeTitle(t)) return undefined;
  for (const p of PATTERNS) if (p.test.test(t) && !(p.not && p.not.test(t))) return p.id;
  return undefined;
}

/** A heading (text already through `compact`) that starts the narrative (情况说明 / 编制说明). */
export function isNarrativeHeading(t: string): boolean {
  return t.length <= 40 && t.endsWith("说明") && /(情况说明|编制说明)$/.test(t) && !/\.{3,}|…/.test(t);
}

/** Year named in a title ("2024年…", "（2024年度）"). */
export function yearOf(text: string): number | undefined {
  const m = /(20\d{2})年/.exec(compact(text));
  return m ? Number(m[1]) : undefined;
}

/** The combined Shanghai table "三公经费和机关运行经费预算表" also stands for T11. */
export function alsoServesAsT11(title: string): boolean {
  const t = compact(title);
  return /三公/.test(t) && /机关运行经费/.test(t);
}
