/**
 * Amounts of a generated table as expressions over source cells: Σ plus − Σ minus, converted to the
 * table's unit and rounded to its decimals. Each becomes a DraftCell holding both the formula that
 * points at the sources and the decimal value that formula yields.
 */
import Decimal from "decimal.js";
import { toA1 } from "../grid";
import { isZeroAmount, convert, unitFactor, type MoneyUnit } from "../money";
import type { MoneyCell } from "../model";
import { roundHalfUp } from "../rounding";
import type { DraftCell } from "./draft";

export interface MoneyFormat {
  unit: MoneyUnit;
  decimals: number;
  numFmt: string;
}

export interface Expr {
  plus: MoneyCell[];
  minus?: MoneyCell[];
}

/** "'表二'!C5": a cell on another sheet (quotes always; a quote in the name is doubled). */
export function sheetRef(sheet: string, cell: string): string {
  return `'${sheet.replace(/'/g, "''")}'!${cell}`;
}

function cellFormula(c: MoneyCell, fmt: MoneyFormat): string {
  const ref = sheetRef(c.ref.sheet, c.ref.cell);
  if (c.amount.unit === fmt.unit) return ref;
  const ratio = unitFactor(c.amount.unit).div(unitFactor(fmt.unit));
  return ratio.gt(1) ? `${ref}*${ratio.toString()}` : `${ref}/${new Decimal(1).div(ratio).toString()}`;
}

/** True when every cell is blank or zero. */
export function allZero(cells: (MoneyCell | undefined)[]): boolean {
  return cells.every((c) => !c || isZeroAmount(c.amount));
}

/**
 * The draft cell for an expression; blank when every source is blank (a table leaves such cells
 * empty). Unit conversions are wrapped in ROUND so the cached value is exactly what Excel computes.
 */
export function exprCell(e: Expr, fmt: MoneyFormat): DraftCell {
  const minus = e.minus ?? [];
  const all = [...e.plus, ...minus];
  if (!all.length || all.every((c) => c.blank)) return { value: null, role: "money", numFmt: fmt.numFmt };
  let value = new Decimal(0);
  for (const c of e.plus) value = value.plus(convert(c.amount, fmt.unit).value);
  for (const c of minus) value = value.minus(convert(c.amount, fmt.unit).value);
  const converted = all.some((c) => c.amount.unit !== fmt.unit);
  const terms = e.plus.map((c) => cellFormula(c, fmt));
  let formula = terms.length > 2 ? `SUM(${terms.join(",")})` : terms.join("+") || "0";
  for (const c of minus) formula += `-${cellFormula(c, fmt)}`;
  if (converted) {
    formula = `ROUND(${formula},${fmt.decimals})`;
    value = roundHalfUp(value, fmt.decimals);
  }
  return { value: value.toFixed(fmt.decimals), role: "money", formula, numFmt: fmt.numFmt };
}

/** Σ of cells of the draft itself (same sheet): a SUM over their addresses; blank when all are blank. */
export function localSum(cells: { row: number; col: number; cell: DraftCell }[], fmt: MoneyFormat, minus: { row: number; col: number; cell: DraftCell }[] = []): DraftCell {
  const all = [...cells, ...minus];
  if (!all.length || all.every((c) => c.cell.value === null)) return { value: null, role: "money", numFmt: fmt.numFmt };
  let value = new Decimal(0);
  for (const c of cells) value = value.plus(c.cell.value ?? 0);
  for (const c of minus) value = value.minus(c.cell.value ?? 0);
  const addrs = cells.map((c) => toA1(c.row, c.col));
  const down = cells.every((c, i) => c.col === cells[0].col && c.row === cells[0].row + i);
  const across = cells.every((c, i) => c.row === cells[0].row && c.col === cells[0].col + i);
  const contiguous = cells.length > 2 && (down || across);
  let formula = contiguous ? `SUM(${addrs[0]}:${addrs[addrs.length - 1]})` : addrs.length > 2 ? `SUM(${addrs.join(",")})` : addrs.join("+") || "0";
  for (const c of minus) formula += `-${toA1(c.row, c.col)}`;
  return { value: value.toFixed(fmt.decimals), role: "money", formula, numFmt: fmt.numFmt };
}

export function blankMoney(fmt: MoneyFormat): DraftCell {
  return { value: null, role: "money", numFmt: fmt.numFmt };
}
