/**
 * Recognition: Grids → Disclosure. Finds every table by its content (title words, then headers and
 * row labels), never by sheet name or position; several tables may share a sheet.
 */
import type { Grid } from "../grid";
import { recognizedTable, type Disclosure, type RecognizedTable, type TableId } from "../model";
import { loadBundledCatalog, type Catalog } from "../catalog/catalog";
import { SheetView } from "./sheet";
import { alsoServesAsT11, classifyTitle, isNarrativeHeading, mayBeHeading } from "./classify";
import { compact } from "./text";
import { parseTable, type Block } from "./table";
import { parsePerf } from "./perf";
import { isProse, parseNarrative } from "./narrative";

/** A user's correction of a recognition: the table starting at `cell` on `sheet` is `id`. */
export interface TableOverride {
  sheet: string;
  /** Title cell (A1) of the block; omitted = every block on the sheet. */
  cell?: string;
  id: TableId;
}

export interface RecognizeOptions {
  catalog?: Catalog;
  overrides?: TableOverride[];
}

interface TitleHit {
  row: number;
  col: number;
  text: string;
  id: TableId;
}

function findTitles(view: SheetView): TitleHit[] {
  const hits: TitleHit[] = [];
  for (let r = view.rowStart; r < view.rowEnd; r++) {
    const cells = view.rowCells(r);
    if (!cells.length || cells.length > 3) continue;
    for (const { col, text } of cells) {
      if (!mayBeHeading(text)) continue;
      const t = compact(text);
      const id = classifyTitle(t) ?? (isNarrativeHeading(t) ? "NARR" : undefined);
      if (id) {
        hits.push({ row: r, col, text, id });
        break;
      }
    }
  }
  // Consecutive narrative headings ("第三部分 … 情况说明" then "一、…情况说明") belong to one narrative.
  return hits.filter((h, i) => !(h.id === "NARR" && i > 0 && hits[i - 1].id === "NARR"));
}

export function recognizeSheet(grid: Grid, options: RecognizeOptions = {}): RecognizedTable[] {
  const view = new SheetView(grid);
  const titles = findTitles(view);
  const tables: RecognizedTable[] = [];
  if (!titles.length) {
    const prose = countProse(view);
    // A sheet of prose with money in it (概况 and 名词解释 have none): a narrative without its heading.
    if (prose >= 2 && hasAmounts(view)) {
      const block: Block = { id: "NARR", title: "", titleRow: view.rowStart, titleCol: view.colStart, endRow: view.rowEnd, evidence: [`${prose} 段说明文字`] };
      tables.push(parseNarrative(view, block));
    }
    return tables;
  }
  titles.forEach((t, i) => {
    const override = options.overrides?.find((o) => o.sheet === grid.sheet && (!o.cell || o.cell === view.address(t.row, t.col)));
    const id = override?.id ?? t.id;
    const block: Block = {
      id,
      title: t.text,
      titleRow: t.row,
      titleCol: t.col,
      endRow: i + 1 < titles.length ? titles[i + 1].row : view.rowEnd,
      evidence: [override ? `用户指定为 ${id}` : `标题“${t.text}”`],
    };
    if (id === "PERF") tables.push(parsePerf(view, block));
    else if (id === "NARR") tables.push(parseNarrative(view, block));
    else {
      const table = parseTable(view, block, options.catalog);
      tables.push(table);
      if (id === "T10" && alsoServesAsT11(t.text)) tables.push(recognizedTable({ ...table, id: "T11", evidence: [...table.evidence, "“三公”经费与机关运行经费合表"] }));
    }
  });
  // A title with nothing under it (a table of contents line) is not a table; nor is a narrative heading without prose.
  return tables.filter((t) =>
    t.id === "NARR" ? (t.paragraphs ?? []).some((p) => p.text.split(/\n+/).some(isProse)) : t.id === "PERF" || t.rows.length > 0 || t.columns.length > 0 || !!t.note,
  );
}

function countProse(view: SheetView): number {
  let n = 0;
  // A whole narrative may sit in one cell with line breaks: count its lines.
  for (let r = view.rowStart; r < view.rowEnd && n < 5; r++) for (const c of view.rowCells(r)) for (const line of c.text.split(/\n+/)) if (isProse(line)) n++;
  return n;
}

function hasAmounts(view: SheetView): boolean {
  for (let r = view.rowStart; r < view.rowEnd; r++) for (const c of view.rowCells(r)) if (/\d\s*(万元|元)/.test(c.text)) return true;
  return false;
}

function majority<T>(values: (T | undefined)[]): T | undefined {
  const counts = new Map<T, number>();
  for (const v of values) if (v !== undefined) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: T | undefined;
  let bestN = 0;
  for (const [v, n] of counts) if (n > bestN) [best, bestN] = [v, n];
  return best;
}

/** Sheets the tool itself writes (the facts input sheet, the narrative record): never tables. */
export const TOOL_SHEETS = new Set(["上年数及补充信息", "_narrative_record"]);

export function recognize(grids: Grid[], options: RecognizeOptions = {}): Disclosure {
  const withCatalog = { ...options, catalog: options.catalog ?? loadBundledCatalog() };
  const tables = grids.filter((g) => !TOOL_SHEETS.has(g.sheet)).flatMap((g) => recognizeSheet(g, withCatalog));
  const statistical = tables.filter((t) => t.id !== "NARR" && t.id !== "PERF");
  return {
    unit: majority(statistical.map((t) => t.unitName)),
    year: majority(statistical.map((t) => t.year)) ?? majority(tables.map((t) => t.year)),
    tables,
    sheets: grids.map((g) => g.sheet),
    uncachedFormulas: grids.some((g) => !!g.uncachedFormulaCells?.length),
  };
}
