/**
 * Totals as formulas: every 类/款 row and the 合计 row of a coded table becomes the sum of its
 * children (by code prefix), in every amount column. With `cached`, the file stores the result
 * Excel would compute (the exact sum of the children as displayed, which can differ from the
 * seed's rounded figure by a 尾差); without it the file has formulas and no values, as a workbook
 * written by a program and never opened in Excel.
 */
import Decimal from "decimal.js";
import { columnLetters } from "../../src/core/grid";
import { cloneSheets, type CellSpec, type SheetSpec } from "../lib/sheet-spec";

interface CodedRow {
  row: number;
  code: string;
}

function codedRows(sheet: SheetSpec): CodedRow[] {
  const out: CodedRow[] = [];
  sheet.rows.forEach((r, row) => {
    const codes = r.filter((c) => c?.role === "code" && c.value !== null && c.value !== undefined);
    // Only the first code group of a row (the left side of a two-sided table).
    const code = codes.map((c) => String(c!.value)).join("").replace(/\s/g, "");
    if (code && r.some((c) => c?.role === "money")) out.push({ row, code });
  });
  return out;
}

function childrenOf(rows: CodedRow[], parent: CodedRow): CodedRow[] {
  if (parent.code === "合计") return rows.filter((r) => r.code.length === 3);
  const next = parent.code.length === 3 ? 5 : parent.code.length === 5 ? 7 : 0;
  return rows.filter((r) => r.code.length === next && r.code.startsWith(parent.code));
}

export function totalsAsFormulas(sheets: SheetSpec[], cached: boolean): SheetSpec[] {
  const out = cloneSheets(sheets);
  for (const sheet of out) {
    const rows = codedRows(sheet);
    if (!rows.length) continue;
    const moneyCols = new Set<number>();
    for (const { row } of rows) sheet.rows[row].forEach((c, i) => c?.role === "money" && moneyCols.add(i));
    // Deepest parents first, so a 类's cached value sums its 款's computed values.
    const parents = rows.filter((r) => childrenOf(rows, r).length).sort((a, b) => (b.code === "合计" ? -1 : a.code === "合计" ? 1 : b.code.length - a.code.length));
    for (const parent of parents) {
      const kids = childrenOf(rows, parent);
      for (const col of moneyCols) {
        const cell: CellSpec = sheet.rows[parent.row][col] ?? { role: "money" };
        const refs = kids.map((k) => `${columnLetters(col)}${k.row + 1}`);
        const sum = kids.reduce((s, k) => s.plus(sheet.rows[k.row][col]?.money ?? 0), new Decimal(0));
        const anyValue = kids.some((k) => sheet.rows[k.row][col]?.money !== undefined);
        cell.formula = refs.length > 3 ? `SUM(${refs.join(",")})` : refs.join("+");
        cell.cached = cached;
        cell.money = anyValue ? sum.toFixed(2) : "0.00";
        cell.value = undefined;
        sheet.rows[parent.row][col] = cell;
      }
    }
  }
  return out;
}
