/**
 * Parses one table block (title row … last row before the next title) into a RecognizedTable:
 * meta rows (unit name, money unit), header rows (merges expanded), column roles, data rows.
 */
import { isZeroAmount, type MoneyUnit } from "../money";
import { recognizedTable, type RecognizedTable, type TableColumn, type TableId, type TableRow, type TextCell } from "../model";
import type { Catalog } from "../catalog/catalog";
import { listOf } from "../collections";
import { toA1 } from "../grid";
import type { SheetView } from "./sheet";
import { columnRole, HEADER_WORDS, type ColumnRole } from "./columns";
import { cellRef, isNumericCell, moneyCell, textCell } from "./cells";
import { compact, isFiller, isFillerRow, isTotalLabel, labelKey } from "./text";
import { expenseLine, incomeLine, isKnownLine, threePublicLine } from "./lines";
import { yearOf } from "./classify";

export interface Block {
  id: TableId;
  title: string;
  titleRow: number;
  titleCol: number;
  /** First row after the block (exclusive). */
  endRow: number;
  evidence: string[];
}

const UNIT_NAME = /^(单位名称|编制单位|编制部门|部门名称|预算单位|预算主管部门)[:：]\s*(.+)$/;
const MONEY_UNIT = /单位[:：]\s*(万元|元)/;
const NOTE = /^注[:：]|本表无数据|本表为空|为空表|无此项|无数据/;
/** Every NOTE match holds one of these characters, which `compact` leaves as they are. */
const NOTE_HINT = /[注无空]/;
const CODE = /^\d{3}(\d{2}){0,2}$/;
/** "本年收入", "财政拨款支出": the header of one side of a two-sided table. */
const SIDE_HEADER = /^(本年)?(财政拨款)?(收入|支出)$/;
/** "预算公开表1", "部门公开表9": labels printed above a table, not rows of it. */
const TABLE_LABEL = /^(预算公开表|部门公开表|公开表|附表)\d+$/;

interface Meta {
  unitName?: string;
  unitNameCell?: TextCell;
  moneyUnit?: MoneyUnit;
  metaRows: Set<number>;
}

function readMeta(view: SheetView, block: Block): Meta {
  const meta: Meta = { metaRows: new Set() };
  for (let r = block.titleRow; r < Math.min(block.endRow, block.titleRow + 8); r++) {
    for (const { col, text } of view.rowCells(r)) {
      if (!text.includes(":") && !text.includes("：")) continue; // both patterns need a colon
      const t = text.replace(/\s+/g, " ").trim();
      const u = UNIT_NAME.exec(t.replace(/：/g, ":"));
      if (u) {
        meta.unitName = u[2].replace(/单位[:：].*$/, "").trim();
        meta.unitNameCell = textCell(view, r, col);
        meta.metaRows.add(r);
      }
      const m = MONEY_UNIT.exec(t);
      if (m) {
        meta.moneyUnit = m[1] as MoneyUnit;
        meta.metaRows.add(r);
      }
    }
  }
  return meta;
}

/** Row of column numbers "1 2 3 …" printed under some headers. */
function isSequenceRow(view: SheetView, r: number): boolean {
  const cells = view.rowCells(r);
  if (cells.length < 3) return false;
  for (let i = 0; i < cells.length; i++) if (compact(cells[i].text) !== String(i + 1)) return false;
  return true;
}

function isCodeText(s: string): boolean {
  return CODE.test(compact(s));
}

/** A data row: a code, a total label, a known line, an ordinal label with money, or any number. */
function isDataRow(view: SheetView, r: number, firstCol: number, id: TableId): boolean {
  if (isSequenceRow(view, r)) return false;
  const cells = view.rowCells(r);
  const numeric = cells.some(({ col, text }) => isNumericCell(view, r, col) && !/^\d{4}年/.test(compact(text)));
  if (numeric) return true;
  const first = view.text(r, firstCol);
  // "合计 | 因公出国(境)费 | 公务接待费 …" is a header row that happens to start with 合计.
  let headerWords = 0;
  let headerLike = false;
  for (const c of cells) {
    if (c.col === firstCol) continue;
    const t = compact(c.text);
    if (HEADER_WORDS.test(t) && ++headerWords >= 2) headerLike = true;
    if (SIDE_HEADER.test(t)) headerLike = true;
  }
  return !!first && !headerLike && (isCodeText(first) || isTotalLabel(compact(first)) || isKnownLine(id, first));
}

/** Header path (distinct texts top → bottom) above each column. */
function headerPaths(view: SheetView, headerRows: number[], cols: number[]): Map<number, string[]> {
  const paths = new Map<number, string[]>();
  for (const c of cols) {
    const path: string[] = [];
    for (const r of headerRows) {
      const t = view.spanText(r, c);
      if (t && path[path.length - 1] !== t) path.push(t);
    }
    paths.set(c, path);
  }
  return paths;
}

export function parseTable(view: SheetView, block: Block, catalog: Catalog | undefined): RecognizedTable {
  const meta = readMeta(view, block);
  const unit: MoneyUnit = meta.moneyUnit ?? "万元";
  const evidence = [...block.evidence];
  if (!meta.moneyUnit) evidence.push("未找到“单位：万元/元”行，按万元处理");

  // Columns that hold anything in this block.
  // Flags by column offset, not a Set: every cell of the block passes here.
  const used: boolean[] = [];
  let lastRow = block.titleRow;
  for (let r = block.titleRow; r < block.endRow; r++) {
    const cells = view.rowCells(r);
    for (const { col } of cells) used[col - view.colStart] = true;
    if (cells.length) lastRow = r;
  }
  const cols: number[] = [];
  for (let i = 0; i < used.length; i++) if (used[i]) cols.push(view.colStart + i);
  const firstCol = cols[0] ?? block.titleCol;

  // Header rows: after title/meta, before the first data row.
  const headerRows: number[] = [];
  let r = block.titleRow + 1;
  let note: TextCell | undefined;
  for (; r < block.endRow; r++) {
    const cells = view.rowCells(r);
    if (!cells.length || meta.metaRows.has(r)) continue;
    if (cells.length === 1 && /^\(?\d{4}年度?\)?$|^[(（]\d{4}年度?[)）]$/.test(compact(cells[0].text))) continue;
    if (cells.length === 1 && TABLE_LABEL.test(compact(cells[0].text))) continue;
    if (cells.length === 1 && NOTE.test(compact(cells[0].text))) break;
    if (isDataRow(view, r, firstCol, block.id)) break;
    if (isSequenceRow(view, r) || cells.some((c) => HEADER_WORDS.test(compact(c.text)))) headerRows.push(r);
  }
  const dataStart = r;
  const paths = headerPaths(view, headerRows.filter((h) => !isSequenceRow(view, h)), cols);
  const roles = new Map<number, ColumnRole>();
  for (const c of cols) roles.set(c, columnRole(paths.get(c) ?? []));

  const twoSided = block.id === "T01" || block.id === "T04";
  const nameCols = cols.filter((c) => roles.get(c)?.role === "name");
  const codeCols = cols.filter((c) => roles.get(c)?.role === "code");
  const amountCols = cols.filter((c) => roles.get(c)?.role === "amount");
  const toColumn = (c: number): TableColumn => {
    const role = roles.get(c) as { role: "amount"; key: TableColumn["key"] };
    return { key: role.key, header: (paths.get(c) ?? []).join("/"), col: c };
  };

  let columns: TableColumn[];
  let incomeColumns: TableColumn[] | undefined;
  const rows: TableRow[] = [];
  const money = (row: number, col: number) => moneyCell(view, row, col, unit);

  if (twoSided && nameCols.length >= 2) {
    const split = nameCols[1];
    incomeColumns = listOf(amountCols.filter((c) => c < split).map(toColumn));
    columns = listOf(amountCols.filter((c) => c > split).map(toColumn));
    let inCarry = false;
    for (let row = dataStart; row < block.endRow; row++) {
      const inc = view.text(row, nameCols[0]);
      const exp = view.text(row, split);
      if (!inc && !exp) {
        const noteText = view.rowCells(row).map((c) => c.text).join("");
        if (noteText && NOTE.test(compact(noteText))) note = textCell(view, row, view.rowCells(row)[0].col);
        continue;
      }
      if (inc && !isFiller(inc)) {
        const line = incomeLine(inc, inCarry);
        if (line === "carryOver") inCarry = true;
        else if (line === "incomeTotal" || line === "incomeSubtotal") inCarry = false;
        rows.push(makeRow(view, row, nameCols[0], "income", line, incomeColumns, money, catalog, undefined));
      }
      if (exp && !isFiller(exp)) {
        rows.push(makeRow(view, row, split, "expense", expenseLine(exp), columns, money, catalog, "function"));
      }
    }
  } else {
    // Through listOf already here: makeRow walks the columns of every row (one array shape).
    columns = listOf(amountCols.map(toColumn));
    const nameCol = nameCols[0] ?? cols.find((c) => !codeCols.includes(c) && !amountCols.includes(c)) ?? firstCol;
    const name2Col = nameCols[1];
    const economic = block.id === "T06";
    const codeParts = splitCodeColumns(codeCols, roles);
    for (let row = dataStart; row < block.endRow; row++) {
      const cells = view.rowCells(row);
      if (!cells.length) continue;
      const first = cells[0].text;
      if (cells.length <= 2 && NOTE_HINT.test(first) && NOTE.test(compact(first))) {
        note = textCell(view, row, cells[0].col);
        continue;
      }
      if (isSequenceRow(view, row) || isFillerRow(cells) || (cells.length === 1 && TABLE_LABEL.test(compact(first)))) continue;
      const codeInfo = readCode(view, row, codeCols, codeParts);
      const nameText = view.text(row, nameCol);
      const labelText = nameText || codeInfo.text || "";
      if (!labelText && !codeInfo.code) continue;
      const line = block.id === "T10" ? threePublicLine(labelText) : block.id === "T11" && isTotalLabel(compact(labelText)) ? "unitTotal" : undefined;
      // Names are looked up in the catalog only where the table prints no code.
      const lookupKind = codeInfo.code ? undefined : economic ? "deptEconomic" : "function";
      const tr = makeRow(view, row, nameText ? nameCol : (codeInfo.col ?? nameCol), undefined, line, columns, money, catalog, lookupKind);
      if (codeInfo.code !== undefined || codeInfo.text) {
        if (codeInfo.text !== undefined && isTotalLabel(compact(codeInfo.text))) tr.kind = "total";
        else if (codeInfo.code) {
          tr.code = codeInfo.code;
          tr.codeText = codeInfo.text;
          tr.codeRef = cellRef(view, row, codeInfo.col ?? nameCol);
          tr.codeSource = "table";
        } else if (codeInfo.text) {
          tr.codeText = codeInfo.text;
          tr.codeRef = cellRef(view, row, codeInfo.col ?? nameCol);
        }
      }
      if (name2Col !== undefined && view.text(row, name2Col)) tr.label2 = textCell(view, row, name2Col);
      rows.push(tr);
    }
  }

  const empty = rows.every((row) => Object.values(row.amounts).every((m) => !m || m.blank || isZeroAmount(m.amount)));
  const minCol = cols[0] ?? block.titleCol;
  const maxCol = cols[cols.length - 1] ?? block.titleCol;
  return recognizedTable({
    id: block.id,
    title: block.title,
    titleRef: { sheet: view.sheet, cell: toA1(block.titleRow, block.titleCol) },
    sheet: view.sheet,
    range: `${toA1(block.titleRow, minCol)}:${toA1(lastRow, maxCol)}`,
    moneyUnit: unit,
    unitName: meta.unitName,
    year: yearOf(block.title),
    columns,
    incomeColumns,
    rows,
    empty,
    note,
    confidence: headerRows.length ? 0.9 : 0.6,
    evidence,
  });
}

/** Split code columns (类 | 款 | 项) with their part, when the table has at least two; else none. */
function splitCodeColumns(codeCols: number[], roles: Map<number, ColumnRole>): { col: number; part: string }[] {
  const split: { col: number; part: string }[] = [];
  for (const col of codeCols) {
    const role = roles.get(col);
    if (role?.role === "code" && role.part) split.push({ col, part: role.part });
  }
  return split.length >= 2 ? split : [];
}

function readCode(
  view: SheetView,
  row: number,
  codeCols: number[],
  split: { col: number; part: string }[],
): { code?: string; text?: string; col?: number } {
  if (!codeCols.length) return {};
  if (split.length) {
    const parts: string[] = [];
    const texts: string[] = [];
    for (const { col: c, part } of split) {
      const t = compact(view.text(row, c));
      if (!t) continue;
      // 款/项 stored as numbers lose their leading zero (3 → "03"); text keeps what was written.
      const padded = part !== "类" && typeof view.value(row, c) === "number" && /^\d$/.test(t) ? `0${t}` : t;
      texts.push(padded);
      parts.push(padded);
    }
    const text = texts.join(" ");
    const code = parts.join("");
    return { code: /^\d+$/.test(code) && code.length >= 3 ? code : undefined, text: text || undefined, col: split[0].col };
  }
  const c = codeCols[0];
  const raw = view.text(row, c);
  if (!raw) return { col: c };
  const digits = compact(raw);
  return { code: /^\d{3,}$/.test(digits) ? digits : undefined, text: raw, col: c };
}

function makeRow(
  view: SheetView,
  row: number,
  labelCol: number,
  side: TableRow["side"],
  line: TableRow["line"],
  columns: TableColumn[],
  money: (r: number, c: number) => ReturnType<typeof moneyCell>,
  catalog: Catalog | undefined,
  nameKind: "function" | "deptEconomic" | undefined,
): TableRow {
  const label = textCell(view, row, labelCol);
  const name = labelKey(label.text);
  const amounts: TableRow["amounts"] = {};
  for (const col of columns) {
    const m = money(row, col.col);
    if (m) amounts[col.key] = m;
  }
  // `name` is compacted: every TOTAL_LABEL also ends in 合计 or 总计.
  const isTotal = name.endsWith("计") && /[合总]计$/.test(name);
  // Every optional field present from the start: one object shape for all rows keeps the rules' property reads fast.
  const tr: TableRow = { row, side, kind: isTotal ? "total" : "item", label, name, code: undefined, codeText: undefined, codeRef: undefined, codeSource: undefined, label2: undefined, line, amounts };
  if (!isTotal && !line && nameKind && catalog) {
    // The expenditure side of T01/T04 lists 类 only: a name there stands for a 3-digit code.
    const hit = onlyOne(catalog.byName(nameKind, name), side === "expense" ? (h) => h.code.length === 3 : () => true);
    if (hit && !(/^\d/.test(name))) {
      tr.code = hit.code;
      tr.codeSource = "catalog";
    }
  }
  return tr;
}

/** The one item that passes, or undefined when none or several do. */
function onlyOne<T>(items: readonly T[], keep: (item: T) => boolean): T | undefined {
  let found: T | undefined;
  for (const item of items) {
    if (!keep(item)) continue;
    if (found !== undefined) return undefined;
    found = item;
  }
  return found;
}
