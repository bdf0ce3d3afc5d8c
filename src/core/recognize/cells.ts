/** Reading one cell as money or text, tied to its address. */
import Decimal from "decimal.js";
import { type Amount, type MoneyUnit, numberCellAmount, parseNumberText, ScaledAmount, unitFactor } from "../money";
import type { CellRef, MoneyCell, TextCell } from "../model";
import { toA1 } from "../grid";
import type { SheetView } from "./sheet";

/**
 * The exact zero of a blank cell, and the placeholder of an unreadable one (shared: an amount never
 * changes value), of the same class as a number's amount.
 */
const EXACT_ZERO: Record<MoneyUnit, Amount> = {
  元: new ScaledAmount(0, null, "元"),
  万元: new ScaledAmount(0, null, "万元"),
};

/**
 * A cell reference whose A1 address is written out on first read: a workbook has thousands of cells
 * and only the reported ones are ever addressed. Serializes (JSON) as a plain { sheet, cell }.
 */
export class LazyCellRef implements CellRef {
  private a1?: string;
  constructor(
    readonly sheet: string,
    private readonly row: number,
    private readonly col: number,
  ) {}
  get cell(): string {
    return (this.a1 ??= toA1(this.row, this.col));
  }
  toJSON(): CellRef {
    return { sheet: this.sheet, cell: this.cell };
  }
}

export function cellRef(view: SheetView, r: number, c: number): CellRef {
  return new LazyCellRef(view.sheet, r, c);
}

export function textCell(view: SheetView, r: number, c: number): TextCell {
  return { text: view.text(r, c), ref: cellRef(view, r, c) };
}

/** A cell holds a number (numeric value, or text that parses as one). */
export function isNumericCell(view: SheetView, r: number, c: number): boolean {
  if (view.formulaMissing(r, c)) return true;
  const v = view.value(r, c);
  if (typeof v === "number") return true;
  if (typeof v === "string") return parseNumberText(v) !== null && !/^[-—–]+$/.test(v.trim());
  return false;
}

/**
 * The money in a cell, in the table's unit. Blank → exact zero. Text with its own unit
 * ("12.5万元") is converted. Returns undefined for text that is not a number.
 */
export function moneyCell(view: SheetView, r: number, c: number, unit: MoneyUnit): MoneyCell | undefined {
  const ref = cellRef(view, r, c);
  const v = view.value(r, c);
  if (view.formulaMissing(r, c)) {
    return moneyCellOf(EXACT_ZERO[unit], ref, false, "", true);
  }
  if (v === null || (typeof v === "string" && v.trim() === "")) {
    return moneyCellOf(EXACT_ZERO[unit], ref, true, "");
  }
  const text = view.text(r, c);
  if (typeof v === "number") return moneyCellOf(numberCellAmount(v, view.format(r, c), unit), ref, false, text);
  if (typeof v !== "string") return undefined;
  const parsed = parseNumberText(v);
  if (!parsed) return undefined;
  if (parsed.unit && parsed.unit !== unit) {
    const from = parsed.unit === "亿元" ? new Decimal(1e8) : unitFactor(parsed.unit);
    const factor = from.div(unitFactor(unit));
    const shift = Math.round(Math.log10(factor.toNumber()));
    return moneyCellOf({ value: parsed.value.times(factor), decimals: parsed.decimals - shift, unit }, ref, false, text);
  }
  return moneyCellOf({ value: parsed.value, decimals: parsed.decimals, unit }, ref, false, text);
}

/** Every MoneyCell with the same fields in the same order: one object shape for the rules' optimized code. */
function moneyCellOf(amount: Amount, ref: CellRef, blank: boolean, text: string, unreadable = false): MoneyCell {
  return { amount, ref, blank, text, unreadable };
}
