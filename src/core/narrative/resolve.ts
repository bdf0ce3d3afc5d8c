/**
 * Ties the subject words of an amount claim to the table values it may state. Lenient on purpose:
 * a claim that matches any candidate is correct (false alarms are the worst defect).
 */
import type { ColumnKey, Disclosure, LineKey, MoneyCell, RecognizedTable, TableId, TableRow } from "../model";
import { TABLE_NAMES } from "../model";
import { compact } from "../recognize/text";
import { lineRow, nonEmpty, totalRow } from "../rules/support";
import { operatingCostValue, threePublicValues, type ThreePublicKey } from "../rules/three-public";
import { addToGroup, memoOn } from "../collections";

export interface Candidate {
  /** "预算支出总表 合计行的基本支出". */
  label: string;
  table: TableId;
  cell: MoneyCell;
}

export interface Resolution {
  /** The subject words that named the value ("基本支出"). */
  phrase: string;
  candidates: Candidate[];
}

type Getter = (d: Disclosure) => Candidate[];

/** The tables of these ids that have amounts, in the ids' order. */
function tables(d: Disclosure, ids: TableId[]): readonly RecognizedTable[] {
  if (ids.length === 1) return nonEmpty(d, ids[0]);
  const out: RecognizedTable[] = [];
  for (const id of ids) out.push(...nonEmpty(d, id));
  return out;
}

/** One candidate per table that has a cell to offer (loops, not flatMap: built for every workbook). */
function candidatesFrom(d: Disclosure, ids: TableId[], cellOf: (t: RecognizedTable) => (MoneyCell | undefined)[], label: (t: RecognizedTable) => string): Candidate[] {
  const out: Candidate[] = [];
  for (const t of tables(d, ids)) for (const cell of cellOf(t)) if (cell) out.push({ label: label(t), table: t.id, cell });
  return out;
}

function totalColumn(ids: TableId[], key: ColumnKey, what: string): Getter {
  return (d) =>
    candidatesFrom(
      d,
      ids,
      (t) => [(totalRow(t, t.rows.some((r) => r.side) ? "expense" : undefined) ?? totalRow(t))?.amounts[key]],
      (t) => `${TABLE_NAMES[t.id]}${what}`,
    );
}

function lines(ids: TableId[], keys: LineKey[], what: string): Getter {
  return (d) =>
    candidatesFrom(
      d,
      ids,
      (t) => keys.map((k) => lineRow(t, k)?.amounts.total),
      (t) => `${TABLE_NAMES[t.id]}${what}`,
    );
}

function threePublic(key: ThreePublicKey, what: string): Getter {
  return (d) => candidatesFrom(d, ["T10"], (t) => [threePublicValues(t)[key]], () => `${TABLE_NAMES.T10}${what}`);
}

const operatingCost: Getter = (d) => candidatesFrom(d, ["T11"], (t) => [operatingCostValue(t)], () => TABLE_NAMES.T11);

const all = (...gs: Getter[]): Getter => (d) => {
  const out: Candidate[] = [];
  for (const g of gs) out.push(...g(d));
  return out;
};

/** A keyword: its pattern, the values it may name, and a word every match of the pattern contains. */
export type Keyword = [pattern: RegExp, get: Getter, contains: string];

/**
 * Keywords, each with the values it may name. The match nearest the amount wins; then the longest.
 * A subject without a keyword's word is not scanned with its pattern (most subjects name one or two).
 */
const KEYWORDS: Keyword[] = [
  [/收入总计|预算收入|收入预算|收入总预算/, all(lines(["T01"], ["incomeTotal", "incomeSubtotal"], "收入总计")), "收入"],
  [/本年收入(合计)?/, all(lines(["T01"], ["incomeSubtotal", "incomeTotal"], "本年收入合计")), "本年收入"],
  [/支出总计|支出预算|预算支出|支出总预算/, all(lines(["T01"], ["expenseTotal", "expenseSubtotal"], "支出总计"), totalColumn(["T03"], "total", "合计")), "支出"],
  [/财政拨款收支总预算|财政拨款收支预算|财政拨款收入|财政拨款支出(预算)?|财政拨款预算/, all(lines(["T04"], ["incomeTotal", "expenseTotal"], "总计"), lines(["T01"], ["fiscal"], "财政拨款收入")), "财政拨款"],
  [/基本支出/, all(totalColumn(["T03", "T05"], "basic", "合计行的基本支出"), totalColumn(["T06"], "total", "合计")), "基本支出"],
  [/项目支出/, all(totalColumn(["T03", "T05"], "project", "合计行的项目支出"), totalColumn(["T12"], "total", "合计")), "项目支出"],
  [/一般公共预算(当年|本年)?(拨款)?支出/, all(totalColumn(["T05"], "total", "合计"), lines(["T04"], ["gpb"], "一般公共预算")), "一般公共预算"],
  [/一般公共预算(拨款)?(收入)?/, all(lines(["T01", "T04"], ["gpb"], "一般公共预算拨款收入"), totalColumn(["T05"], "total", "合计")), "一般公共预算"],
  [/政府性基金(预算)?(拨款)?(收入|支出)?/, all(lines(["T01", "T04"], ["fund"], "政府性基金预算拨款"), totalColumn(["T08"], "total", "合计")), "政府性基金"],
  [/国有资本经营(预算)?(拨款)?(收入|支出)?/, all(lines(["T01", "T04"], ["soe"], "国有资本经营预算拨款"), totalColumn(["T09"], "total", "合计")), "国有资本经营"],
  [/财政专户管理资金(收入)?/, lines(["T01"], ["specialAccount"], "财政专户管理资金收入"), "财政专户管理资金"],
  [/单位资金/, lines(["T01"], ["unitFunds"], "单位资金"), "单位资金"],
  [/事业收入/, lines(["T01"], ["business"], "事业收入"), "事业收入"],
  [/事业单位经营收入|经营收入/, lines(["T01"], ["operating"], "事业单位经营收入"), "经营收入"],
  [/其他收入/, lines(["T01"], ["otherIncome"], "其他收入"), "其他收入"],
  [/上年结转(收入|结余)?/, lines(["T01", "T04"], ["carryOver"], "上年结转"), "上年结转"],
  [/人员经费/, totalColumn(["T06"], "personnel", "合计行的人员经费"), "人员经费"],
  [/公用经费/, totalColumn(["T06"], "public", "合计行的公用经费"), "公用经费"],
  [/机关运行经费/, operatingCost, "机关运行经费"],
  [/[“"]?三公[”"]?经费/, threePublic("total", "合计"), "三公"],
  [/因公出国[（(]?境[)）]?费(用)?/, threePublic("outbound", "因公出国（境）费"), "因公出国"],
  [/公务接待费/, threePublic("reception", "公务接待费"), "公务接待费"],
  [/公务用车购置及运行(维护)?费/, threePublic("vehicle", "公务用车购置及运行费"), "公务用车购置及运行"],
  [/公务用车购置费?/, threePublic("vehiclePurchase", "公务用车购置费"), "公务用车购置"],
  [/公务用车运行(维护)?费/, threePublic("vehicleOperation", "公务用车运行维护费"), "公务用车运行"],
];

/** Tables whose rows may be named in the text, in preference order. */
const ROW_TABLES: TableId[] = ["T05", "T03", "T01", "T04", "T02", "T08", "T06"];

/**
 * Text and table names as matched here: recognition's `compact` (no spaces or quotes, half-width
 * digits and brackets) plus one leniency of the narrative only: 其它 reads as 其他. (The catalog
 * rules keep the two apart on purpose: there it is a naming defect to report.)
 */
export function normalizeName(s: string): string {
  const c = compact(s);
  return c.includes("其它") ? c.replace(/其它/g, "其他") : c;
}

interface NamedRow {
  table: RecognizedTable;
  row: TableRow;
}

/**
 * What a disclosure offers the narrative, built once per disclosure (not once per claim): the rows of
 * ROW_TABLES by name, the names long enough to match in text by their first character (a subject is
 * scanned once, position by position, instead of once per name), each keyword's values, and each
 * subject's resolution.
 */
interface Lookup {
  rowsByName: Map<string, NamedRow[]>;
  /** Keyed by the first UTF-16 code unit (charCodeAt): a subject is scanned without making a string per position. */
  namesByFirstChar: Map<number, string[]>;
  candidatesByName: Map<string, Candidate[]>;
  candidatesByGetter: Map<Getter, Candidate[]>;
  /** Each subject's resolution (shared by the claims naming it; never modified). */
  resolved: Map<string, Resolution | undefined>;
}

const LOOKUP = Symbol("narrative lookup");
function lookupOf(d: Disclosure): Lookup {
  return memoOn(d, LOOKUP, buildLookup);
}

function buildLookup(d: Disclosure): Lookup {
  const rowsByName = new Map<string, NamedRow[]>();
  for (const table of tables(d, ROW_TABLES)) {
    for (const row of table.rows) if (row.kind === "item") addToGroup(rowsByName, normalizeName(row.name), { table, row });
  }
  const namesByFirstChar = new Map<number, string[]>();
  for (const name of rowsByName.keys()) if (name.length >= 3) addToGroup(namesByFirstChar, name.charCodeAt(0), name);
  return { rowsByName, namesByFirstChar, candidatesByName: new Map(), candidatesByGetter: new Map(), resolved: new Map() };
}

function rowCell(r: TableRow): MoneyCell | undefined {
  return r.amounts.total ?? r.amounts.amount ?? Object.values(r.amounts)[0];
}

/** The values of the rows named `name` that the text may state (expenditure side; T02's income rows). */
function rowCandidates(rows: NamedRow[], keep: (row: NamedRow) => boolean = () => true): Candidate[] {
  const out: Candidate[] = [];
  for (const named of rows) {
    const { table: t, row: r } = named;
    if ((r.side && r.side !== "expense" && t.id !== "T02") || !keep(named)) continue;
    const cell = rowCell(r);
    if (cell) out.push({ label: `${TABLE_NAMES[t.id]}“${r.label.text.trim()}”行`, table: t.id, cell });
  }
  return out;
}

function candidatesNamed(lookup: Lookup, name: string): Candidate[] {
  let out = lookup.candidatesByName.get(name);
  if (!out) lookup.candidatesByName.set(name, (out = rowCandidates(lookup.rowsByName.get(name) ?? [])));
  return out;
}

function candidatesOf(d: Disclosure, lookup: Lookup, get: Getter): Candidate[] {
  let out = lookup.candidatesByGetter.get(get);
  if (!out) lookup.candidatesByGetter.set(get, (out = get(d)));
  return out;
}

/** "X（类）Y（款）Z（项）" → the names. */
export function classItemNames(subject: string): { cls?: string; section?: string; item?: string } | undefined {
  const s = normalizeName(subject);
  const m = /(?:([^()]+)\(类\))?(?:([^()]+)\(款\))?([^()]+)\(项\)\s*$/.exec(s) ?? /(?:([^()]+)\(类\))?([^()]+)\(款\)\s*$/.exec(s);
  if (!m) return undefined;
  if (m.length === 4) return { cls: m[1]?.replace(/^\d+[.、]/, ""), section: m[2], item: m[3] };
  return undefined;
}

let globalKeywordsCache: Keyword[] | undefined;
/** KEYWORDS compiled once with the g flag (the exec loop needs it). */
function globalKeywords(): Keyword[] {
  return (globalKeywordsCache ??= KEYWORDS.map(([re, get, word]): Keyword => [new RegExp(re.source, "g"), get, word]));
}

/** The keywords, for tests. */
export const keywordsForTest: readonly Keyword[] = KEYWORDS;

export function resolveSubject(d: Disclosure, subject: string): Resolution | undefined {
  // A narrative names the same subject again and again (收入总计, 上年结转, …): resolved once each.
  const lookup = lookupOf(d);
  let r = lookup.resolved.get(subject);
  if (r === undefined && !lookup.resolved.has(subject)) lookup.resolved.set(subject, (r = resolveUncached(d, lookup, subject)));
  return r;
}

function resolveUncached(d: Disclosure, lookup: Lookup, subject: string): Resolution | undefined {
  const s = normalizeName(subject);
  if (!s) return undefined;
  // "X（类）Y（款）Z（项）"
  const ci = /\(项\)$/.test(s) ? classItemNames(subject) : undefined;
  if (ci?.item) {
    const candidates = rowCandidates(lookup.rowsByName.get(ci.item) ?? [], ({ table, row }) => {
      if (!ci.section || !row.code || row.code.length < 5) return true;
      const parent = table.rows.find((p) => p.code === row.code!.slice(0, 5));
      return !parent || normalizeName(parent.name) === ci.section;
    });
    return { phrase: subject.replace(/^[\d.、]*[“"]?|[”"]$/g, ""), candidates };
  }
  // Keywords and row names: the one ending nearest the amount; among matches overlapping it, the one
  // starting first ("政府性基金拨款支出预算" is 政府性基金, not 支出预算).
  // A match names its values by a keyword's getter, or by a row name (looked up only if it wins).
  const matches: { start: number; end: number; phrase: string; get?: Getter }[] = [];
  for (const [g, get, word] of globalKeywords()) {
    if (!s.includes(word)) continue;
    g.lastIndex = 0;
    for (let m = g.exec(s); m; m = g.exec(s)) matches.push({ start: m.index, end: m.index + m[0].length, phrase: m[0], get });
  }
  const names = lookup.namesByFirstChar;
  for (let i = 0; i < s.length; i++) {
    const starting = names.get(s.charCodeAt(i));
    if (starting) for (const name of starting) if (s.startsWith(name, i)) matches.push({ start: i, end: i + name.length, phrase: name });
  }
  if (!matches.length) return undefined;
  let last = matches[0];
  for (const m of matches) if (m.end > last.end || (m.end === last.end && m.start < last.start)) last = m;
  let best: (typeof matches)[number] | undefined;
  for (const m of matches) {
    if (!(m.start < last.end && last.start < m.end)) continue;
    if (!best || m.start < best.start || (m.start === best.start && m.end > best.end)) best = m;
  }
  best ??= last;
  const name = best.phrase;
  return { phrase: name, candidates: best.get ? candidatesOf(d, lookup, best.get) : candidatesNamed(lookup, name) };
}
