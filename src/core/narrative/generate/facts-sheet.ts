/**
 * The input sheet "上年数及补充信息": one labelled row per fact (项目 | 填写值 | 说明 | 键). The tool
 * creates it with the facts the template asks for; the user fills the 填写值 column; generation
 * reads it back. The 键 column ties a row to its fact even when the user edits the label.
 */
import Decimal from "decimal.js";
import type { CellValue, Grid } from "../../grid";
import { parseNumberText } from "../../money";
import type { Facts, FactValue } from "./facts";
import type { FactDef } from "./template";

export const FACTS_SHEET = "上年数及补充信息";
export const FACTS_HEADER = ["项目", "填写值", "说明", "键"] as const;

/** Rows of a new input sheet: title, how to use it, header, one row per fact (given values kept). */
export function factsSheetRows(defs: FactDef[], given: Facts = {}): CellValue[][] {
  return [
    [FACTS_SHEET],
    ["请在“填写值”列填写表格中没有的信息，金额单位为万元；填写后重新生成，文中的【请填写】将被替换"],
    [...FACTS_HEADER],
    ...factRows(defs, given),
  ];
}

/** Rows for facts (to append to an existing input sheet). */
export function factRows(defs: FactDef[], given: Facts = {}): CellValue[][] {
  return defs.map((d) => [d.label, cellValue(given[d.key]), d.note, d.key]);
}

function cellValue(v: FactValue | undefined): CellValue {
  if (v === undefined) return "";
  return v instanceof Decimal ? v.toNumber() : v;
}

export function findFactsGrid(grids: Grid[]): Grid | undefined {
  return grids.find((g) => g.sheet === FACTS_SHEET) ?? grids.find((g) => g.sheet.startsWith(FACTS_SHEET));
}

interface Layout {
  headerRow: number;
  label: number;
  value: number;
  key?: number;
}

function layoutOf(g: Grid): Layout | undefined {
  for (let r = 0; r < g.values.length; r++) {
    const row = g.text[r] ?? [];
    const value = row.findIndex((t) => t.trim() === "填写值");
    if (value < 0) continue;
    const label = row.findIndex((t) => t.trim() === "项目");
    const key = row.findIndex((t) => t.trim() === "键");
    return { headerRow: r, label: label < 0 ? 0 : label, value, key: key < 0 ? undefined : key };
  }
  return undefined;
}

/** Keys of the facts the sheet already has a row for. */
export function factKeysInSheet(g: Grid, defs: FactDef[] = []): Set<string> {
  return new Set(readRows(g, defs).map((r) => r.key));
}

function readRows(g: Grid, defs: FactDef[]): { key: string; cell: CellValue; text: string }[] {
  const layout = layoutOf(g);
  if (!layout) return [];
  const byLabel = new Map(defs.map((d) => [d.label, d.key]));
  const out: { key: string; cell: CellValue; text: string }[] = [];
  for (let r = layout.headerRow + 1; r < g.values.length; r++) {
    const text = (c: number | undefined) => (c === undefined ? "" : (g.text[r]?.[c] ?? "").trim());
    const key = text(layout.key) || byLabel.get(text(layout.label));
    if (!key) continue;
    out.push({ key, cell: g.values[r]?.[layout.value] ?? null, text: text(layout.value) });
  }
  return out;
}

/**
 * Reads the facts the user filled in. Rows are tied to facts by the 键 column, else by label.
 * Numbers (also numbers typed as text, "1.08万元", "1,080元") become decimals in 万元 for amount
 * facts; anything else is text. Empty cells are missing facts.
 */
export function readFacts(grids: Grid[], defs: FactDef[] = []): Facts {
  const g = findFactsGrid(grids);
  if (!g) return {};
  const kinds = new Map(defs.map((d) => [d.key, d.kind]));
  const facts: Facts = {};
  for (const row of readRows(g, defs)) {
    if (row.cell === null || row.cell === "" || row.text === "") continue;
    const kind = kinds.get(row.key) ?? (row.key.startsWith("prior.") ? "amount" : undefined);
    if (typeof row.cell === "number") {
      facts[row.key] = new Decimal(String(row.cell));
      continue;
    }
    const raw = String(row.cell).trim();
    if (kind === "amount" || kind === "count") {
      const n = parseNumberText(raw);
      if (n) {
        facts[row.key] = n.unit === "元" ? n.value.div(10000) : n.unit === "亿元" ? n.value.times(10000) : n.value;
        continue;
      }
    }
    facts[row.key] = raw;
  }
  return facts;
}
