/**
 * An in-memory workbook behind office-addin-mock proxies, for testing the Office.js host.
 *
 * Every proxy the host creates (worksheets, ranges, notes, settings, comments) is an
 * OfficeMockObject registered under the request context, so the mock's own rules apply: a property
 * reads as "Error, property was not loaded" until it was loaded AND context.sync() ran, and loading a
 * property the object model lacks throws. Writes (property assignments and method calls) are applied
 * to the fake workbook when the batch is synced, in the order the host queued them. The fake counts
 * syncs, logs every load, and can refuse a batch that returns too many cells (Excel on the web's
 * 5 MB limit).
 */
import { OfficeMockObject } from "office-addin-mock";
import type { CellValue, Grid } from "../../../src/core/grid";
import { fromA1, toA1 } from "../../../src/core/grid";

export interface FakeFill {
  pattern: string;
  color: string;
  patternColor: string | null;
}

export interface FakeCell {
  value: CellValue;
  /** A formula written through `range.formulas` (with its "="); the fake does not calculate it. */
  formula?: string;
  text?: string;
  format?: string;
  fill?: FakeFill;
  note?: string;
}

export interface FakeSheet {
  id: string;
  name: string;
  cells: Map<string, FakeCell>;
  merges: string[];
  /** Range formatting written by the host, in order: { range, prop, value } ("font.bold", "borders.EdgeTop.style", "columnWidth"…). */
  styles: { range: string; prop: string; value: unknown }[];
}

export interface FakeComment {
  id: string;
  sheet: string;
  cell: string;
  content: string;
}

export interface LoadRecord {
  kind: string;
  sheet?: string;
  address?: string;
  props: string;
}

const NO_FILL: FakeFill = { pattern: "None", color: "#FFFFFF", patternColor: null };
const NOT_LOADED = new Set(["Error, property was not loaded", "Error, context.sync() was not called"]);

function versionAtMost(v: string, max: string): boolean {
  const [a1, a2] = v.split(".").map(Number);
  const [b1, b2] = max.split(".").map(Number);
  return a1 < b1 || (a1 === b1 && a2 <= b2);
}

function quote(sheet: string): string {
  return /^[A-Za-z_\u4e00-\u9fff][\w\u4e00-\u9fff.]*$/.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
}

export class FakeWorkbook {
  sheets: FakeSheet[] = [];
  settings = new Map<string, string>();
  comments: FakeComment[] = [];
  /** Highest ExcelApi requirement set this "Excel" supports. */
  apiVersion = "1.18";
  /** A batch loading more cells than this fails like Excel on the web's 5 MB limit. */
  payloadCellLimit = Number.POSITIVE_INFINITY;
  syncs = 0;
  runs = 0;
  loads: LoadRecord[] = [];
  selection: { sheet: string; cell: string } | null = null;
  activeSheet: string | null = null;
  url = "C:\\预算\\阳城县信访局.xlsx";
  private nextId = 1;

  addSheet(name: string, rows: CellValue[][] = [], origin = "A1"): FakeSheet {
    const sheet: FakeSheet = { id: `{sheet-${this.nextId++}}`, name, cells: new Map(), merges: [], styles: [] };
    const o = fromA1(origin);
    rows.forEach((row, i) => row.forEach((v, j) => {
      if (v !== null && v !== "") sheet.cells.set(`${o.row + i},${o.col + j}`, { value: v });
    }));
    this.sheets.push(sheet);
    return sheet;
  }

  /** A fake holding the same cells as these grids (values, displayed text, formats, merges). */
  static fromGrids(grids: Grid[]): FakeWorkbook {
    const b = new FakeWorkbook();
    for (const g of grids) {
      const s = b.addSheet(g.sheet);
      g.values.forEach((row, i) => row.forEach((v, j) => {
        if (v === null || v === "") return;
        s.cells.set(`${g.originRow + i},${g.originCol + j}`, { value: v, text: g.text[i]?.[j], format: g.formats[i]?.[j] });
      }));
      s.merges = g.merges.map((m) => `${toA1(m.top, m.left)}:${toA1(m.bottom, m.right)}`);
    }
    return b;
  }

  sheet(name: string): FakeSheet {
    const s = this.sheets.find((x) => x.name === name);
    if (!s) throw Object.assign(new Error(`找不到工作表 ${name}`), { code: "ItemNotFound" });
    return s;
  }

  cell(sheet: string, a1: string): FakeCell {
    const s = this.sheet(sheet);
    const { row, col } = fromA1(a1);
    const k = `${row},${col}`;
    let c = s.cells.get(k);
    if (!c) {
      c = { value: null };
      s.cells.set(k, c);
    }
    return c;
  }

  fill(sheet: string, a1: string): FakeFill {
    return this.cell(sheet, a1).fill ?? NO_FILL;
  }

  note(sheet: string, a1: string): string | undefined {
    return this.sheets.find((x) => x.name === sheet)?.cells.get(key(a1))?.note;
  }

  /** Installs globals `Excel` and `Office` backed by this workbook; returns a function removing them. */
  install(): () => void {
    const g = globalThis as Record<string, unknown>;
    const before = { Excel: g.Excel, Office: g.Office };
    g.Excel = {
      run: async <T>(cb: (ctx: unknown) => Promise<T>): Promise<T> => {
        this.runs++;
        return cb(new MockSession(this).context);
      },
    };
    g.Office = {
      context: {
        requirements: { isSetSupported: (name: string, v: string) => name === "ExcelApi" && versionAtMost(v, this.apiVersion) },
        document: { url: this.url },
      },
    };
    return () => {
      g.Excel = before.Excel;
      g.Office = before.Office;
    };
  }

  newId(prefix: string): string {
    return `${prefix}-${this.nextId++}`;
  }
}

function key(a1: string): string {
  const { row, col } = fromA1(a1);
  return `${row},${col}`;
}

/** A tracked proxy property: a write is an assignment that differs from what the proxy started with. */
interface Tracked {
  obj: Record<string, unknown>;
  prop: string;
  initial: unknown;
  apply: (v: unknown) => void;
}

class MockSession {
  readonly context: any;
  private readonly ops: (() => void)[] = [];
  private tracked: Tracked[] = [];
  private batchCells = 0;
  private n = 0;

  constructor(private readonly book: FakeWorkbook) {
    const ctx: any = new OfficeMockObject({});
    this.context = ctx;
    const realSync = ctx.sync.bind(ctx);
    ctx.sync = async () => {
      book.syncs++;
      if (this.batchCells > book.payloadCellLimit) {
        this.batchCells = 0;
        this.ops.length = 0;
        throw Object.assign(new Error("The response payload size has exceeded the limit."), { code: "ResponsePayloadSizeLimitExceeded" });
      }
      this.batchCells = 0;
      for (const op of this.ops.splice(0)) op();
      for (const t of this.tracked) {
        const v = t.obj[t.prop];
        if (v !== t.initial && !(typeof v === "string" && NOT_LOADED.has(v)) && !(Array.isArray(v) && JSON.stringify(v) === JSON.stringify(t.initial))) {
          t.apply(v);
          t.initial = v;
        }
      }
      await realSync();
      await new Promise((r) => setTimeout(r, 0));
    };
    ctx.addMock("workbook");
    ctx.workbook.populate({});
    this.attach(ctx.workbook, "worksheets", this.worksheets());
    this.attach(ctx.workbook, "settings", this.settings());
    this.attach(ctx.workbook, "comments", this.commentCollection());
  }

  /** A new proxy registered under the context so that context.sync() reaches it. */
  private spawn(data: Record<string, unknown>, kind: string, where: { sheet?: string; address?: string } = {}): any {
    const k = `proxy${this.n++}`;
    this.context.addMock(k);
    const m = this.context[k];
    m.populate(data);
    const protoLoad = OfficeMockObject.prototype.load;
    const book = this.book;
    const self = this;
    m.load = function (props?: string | string[]) {
      const list = Array.isArray(props) ? props.join(",") : (props ?? "*");
      book.loads.push({ kind, ...where, props: list });
      if (/\b(values|text|numberFormat)\b/.test(list) && typeof data.rowCount === "number") {
        self.batchCells += (data.rowCount as number) * (data.columnCount as number);
      }
      protoLoad.call(this, props as string);
      return this;
    };
    m.isNullObject = false;
    m.__where = where;
    return m;
  }

  private attach(parent: any, name: string, child: any): void {
    parent[name] = child;
  }

  /** `initial` is the value the proxy was created with (what a load would return). */
  private track(obj: Record<string, unknown>, prop: string, initial: unknown, apply: (v: unknown) => void): void {
    this.tracked.push({ obj, prop, initial, apply });
  }

  private worksheets(): any {
    const book = this.book;
    const items = book.sheets.map((s) => this.worksheet(s.name));
    const col = this.spawn(
      {
        getItem: (name: string) => this.worksheet(book.sheet(name).name),
        add: (name: string) => {
          this.ops.push(() => {
            if (book.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase())) throw Object.assign(new Error("名称已存在"), { code: "ItemAlreadyExists" });
            book.addSheet(name);
          });
          return this.worksheet(name, true);
        },
      },
      "worksheets",
    );
    col.items = items;
    col.load = (props: string) => {
      book.loads.push({ kind: "worksheets", props });
      const inner = props.split(",").map((p) => p.trim().replace(/^items\//, "")).join(",");
      for (const ws of items) OfficeMockObject.prototype.load.call(ws, inner);
      return col;
    };
    return col;
  }

  private worksheet(name: string, pending = false): any {
    const book = this.book;
    const s = pending ? null : book.sheet(name);
    const ws = this.spawn(
      {
        name,
        id: s?.id ?? "",
        getUsedRangeOrNullObject: () => this.usedRange(name),
        getRange: (address?: string) => (address ? this.range(name, address) : this.wholeSheet(name)),
        getRangeByIndexes: (r: number, c: number, nr: number, nc: number) => this.rangeAt(name, r, c, nr, nc),
        activate: () => this.ops.push(() => (book.activeSheet = name)),
        notes: {
          getItemOrNullObject: (a1: string) => this.note(name, a1),
          add: (a1: string, content: string) => {
            this.ops.push(() => {
              const c = book.cell(name, a1);
              if (c.note !== undefined) throw Object.assign(new Error("该单元格已有批注"), { code: "InvalidArgument" });
              c.note = content;
            });
          },
        },
      },
      "worksheet",
      { sheet: name },
    );
    return ws;
  }

  private usedRange(sheet: string): any {
    const s = this.book.sheet(sheet);
    let r0 = Infinity, c0 = Infinity, r1 = -1, c1 = -1;
    for (const [k, c] of s.cells) {
      if (c.value === null || c.value === "") continue;
      const [r, col] = k.split(",").map(Number);
      r0 = Math.min(r0, r); c0 = Math.min(c0, col); r1 = Math.max(r1, r); c1 = Math.max(c1, col);
    }
    if (r1 < 0) {
      const nul = this.spawn({ rowIndex: 0, columnIndex: 0, rowCount: 0, columnCount: 0, values: [], text: [], numberFormat: [] }, "usedRange", { sheet });
      nul.isNullObject = true;
      return nul;
    }
    return this.rangeAt(sheet, r0, c0, r1 - r0 + 1, c1 - c0 + 1, "usedRange");
  }

  private range(sheet: string, address: string): any {
    const [a, b] = address.split(":");
    const tl = fromA1(a);
    const br = fromA1(b ?? a);
    return this.rangeAt(sheet, tl.row, tl.col, br.row - tl.row + 1, br.col - tl.col + 1);
  }

  private wholeSheet(sheet: string): any {
    const s = this.book.sheet(sheet);
    return this.spawn(
      {
        address: `${quote(sheet)}!A1:XFD1048576`,
        getMergedAreasOrNullObject: () => {
          const m = this.spawn({ address: s.merges.map((x) => `${quote(sheet)}!${x}`).join(", ") }, "mergedAreas", { sheet });
          m.isNullObject = s.merges.length === 0;
          return m;
        },
      },
      "sheet",
      { sheet },
    );
  }

  private rangeAt(sheet: string, r0: number, c0: number, nr: number, nc: number, kind = "range"): any {
    const book = this.book;
    const s = book.sheets.find((x) => x.name === sheet);
    const cellAt = (i: number, j: number) => s?.cells.get(`${r0 + i},${c0 + j}`);
    const grid = <T>(f: (c: FakeCell | undefined) => T): T[][] =>
      Array.from({ length: nr }, (_, i) => Array.from({ length: nc }, (_, j) => f(cellAt(i, j))));
    const single = cellAt(0, 0);
    const fill = single?.fill ?? NO_FILL;
    const address = nr === 1 && nc === 1 ? toA1(r0, c0) : `${toA1(r0, c0)}:${toA1(r0 + nr - 1, c0 + nc - 1)}`;
    const eachCell = (f: (c: FakeCell, i: number, j: number) => void) => {
      for (let i = 0; i < nr; i++) for (let j = 0; j < nc; j++) f(book.cell(sheet, toA1(r0 + i, c0 + j)), i, j);
    };
    const data: Record<string, unknown> = {
      address: `${quote(sheet)}!${address}`,
      rowIndex: r0,
      columnIndex: c0,
      rowCount: nr,
      columnCount: nc,
      values: grid((c) => (c?.value ?? "") as unknown),
      text: grid((c) => c?.text ?? (c?.value === null || c?.value === undefined ? "" : String(c.value))),
      numberFormat: grid((c) => c?.format ?? "General"),
      formulas: grid((c) => (c?.formula ?? c?.value ?? "") as unknown),
      merge: () => this.ops.push(() => book.sheet(sheet).merges.push(address)),
      getEntireColumn: () => {
        const col = this.spawn({ columnHidden: false }, "column", { sheet, address });
        this.track(col, "columnHidden", false, (v) => book.sheet(sheet).styles.push({ range: address, prop: "columnHidden", value: v }));
        return col;
      },
      format: {
        font: { name: "Calibri", size: 11, bold: false },
        borders: { getItem: (edge: string) => this.border(sheet, address, edge) },
        horizontalAlignment: "General",
        verticalAlignment: "Bottom",
        wrapText: false,
        columnWidth: 48,
        rowHeight: 15,
        fill: {
          color: fill.color,
          pattern: fill.pattern,
          // office-addin-mock cannot hold null: "" stands for "no pattern colour".
          patternColor: fill.patternColor ?? "",
          clear: () => this.ops.push(() => eachCell((c) => delete c.fill)),
        },
        autofitColumns: () => undefined,
      },
      select: () => this.ops.push(() => (book.selection = { sheet, cell: address })),
    };
    const r = this.spawn(data, kind, { sheet, address });
    const f = r.format.fill;
    this.track(f, "color", fill.color, (v) => eachCell((c) => (c.fill = { pattern: "Solid", color: String(v).toUpperCase(), patternColor: null })));
    this.track(f, "pattern", fill.pattern, (v) => eachCell((c) => (c.fill = { ...(c.fill ?? NO_FILL), pattern: String(v) })));
    this.track(f, "patternColor", fill.patternColor ?? "", (v) => eachCell((c) => (c.fill = { ...(c.fill ?? NO_FILL), patternColor: String(v) })));
    const style = (prop: string) => (v: unknown) => book.sheet(sheet).styles.push({ range: address, prop, value: v });
    for (const p of ["name", "size", "bold"]) this.track(r.format.font, p, (data.format as any).font[p], style(`font.${p}`));
    for (const p of ["horizontalAlignment", "verticalAlignment", "wrapText", "columnWidth", "rowHeight"]) this.track(r.format, p, (data.format as any)[p], style(p));
    this.track(r, "numberFormat", data.numberFormat, (v) => eachCell((c, i, j) => (c.format = (v as string[][])[i][j])));
    this.track(r, "formulas", data.formulas, (v) =>
      eachCell((c, i, j) => {
        const x = (v as CellValue[][])[i][j];
        if (typeof x === "string" && x.startsWith("=")) {
          c.formula = x;
          c.value = null;
        } else {
          delete c.formula;
          c.value = x === "" ? null : x;
        }
      }),
    );
    this.track(r, "values", data.values, (v) => eachCell((c, i, j) => (c.value = (v as CellValue[][])[i][j] === "" ? null : (v as CellValue[][])[i][j])));
    return r;
  }

  private border(sheet: string, address: string, edge: string): any {
    const b = this.spawn({ style: "None", weight: "Hairline" }, "border", { sheet, address });
    for (const p of ["style", "weight"]) this.track(b, p, b[p], (v) => this.book.sheet(sheet).styles.push({ range: address, prop: `borders.${edge}.${p}`, value: v }));
    return b;
  }

  private note(sheet: string, a1: string): any {
    const book = this.book;
    const existing = book.note(sheet, a1);
    const n = this.spawn(
      {
        content: existing ?? "",
        delete: () => this.ops.push(() => delete book.cell(sheet, a1).note),
      },
      "note",
      { sheet, address: a1 },
    );
    n.isNullObject = existing === undefined;
    this.track(n, "content", existing ?? "", (v) => (book.cell(sheet, a1).note = String(v)));
    return n;
  }

  private settings(): any {
    const book = this.book;
    return this.spawn(
      {
        getItemOrNullObject: (k: string) => {
          const s = this.spawn({ value: book.settings.get(k) ?? "", delete: () => this.ops.push(() => book.settings.delete(k)) }, "setting", { address: k });
          s.isNullObject = !book.settings.has(k);
          return s;
        },
        add: (k: string, v: unknown) => {
          this.ops.push(() => book.settings.set(k, typeof v === "string" ? v : JSON.stringify(v)));
        },
      },
      "settings",
    );
  }

  private commentCollection(): any {
    const book = this.book;
    const items = book.comments.map((c) =>
      this.spawn(
        {
          id: c.id,
          content: c.content,
          delete: () => this.ops.push(() => (book.comments = book.comments.filter((x) => x.id !== c.id))),
          getLocation: () => this.range(c.sheet, c.cell),
        },
        "comment",
      ),
    );
    const col = this.spawn(
      {
        add: (where: any, content: string) => {
          const w = typeof where === "string" ? null : where.__where;
          this.ops.push(() => {
            const sheet = w?.sheet ?? String(where).split("!")[0].replace(/^'|'$/g, "");
            const cell = w?.address ?? String(where).split("!")[1];
            if (book.comments.some((x) => x.sheet === sheet && x.cell === cell)) throw Object.assign(new Error("该单元格已有批注"), { code: "InvalidArgument" });
            book.comments.push({ id: book.newId("comment"), sheet, cell, content });
          });
          return this.spawn({ id: "", content }, "comment");
        },
      },
      "comments",
    );
    col.items = items;
    col.load = (props: string) => {
      book.loads.push({ kind: "comments", props });
      const inner = props.split(",").map((p) => p.trim().replace(/^items\//, "")).join(",");
      for (const c of items) OfficeMockObject.prototype.load.call(c, inner);
      return col;
    };
    return col;
  }
}
