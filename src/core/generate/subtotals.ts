/**
 * A corrected copy of a coded table (表二, 表三, 表五, 表八 …) that lacks its 合计 row or the 类/款
 * rows above its 项 rows: the same code layout and amount columns, rows in code order with the
 * missing rows inserted. Existing rows point at the original cells; every inserted cell is a SUM of
 * its children's cells in the copy, with the value Excel would compute.
 */
import { toA1 } from "../grid";
import { loadBundledCatalog, type Catalog } from "../catalog/catalog";
import type { RecognizedTable, TableRow } from "../model";
import { totalRow } from "../rules/support";
import type { DraftCell, TableDraft } from "./draft";
import { blankMoney, exprCell, localSum, type MoneyFormat } from "./expr";
import { codeCells } from "./function-table";
import { TableLayout, text } from "./layout";
import { generatedSheetName, type WorkbookStyle } from "./style";

export const UNKNOWN_SUBJECT_NAME = "（未知科目名称）";
export const CORRECTED_SUFFIX = "（补全）";

/** A body row of the copy: an original coded row, or an inserted 类/款 row. */
interface Node {
  code: string;
  row?: TableRow;
}

const LEVEL: Record<number, string> = { 3: "类", 5: "款" };

function parentsOf(code: string): string[] {
  if (code.length === 7) return [code.slice(0, 3), code.slice(0, 5)];
  if (code.length === 5) return [code.slice(0, 3)];
  return [];
}

/** "SUM(C8:C9)" over a run of rows, else "SUM(C6,C13,C19)": a subtotal is always written as a SUM. */
function sumFormula(rows: number[], col: number): string {
  const run = rows.every((r, i) => r === rows[0] + i);
  if (run && rows.length > 1) return `SUM(${toA1(rows[0], col)}:${toA1(rows[rows.length - 1], col)})`;
  return `SUM(${rows.map((r) => toA1(r, col)).join(",")})`;
}

/** Header lines ("a|b|c") and merges for the copy, from the table's column headers ("2024年预算数/合计"). */
function headerOf(t: RecognizedTable, split: boolean): { lines: string[]; merges: [number, number, number, number][] } {
  const codeWidth = split ? 3 : 1;
  const first = codeWidth + 1;
  const parts = t.columns.map((c) => {
    const p = c.header.split("/");
    return { group: p.length > 1 ? p.slice(0, -1).join("/") : "", leaf: p[p.length - 1] };
  });
  const grouped = parts.some((p) => p.group);
  const codeHead = split ? ["功能分类科目编码", "", "", "功能分类科目名称"] : ["科目编码", "科目名称"];
  const lines: string[][] = [];
  const merges: [number, number, number, number][] = [];
  const top = grouped ? 1 : 0;
  const last = top + (split ? 1 : 0);
  if (grouped) lines.push(["项目", ...Array(codeWidth).fill(""), ...parts.map((p) => p.group || p.leaf)]);
  lines.push([...codeHead, ...parts.map((p) => (grouped && !p.group ? "" : p.leaf))]);
  if (split) lines.push(["类", "款", "项", "", ...parts.map(() => "")]);
  if (grouped) {
    merges.push([0, 0, 0, codeWidth]);
    for (let i = 0; i < parts.length; ) {
      let j = i;
      while (parts[i].group && j + 1 < parts.length && parts[j + 1].group === parts[i].group) j++;
      if (parts[i].group) merges.push([0, first + i, 0, first + j]);
      i = j + 1;
    }
  }
  if (split) merges.push([top, 0, top, 2], [top, 3, last, 3]);
  parts.forEach((p, i) => {
    const from = p.group || !grouped ? top : 0;
    if (from !== last) merges.push([from, first + i, last, first + i]);
  });
  return { lines: lines.map((l) => l.join("|")), merges };
}

/**
 * The corrected copy of a coded table, or undefined when it has its 合计 row and every 项 its 款
 * and 类 (or when it has no codes written in it).
 */
export function correctedCodedTable(
  t: RecognizedTable,
  style: WorkbookStyle,
  money: MoneyFormat,
  catalog: Catalog = loadBundledCatalog(),
  taken: string[] = [],
): TableDraft | undefined {
  if (t.empty || t.id === "T06") return undefined;
  const coded = t.rows.filter((r) => r.kind !== "total" && r.code && r.codeSource === "table");
  if (!coded.length) return undefined;
  const codes = new Set(coded.map((r) => r.code!));
  const inserted: string[] = [];
  for (const r of coded) {
    for (const p of parentsOf(r.code!)) {
      if (!codes.has(p)) {
        codes.add(p);
        inserted.push(p);
      }
    }
  }
  const total = totalRow(t);
  if (!inserted.length && total) return undefined;

  const nodes: Node[] = [...coded.map((r) => ({ code: r.code!, row: r })), ...inserted.map((code) => ({ code }))];
  nodes.sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  const others = t.rows.filter((r) => r !== total && r.kind !== "total" && !(r.code && r.codeSource === "table") && Object.keys(r.amounts).length);
  const totalAtTop = total ? total.row < coded[0].row : style.totalAt === "top";

  const split = coded.some((r) => /\s/.test((r.codeText ?? "").trim()));
  const codeStyle: WorkbookStyle = { ...style, codeLayout: split ? "split" : "single" };
  const codeWidth = split ? 3 : 1;
  const first = codeWidth + 1;
  const width = first + t.columns.length;
  const L = new TableLayout(t.id, style, money, width, t.title || undefined);
  const head = headerOf(t, split);
  L.header(head.lines, head.merges);

  const originalAmounts = (r: TableRow | undefined): DraftCell[] =>
    t.columns.map((c) => {
      const cell = r?.amounts[c.key];
      return cell ? exprCell({ plus: [cell] }, money) : blankMoney(money);
    });
  const totalLabel = () => [text(total?.label.text.trim() || "合计"), ...Array(first - 1).fill(null)];
  let totalIndex = -1;
  const addTotal = () => (totalIndex = L.row([...totalLabel(), ...originalAmounts(total)]));
  if (totalAtTop) addTotal();
  const index = new Map<Node, number>();
  for (const n of nodes) {
    const name = n.row ? n.row.label.text.trim() : (catalog.byCode("function", n.code)?.name ?? UNKNOWN_SUBJECT_NAME);
    index.set(n, L.row([...codeCells(n.row ?? { code: n.code }, codeStyle), text(name), ...originalAmounts(n.row)]));
  }
  for (const r of others) L.row([...Array(codeWidth).fill(null), text(r.label.text.trim()), ...originalAmounts(r)]);
  if (!totalAtTop) addTotal();

  /** Sets each amount of `row` to the SUM of the same column over `children` (rows of the copy). */
  const sumInto = (row: number, children: number[]) => {
    t.columns.forEach((_, i) => {
      const col = first + i;
      const cell = localSum(children.map((c) => ({ row: c, col, cell: L.cell(c, col) })), money);
      if (cell.formula) cell.formula = sumFormula(children, col);
      L.b.set(row, col, cell);
    });
  };
  const childrenOf = (code: string, length: number) => nodes.filter((n) => n.code.length === length && n.code.startsWith(code)).map((n) => index.get(n)!);
  // Deepest first, so a 类 sums 款 cells that already hold their values.
  for (const length of [5, 3]) {
    for (const n of nodes) if (!n.row && n.code.length === length) sumInto(index.get(n)!, childrenOf(n.code, length === 3 ? 5 : 7));
  }
  if (!total) sumInto(totalIndex, childrenOf("", 3));

  const what = [...(total ? [] : ["合计 行"]), ...[...inserted].sort().map((c) => `${c} ${LEVEL[c.length]}`)];
  const widths = split ? [6, 5, 5, 36, ...t.columns.map(() => 16)] : [12, 34, ...t.columns.map(() => 14)];
  const body = L.finish([t.id], widths, { cautions: [`补充了 ${what.join("、")}`] });
  return { ...body, sheetName: generatedSheetName(t.id, taken, CORRECTED_SUFFIX) };
}
