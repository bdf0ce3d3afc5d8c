/**
 * One budget table as data (title, unit rows, header rows, body rows written as "a|b|c" lines) and
 * its rendering onto a sheet. Body cells become money, code or text cells by their column's kind;
 * every amount cell carries an anchor "<table>/<row key>/<column key>".
 */
import { fromA1 } from "../../src/core/grid";
import type { CellSpec, SheetBuilder } from "./sheet-spec";

/** "money:total", "code", "name", "label", "text:unit" — kind, then the key used in anchors. */
export type ColumnDef = string;

export interface TableBlock {
  /** Anchor prefix, normally the table id ("T02"). */
  id: string;
  /** A line above the title ("预算公开表1"). */
  preface?: string;
  title: string;
  /** "单位名称：阳城县信访局" / "编制部门：…" (left of the unit row). */
  unitName?: string;
  /** "单位：万元" (right end of the unit row). */
  moneyUnit: string;
  /** Header rows as "a|b|c" lines. */
  header: string[];
  /** Header merges as A1 ranges relative to the header's first row ("A1:B1"). */
  headerMerges?: string[];
  columns: ColumnDef[];
  /** Body rows as "a|b|c" lines; money written as displayed ("1,234.50" keeps its separators). */
  body: string[];
  note?: string;
  /** Number format of amounts. */
  numFmt: string;
  /** Columns whose non-empty texts (joined by "/") name a row in anchors; default: the codes, else the nearest label. */
  rowKeyCols?: number[];
  widths?: number[];
}

export interface RenderOptions {
  /** Unit name and money unit on two rows (seed text) instead of one. */
  unitRowsSeparate?: boolean;
  /** Start column (0-based) of the block on the sheet. */
  col?: number;
  /** Blank rows before the title, after the title and after the unit row (Shanghai's template has 1, 1, 1). */
  gaps?: [beforeTitle: number, afterTitle: number, afterUnit: number];
}

export interface RenderedBlock {
  /** First and last sheet rows (0-based) of the block. */
  top: number;
  bottom: number;
  /** Sheet rows of the body lines, in order. */
  bodyRows: number[];
}

export function splitRow(line: string): string[] {
  return line.split("|").map((s) => s.trim());
}

function kindOf(col: ColumnDef | undefined): { kind: string; key: string } {
  const [kind, key] = (col ?? "text").split(":");
  return { kind, key: key ?? kind };
}

const ORDINAL = /^(?:[一二三四五六七八九十]+、|\d+[.．、]\s*|[①②③④⑤⑥⑦⑧⑨⑩])/;

/** A row label without its ordinal prefix and spaces: "一、一般公共预算" → "一般公共预算". */
export function labelKey(text: string): string {
  return text.replace(ORDINAL, "").replace(/[\s\u3000]/g, "");
}

/** Decimal text of a displayed amount ("1,234.50" → "1234.50"); null for a blank cell. */
export function moneyText(shown: string): string | null {
  const s = shown.replace(/,/g, "");
  if (!s) return null;
  if (!/^-?\d+(\.\d+)?$/.test(s)) throw new Error(`Not an amount: ${shown}`);
  return s;
}

/** "A1:B2" relative to (rowOffset, colOffset) → a 0-based merge area. */
export function rangeToMerge(a1: string, rowOffset: number, colOffset: number) {
  const [from, to] = a1.split(":");
  const tl = fromA1(from);
  const br = fromA1(to ?? from);
  return { top: tl.row + rowOffset, left: tl.col + colOffset, bottom: br.row + rowOffset, right: br.col + colOffset };
}

function rowKeyOf(block: TableBlock, cells: string[], moneyCol: number): string {
  if (block.rowKeyCols) return block.rowKeyCols.map((c) => labelKey(cells[c] ?? "")).filter(Boolean).join("/") || "row";
  const codeCols = block.columns.map((c, i) => (kindOf(c).kind === "code" ? i : -1)).filter((i) => i >= 0);
  const code = codeCols.map((i) => cells[i] ?? "").join("").replace(/\s/g, "");
  if (code) return code;
  for (let c = moneyCol - 1; c >= 0; c--) {
    const kind = kindOf(block.columns[c]).kind;
    if (kind !== "money" && cells[c]) return labelKey(cells[c]);
  }
  return "row";
}

/** Renders a table block at the builder's next row. */
export function renderBlock(b: SheetBuilder, block: TableBlock, opts: RenderOptions = {}): RenderedBlock {
  const c0 = opts.col ?? 0;
  const width = block.columns.length;
  const last = c0 + width - 1;
  const top = b.nextRow;
  const id = block.id;
  const [gapBefore, gapTitle, gapUnit] = opts.gaps ?? [0, 0, 0];
  const blank = (n: number) => {
    for (let i = 0; i < n; i++) b.add();
  };
  if (block.preface) b.set(b.add(), c0, { value: block.preface, role: "preface" });
  blank(gapBefore);
  const titleRow = b.add();
  b.set(titleRow, c0, { value: block.title, role: "title", style: "title", anchor: `${id}/title` });
  b.merge(titleRow, c0, titleRow, last);
  blank(gapTitle);
  const unitRow = b.add();
  if (block.unitName) b.set(unitRow, c0, { value: block.unitName, role: "unitName", anchor: `${id}/unitName` });
  const moneyRow = opts.unitRowsSeparate && block.unitName ? b.add() : unitRow;
  b.set(moneyRow, opts.unitRowsSeparate ? c0 : last, { value: block.moneyUnit, role: "moneyUnit", anchor: `${id}/moneyUnit` });

  blank(gapUnit);
  const headerTop = b.nextRow;
  for (const line of block.header) {
    const r = b.add();
    splitRow(line).forEach((t, i) => {
      b.set(r, c0 + i, t ? { value: t, role: "header", style: "header" } : { value: null, role: "header", style: "header" });
    });
  }
  for (const m of block.headerMerges ?? []) {
    const g = rangeToMerge(m, headerTop, c0);
    b.merge(g.top, g.left, g.bottom, g.right);
  }

  const used = new Map<string, number>();
  const hasCodes = block.columns.some((c) => kindOf(c).kind === "code");
  const bodyRows: number[] = [];
  for (const line of block.body) {
    const r = b.add();
    bodyRows.push(r);
    const cells = splitRow(line);
    block.columns.forEach((col, i) => {
      const { kind, key } = kindOf(col);
      const shown = cells[i] ?? "";
      let cell: CellSpec;
      if (kind === "money") {
        const money = moneyText(shown);
        let anchor = `${id}/${rowKeyOf(block, cells, i)}/${key}`;
        const n = (used.get(anchor) ?? 0) + 1;
        used.set(anchor, n);
        if (n > 1) anchor += `#${n}`;
        cell = money === null ? { value: null, role: "money", numFmt: block.numFmt, anchor } : { money, role: "money", numFmt: block.numFmt, anchor };
      } else if (kind === "code") {
        cell = { value: shown || null, role: "code", numFmt: "@" };
      } else {
        cell = { value: shown || null, role: kind === "name" ? "name" : kind === "label" ? "label" : "text" };
      }
      // The first code cell and the name cell of a coded row are anchored too (catalog findings point there).
      const firstOfKind = block.columns.findIndex((c) => kindOf(c).kind === kind) === i;
      if (shown && firstOfKind && (kind === "code" || kind === "name") && hasCodes) {
        const rowKey = rowKeyOf(block, cells, i);
        if (rowKey !== "合计") cell.anchor = `${id}/${rowKey}/${kind}`;
      }
      b.set(r, c0 + i, cell);
    });
  }
  if (block.note) b.set(b.add(), c0, { value: block.note, role: "note", anchor: `${id}/note` });
  if (block.widths && c0 === 0) b.widths = block.widths;
  return { top, bottom: b.nextRow - 1, bodyRows };
}
