/**
 * Reads every sheet's used range through Office.js in a fixed number of round trips:
 *   sync 1 — the sheet list;
 *   sync 2 — every sheet's used range (values, text, number formats) and merged areas, all at once.
 * Excel on the web refuses a response over 5 MB. When it does, the reader falls back to the
 * chunked path: one sync for the used-range shapes, then row blocks grouped into requests of at
 * most CELLS_PER_REQUEST cells (a group that is still refused is split in two). The number of
 * requests then depends on the data's size, never on the number of sheets.
 */
import type { Grid, MergeArea } from "../../core/grid";
import type { ReadProgress } from "../port";
import { excelApiSupported } from "./capabilities";
import { blocksToGrid, parseAreas, type RangeBlock, type UsedRangeShape } from "./grid-convert";

/** Cells per request in the chunked path: values + text + format stay far below 5 MB. */
export const CELLS_PER_REQUEST = 20_000;

const SHAPE = "rowIndex,columnIndex,rowCount,columnCount";
const DATA = "values,text,numberFormat";

type Progress = ((p: ReadProgress) => void) | undefined;

export function isPayloadLimitError(e: unknown): boolean {
  const err = e as { code?: unknown; message?: unknown } | null;
  return /PayloadSizeLimitExceeded/i.test(`${err?.code ?? ""} ${err?.message ?? ""}`);
}

/** Every sheet of the workbook, in tab order, as Grids (hidden sheets included, like the file reader). */
export async function readWorkbookGrids(context: Excel.RequestContext, onProgress?: Progress): Promise<Grid[]> {
  onProgress?.({ phase: "sheets", done: 0, total: 1 });
  const sheets = context.workbook.worksheets;
  sheets.load("items/name");
  await context.sync();
  const worksheets = sheets.items;
  const withMerges = excelApiSupported("1.13");
  onProgress?.({ phase: "cells", done: 0, total: worksheets.length });

  const merged = worksheets.map((ws) => {
    if (!withMerges) return null;
    const areas = ws.getRange().getMergedAreasOrNullObject();
    areas.load("address");
    return areas;
  });
  const used = worksheets.map((ws) => {
    const range = ws.getUsedRangeOrNullObject(true);
    range.load(`${SHAPE},${DATA}`);
    return range;
  });
  try {
    await context.sync();
  } catch (e) {
    if (!isPayloadLimitError(e)) throw e;
    return readInChunks(context, worksheets, withMerges, onProgress);
  }
  const grids: Grid[] = [];
  for (let i = 0; i < worksheets.length; i++) {
    const r = used[i];
    const shape = r.isNullObject ? null : shapeOf(r);
    const blocks: RangeBlock[] = shape ? [{ ...shape, values: r.values, text: r.text, numberFormat: r.numberFormat }] : [];
    grids.push(blocksToGrid(worksheets[i].name, shape, blocks, mergesOf(merged[i])));
    onProgress?.({ phase: "convert", done: i + 1, total: worksheets.length });
    if (shape && shape.rowCount * shape.columnCount > 5_000) await yieldToUi();
  }
  return grids;
}

function shapeOf(r: Excel.Range): UsedRangeShape {
  return { rowIndex: r.rowIndex, columnIndex: r.columnIndex, rowCount: r.rowCount, columnCount: r.columnCount };
}

function mergesOf(areas: Excel.RangeAreas | null): MergeArea[] {
  return areas && !areas.isNullObject ? parseAreas(areas.address) : [];
}

interface Piece {
  sheet: number;
  rowIndex: number;
  columnIndex: number;
  rowCount: number;
  columnCount: number;
}

async function readInChunks(context: Excel.RequestContext, worksheets: Excel.Worksheet[], withMerges: boolean, onProgress: Progress): Promise<Grid[]> {
  const used = worksheets.map((ws) => ws.getUsedRangeOrNullObject(true).load(SHAPE));
  const merged = worksheets.map((ws) => (withMerges ? ws.getRange().getMergedAreasOrNullObject().load("address") : null));
  await context.sync();
  const shapes = used.map((r) => (r.isNullObject ? null : shapeOf(r)));
  const totalCells = shapes.reduce((n, s) => n + (s ? s.rowCount * s.columnCount : 0), 0);
  const blocks: RangeBlock[][] = worksheets.map(() => []);
  let queue = groupPieces(slicePieces(shapes, CELLS_PER_REQUEST), CELLS_PER_REQUEST);
  let done = 0;
  onProgress?.({ phase: "cells", done, total: totalCells });
  while (queue.length) {
    const group = queue[0];
    const ranges = group.map((p) => worksheets[p.sheet].getRangeByIndexes(p.rowIndex, p.columnIndex, p.rowCount, p.columnCount).load(DATA));
    try {
      await context.sync();
    } catch (e) {
      const halves = isPayloadLimitError(e) ? splitGroup(group) : null;
      if (!halves) throw e;
      queue = [...halves, ...queue.slice(1)];
      continue;
    }
    queue = queue.slice(1);
    group.forEach((p, k) => {
      blocks[p.sheet].push({ rowIndex: p.rowIndex, columnIndex: p.columnIndex, values: ranges[k].values, text: ranges[k].text, numberFormat: ranges[k].numberFormat });
      done += p.rowCount * p.columnCount;
    });
    onProgress?.({ phase: "cells", done, total: totalCells });
    await yieldToUi();
  }
  const grids: Grid[] = [];
  for (let i = 0; i < worksheets.length; i++) {
    grids.push(blocksToGrid(worksheets[i].name, shapes[i], blocks[i], mergesOf(merged[i])));
    onProgress?.({ phase: "convert", done: i + 1, total: worksheets.length });
    await yieldToUi();
  }
  return grids;
}

/** Cuts each used range into row slices of at most `budget` cells. */
export function slicePieces(shapes: (UsedRangeShape | null)[], budget: number): Piece[] {
  const pieces: Piece[] = [];
  shapes.forEach((s, sheet) => {
    if (!s || !s.rowCount || !s.columnCount) return;
    const rowsPer = Math.max(1, Math.floor(budget / s.columnCount));
    for (let r = 0; r < s.rowCount; r += rowsPer) {
      pieces.push({ sheet, rowIndex: s.rowIndex + r, columnIndex: s.columnIndex, rowCount: Math.min(rowsPer, s.rowCount - r), columnCount: s.columnCount });
    }
  });
  return pieces;
}

/** Packs pieces into requests of at most `budget` cells (a single larger piece gets its own). */
export function groupPieces(pieces: Piece[], budget: number): Piece[][] {
  const groups: Piece[][] = [];
  let current: Piece[] = [];
  let cells = 0;
  for (const p of pieces) {
    const n = p.rowCount * p.columnCount;
    if (current.length && cells + n > budget) {
      groups.push(current);
      current = [];
      cells = 0;
    }
    current.push(p);
    cells += n;
  }
  if (current.length) groups.push(current);
  return groups;
}

/** A refused request in two smaller ones; null when it is a single row that cannot shrink. */
export function splitGroup(group: Piece[]): Piece[][] | null {
  if (group.length > 1) {
    const mid = Math.ceil(group.length / 2);
    return [group.slice(0, mid), group.slice(mid)];
  }
  const p = group[0];
  if (p.rowCount < 2) return null;
  const top = Math.ceil(p.rowCount / 2);
  return [[{ ...p, rowCount: top }], [{ ...p, rowIndex: p.rowIndex + top, rowCount: p.rowCount - top }]];
}

/** Lets the pane repaint between heavy steps. */
export function yieldToUi(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
