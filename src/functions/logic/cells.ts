/**
 * Reading cell values handed to a custom function: numbers, numbers stored as text (thousands
 * separators, full-width digits, parentheses, a trailing unit), empty cells, error values.
 * Every number becomes a Decimal the way the validator reads a General-formatted cell (15
 * significant digits), so a formula and the validator see the same value.
 */
import Decimal from "decimal.js";
import { parseNumberText, toHalfWidth } from "../../core/money";
import { FunctionError, invalidNumber, invalidValue, type FunctionErrorCode } from "./errors";
import { scaleOf } from "./scaled";

export type TextUnit = "元" | "万元" | "亿元";

export interface CellNumber {
  value: Decimal;
  /** A unit written in the text itself ("12.5万元"). */
  unit?: TextUnit;
}

const PROPAGATED: Record<string, FunctionErrorCode> = {
  "#DIV/0!": "#DIV/0!",
  "#N/A": "#N/A",
  "#NUM!": "#NUM!",
  "#VALUE!": "#VALUE!",
};

/**
 * A rich cell value (Excel.CellValue: {type: "Double", basicValue: 5}) as its plain value; error
 * values and plain values pass through unchanged.
 */
export function plainCell(v: unknown): unknown {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return v;
  const o = v as { type?: unknown; basicValue?: unknown };
  return o.type !== "Error" && "basicValue" in o ? o.basicValue : v;
}

export function isEmptyCell(raw: unknown): boolean {
  const v = plainCell(raw);
  return v === null || v === undefined || (typeof v === "string" && v.trim() === "");
}

/** An error value passed in (CustomFunctions.Error, Excel.ErrorCellValue, a JS Error) as our error. */
export function cellError(v: unknown): FunctionError | null {
  if (v instanceof FunctionError) return v;
  if (typeof v !== "object" || v === null) return null;
  const o = v as { code?: unknown; type?: unknown; errorType?: unknown; basicValue?: unknown };
  const code =
    typeof o.code === "string" && o.code.startsWith("#")
      ? o.code
      : o.type === "Error" && typeof o.basicValue === "string"
        ? o.basicValue
        : undefined;
  if (code !== undefined) {
    const mapped = PROPAGATED[code];
    if (mapped === "#VALUE!" || mapped === "#N/A") return new FunctionError(mapped, `参数含有错误值 ${code}`);
    if (mapped) return new FunctionError(mapped);
    return invalidValue(`参数含有错误值 ${code}`);
  }
  if (v instanceof Error || o.type === "Error") return invalidValue("参数含有错误值");
  return null;
}

const scratch = new Float64Array(1);

/** A binary double as the decimal Excel shows for it (15 significant digits). */
export function decimalOfNumber(n: number): Decimal {
  if (!Number.isFinite(n)) throw invalidNumber("数值超出范围");
  const a = scaleOf(n, scratch, 0);
  if (a === 0) return new Decimal(scratch[0]);
  if (a > 0) return new Decimal(`${scratch[0]}e-${a}`);
  return new Decimal(n.toPrecision(15));
}

function describe(v: unknown): string {
  if (typeof v === "string") return `“${v}”`;
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  return String(v);
}

/** A number from one cell; null for an empty cell. `label` names the parameter in messages. */
export function readNumber(raw: unknown, label: string): CellNumber | null {
  const v = plainCell(raw);
  if (typeof v === "number") return { value: decimalOfNumber(v) };
  if (isEmptyCell(v)) return null;
  if (typeof v === "string") {
    const parsed = parseNumberText(v);
    if (!parsed) throw invalidValue(`${label}${describe(v)}不是数字`);
    return parsed.unit ? { value: parsed.value, unit: parsed.unit } : { value: parsed.value };
  }
  const err = cellError(v);
  if (err) throw err;
  throw invalidValue(`${label}${describe(v)}不是数字`);
}

/** A number from one cell, an empty cell counting as 0. */
export function readNumberOrZero(v: unknown, label: string): CellNumber {
  return readNumber(v, label) ?? { value: new Decimal(0) };
}

/**
 * A whole-number option such as the number of decimals; empty → `fallback`. Fractions are
 * truncated as Excel's ROUND does; values outside [min, max] give #NUM!.
 */
export function readInteger(raw: unknown, label: string, fallback: number, min: number, max: number): number {
  const v = plainCell(raw);
  if (v === undefined || v === null || (typeof v === "string" && v.trim() === "")) return fallback;
  let n: number;
  if (typeof v === "number") n = v;
  else {
    const parsed = readNumber(v, label);
    n = parsed ? parsed.value.toNumber() : fallback;
  }
  if (!Number.isFinite(n)) throw invalidNumber(`${label}超出范围`);
  n = Math.trunc(n) || 0;
  if (n < min || n > max) throw invalidNumber(`${label}应在 ${min} 到 ${max} 之间`);
  return n;
}

/** A text option ("元"); empty → null. Numbers are accepted as their text. */
export function readText(raw: unknown, label: string): string | null {
  const v = plainCell(raw);
  if (isEmptyCell(v)) return null;
  if (typeof v === "string") return toHalfWidth(v).trim();
  if (typeof v === "number") {
    if (!Number.isFinite(v)) throw invalidNumber(`${label}超出范围`);
    return String(v);
  }
  const err = cellError(v);
  if (err) throw err;
  throw invalidValue(`${label}${describe(v)}不是文本`);
}

/** The cells of a range argument, row by row. A single value counts as a 1×1 range. */
export function asMatrix(v: unknown): unknown[][] {
  if (Array.isArray(v)) {
    if (v.length === 0) return [];
    return v.every(Array.isArray) ? (v as unknown[][]) : [v];
  }
  return [[v]];
}

/**
 * Explicit units written in text must agree with each other and with `expected` (the unit the
 * function works in, when it has one); numbers without a unit are taken as they are.
 */
export function requireSameUnit(values: (CellNumber | null)[], expected?: TextUnit): void {
  let seen: TextUnit | undefined = expected;
  for (const v of values) {
    if (!v?.unit) continue;
    if (seen === undefined) seen = v.unit;
    else if (v.unit !== seen) {
      throw invalidValue(expected ? `数值写明的单位“${v.unit}”与“${expected}”不一致` : `数值写明的单位不一致：“${seen}”和“${v.unit}”`);
    }
  }
}
