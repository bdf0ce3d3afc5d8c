/** Absolute-coordinate access to a Grid, with merged areas resolved. */
import type { CellValue, Grid, MergeArea } from "../grid";
import { toA1 } from "../grid";
import { trimmed } from "./text";

/** Up to this many merges a lookup scans them; more are indexed by cell. */
const MERGES_SCANNED = 64;

/** Where rowCells gathers a row's cells before copying them out (reused: one row at a time). */
const ROW_SCRATCH: { col: number; text: string }[] = [];

export class SheetView {
  readonly rowStart: number;
  readonly rowEnd: number; // exclusive
  readonly colStart: number;
  readonly colEnd: number; // exclusive
  /**
   * Merged area by cell, keyed row × 16384 + column (Excel has 16,384 columns): built on the first
   * lookup and only for sheets with many merges. Few cells are ever looked up (header rows), so a
   * sheet with a few dozen merges is scanned instead of indexed cell by cell.
   */
  private mergeAt?: Map<number, MergeArea>;
  /** Non-empty cells by row (index: row − rowStart). */
  private readonly rowCache: ({ col: number; text: string }[] | undefined)[] = [];
  private readonly uncached: Set<string>;

  constructor(readonly grid: Grid) {
    this.rowStart = grid.originRow;
    this.rowEnd = grid.originRow + grid.values.length;
    this.colStart = grid.originCol;
    this.colEnd = grid.originCol + Math.max(0, ...grid.values.map((r) => r.length));
    this.uncached = new Set(grid.uncachedFormulaCells ?? []);
  }

  private buildMergeIndex(): Map<number, MergeArea> {
    const index = new Map<number, MergeArea>();
    for (const m of this.grid.merges) {
      // Index only cells inside the used range; merges can be huge (whole rows).
      for (let r = Math.max(m.top, this.rowStart); r <= Math.min(m.bottom, this.rowEnd - 1); r++) {
        for (let c = Math.max(m.left, this.colStart); c <= Math.min(m.right, this.colEnd - 1); c++) {
          index.set(r * 16384 + c, m);
        }
      }
    }
    return index;
  }

  get sheet(): string {
    return this.grid.sheet;
  }

  value(r: number, c: number): CellValue {
    return this.grid.values[r - this.rowStart]?.[c - this.colStart] ?? null;
  }

  /** Displayed text, trimmed ('' for blank). */
  text(r: number, c: number): string {
    const t = this.grid.text[r - this.rowStart]?.[c - this.colStart];
    if (t !== undefined && t !== "") return trimmed(t);
    const v = this.value(r, c);
    return v === null ? "" : trimmed(String(v));
  }

  format(r: number, c: number): string {
    return this.grid.formats[r - this.rowStart]?.[c - this.colStart] ?? "General";
  }

  merge(r: number, c: number): MergeArea | undefined {
    const merges = this.grid.merges;
    if (merges.length <= MERGES_SCANNED) {
      for (const m of merges) if (r >= m.top && r <= m.bottom && c >= m.left && c <= m.right) return m;
      return undefined;
    }
    return (this.mergeAt ??= this.buildMergeIndex()).get(r * 16384 + c);
  }

  /** Text of the cell, or of the merged area covering it. */
  spanText(r: number, c: number): string {
    const m = this.merge(r, c);
    return m ? this.text(m.top, m.left) : this.text(r, c);
  }

  /** Non-empty cells of a row (own text only, merged followers are empty). */
  rowCells(r: number): { col: number; text: string }[] {
    const cached = this.rowCache[r - this.rowStart];
    if (cached) return cached;
    const out = ROW_SCRATCH;
    let n = 0;
    // text() inlined: every cell of every row passes here once.
    const texts = this.grid.text[r - this.rowStart];
    const values = this.grid.values[r - this.rowStart];
    for (let c = this.colStart; c < this.colEnd; c++) {
      let t = texts?.[c - this.colStart];
      if (t === undefined || t === "") {
        const v = values?.[c - this.colStart];
        if (v === null || v === undefined) continue;
        t = String(v);
      }
      t = trimmed(t);
      if (t) out[n++] = { col: c, text: t };
    }
    // An exact-size copy: a row's list is kept for the whole recognition, and a list grown by
    // push reserves room for 17 cells (on 5,000-row tables, a tenth of what recognition allocates).
    const cells = out.slice(0, n);
    for (let i = 0; i < n; i++) out[i] = undefined!; // not kept alive by the scratch
    if (r >= this.rowStart && r < this.rowEnd) this.rowCache[r - this.rowStart] = cells;
    return cells;
  }

  address(r: number, c: number): string {
    return toA1(r, c);
  }

  formulaMissing(r: number, c: number): boolean {
    return this.uncached.size > 0 && this.uncached.has(`${r},${c}`);
  }
}
