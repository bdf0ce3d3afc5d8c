/**
 * Money as displayed: a decimal value, the unit it is stated in, and how many decimals are shown.
 * Never binary floats: every amount passes through decimal.js.
 */
import Decimal from "decimal.js";

export type MoneyUnit = "元" | "万元";

export interface Amount {
  value: Decimal;
  /** Displayed decimals. `null` means exact (a blank cell is an exact zero). */
  decimals: number | null;
  unit: MoneyUnit;
  /**
   * The value as an exact integer count of 10^-decimals, when known at no cost (a cell read from a
   * number); lets the rounding rule decide on integers. Never copy it along with a changed value:
   * derive amounts with `withValue` / `withDecimals`, not by spreading (a test forbids spreads).
   */
  readonly units?: number;
}

/**
 * An amount read from a numeric cell: an exact integer count of 10^-decimals (decimals null: an
 * exact integer, as a blank cell's zero). Most cells are only ever summed (on integers), so the
 * Decimal is made the first time someone reads `value`.
 */
export class ScaledAmount implements Amount {
  private decimal?: Decimal;
  constructor(
    readonly units: number,
    readonly decimals: number | null,
    readonly unit: MoneyUnit,
  ) {}
  get value(): Decimal {
    return (this.decimal ??= new Decimal(this.decimals === null ? this.units : `${this.units}e-${this.decimals}`));
  }
}

/** The same amount with another value (same unit and displayed decimals). */
export function withValue(a: Amount, value: Decimal): Amount {
  return { value, decimals: a.decimals, unit: a.unit };
}

/** The same value with other displayed decimals (null: exact). */
export function withDecimals(a: Amount, decimals: number | null): Amount {
  return { value: a.value, decimals, unit: a.unit };
}

export function negate(a: Amount): Amount {
  return withValue(a, a.value.negated());
}

/** Below zero, decided on the integer units when the amount has them. */
export function isNegativeAmount(a: Amount): boolean {
  return a.units !== undefined ? a.units < 0 : a.value.isNegative();
}

/** Zero, decided on the integer units when the amount has them. */
export function isZeroAmount(a: Amount): boolean {
  return a.units !== undefined ? a.units === 0 : a.value.isZero();
}

const UNIT_FACTOR: Record<MoneyUnit, Decimal> = { 元: new Decimal(1), 万元: new Decimal(10000) };

/** How many 元 one unit is worth. */
export function unitFactor(unit: MoneyUnit): Decimal {
  return UNIT_FACTOR[unit];
}

export function amount(value: Decimal.Value, decimals: number | null, unit: MoneyUnit): Amount {
  return { value: new Decimal(value), decimals, unit };
}

export function zero(unit: MoneyUnit): Amount {
  return { value: new Decimal(0), decimals: null, unit };
}

/**
 * Converting from a unit to the other: the exact power of ten to multiply by and the decimals it adds
 * (2 dp of 万元 = −2 dp of 元). A multiplication by 10^±4 is exact, as the old × from ÷ to was.
 */
const CONVERSION_FROM: Record<MoneyUnit, { factor: Decimal; shift: number }> = {
  元: { factor: new Decimal("0.0001"), shift: 4 },
  万元: { factor: new Decimal(10000), shift: -4 },
};

/** The same quantity expressed in another unit (decimals shift with the unit: 2 dp of 万元 = −2 dp of 元). */
export function convert(a: Amount, to: MoneyUnit): Amount {
  if (a.unit === to) return a;
  const { factor, shift } = CONVERSION_FROM[a.unit];
  return { value: a.value.times(factor), decimals: a.decimals === null ? null : a.decimals + shift, unit: to };
}

/** Formats with fixed decimals and optional thousands separators: 1272159.65 → "1,272,159.65". */
export function formatDecimal(value: Decimal, decimals: number, thousands = false): string {
  const fixed = value.toFixed(Math.max(0, decimals), Decimal.ROUND_HALF_UP);
  if (!thousands) return fixed;
  const neg = fixed.startsWith("-");
  const [int, frac] = (neg ? fixed.slice(1) : fixed).split(".");
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return `${neg ? "-" : ""}${grouped}${frac !== undefined ? "." + frac : ""}`;
}

/** Displays an amount with its own decimals (2 when exact). */
export function formatAmount(a: Amount, withUnit = false): string {
  const s = formatDecimal(a.value, a.decimals ?? 2);
  return withUnit ? `${s}${a.unit}` : s;
}

const FULL_WIDTH = /[\uFF10-\uFF19\uFF0E\uFF0C\uFF0D\uFF08\uFF09\uFF05]/g;

/** Full-width digits and punctuation → ASCII. */
export function toHalfWidth(s: string): string {
  return s.replace(FULL_WIDTH, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0));
}

export interface ParsedNumber {
  value: Decimal;
  decimals: number;
  /** A unit written in the text itself ("12.5万元"), if any. */
  unit?: MoneyUnit | "亿元";
}

/** A digit or a dash, half- or full-width. */
const MAY_BE_NUMBER = /[0-9\uFF10-\uFF19\-—–\uFF0D]/;
const NUMBER_TEXT = /^([-+]?)(\d{1,3}(?:,\d{3})+|\d+)?(?:\.(\d+))?$/;

/**
 * Parses a number stored as text: thousands separators, full-width digits, parentheses or a minus
 * for negatives, a leading ￥/¥, a trailing 元/万元/亿元. "-" or "—" alone is an accounting zero.
 * Returns null when the text is not a number.
 */
export function parseNumberText(raw: string): ParsedNumber | null {
  // Every number holds a digit, every accounting zero a dash: most label cells are decided here.
  if (!MAY_BE_NUMBER.test(raw)) return null;
  let s = toHalfWidth(raw).replace(/[\s\u00a0\u3000]/g, "");
  if (!s) return null;
  if (/^[-—–]+$/.test(s)) return { value: new Decimal(0), decimals: 0 };
  let unit: ParsedNumber["unit"];
  const unitMatch = /(亿元|万元|元)$/.exec(s);
  if (unitMatch) {
    unit = unitMatch[1] as ParsedNumber["unit"];
    s = s.slice(0, -unitMatch[1].length);
  }
  s = s.replace(/^[￥¥]/, "");
  let negative = false;
  const paren = /^\((.*)\)$/.exec(s);
  if (paren) {
    negative = true;
    s = paren[1];
  }
  const m = NUMBER_TEXT.exec(s);
  if (!m || (m[2] === undefined && m[3] === undefined)) return null;
  if (m[1] === "-") negative = !negative;
  const digits = `${(m[2] ?? "0").replace(/,/g, "")}${m[3] !== undefined ? "." + m[3] : ""}`;
  let value = new Decimal(digits);
  if (negative) value = value.negated();
  return { value, decimals: m[3]?.length ?? 0, unit };
}

/** Decimals a number format shows: "0.00" → 2, "#,##0" → 0; null for General / unknown. */
const formatDecimalsCache = new Map<string, number | null>();

export function formatDecimals(format: string | undefined): number | null {
  if (format === undefined) return null;
  let d = formatDecimalsCache.get(format);
  if (d === undefined) {
    d = formatDecimalsUncached(format);
    formatDecimalsCache.set(format, d);
  }
  return d;
}

function formatDecimalsUncached(format: string | undefined): number | null {
  if (!format || /^general$/i.test(format) || format === "@") return null;
  const section = format.split(";")[0].replace(/"[^"]*"|\\.|\[[^\]]*\]/g, "");
  if (!/[0#?]/.test(section)) return null;
  const m = /\.([0#?]+)/.exec(section);
  return m ? m[1].length : 0;
}

const POW10 = [1, 10, 100, 1000, 1e4, 1e5, 1e6];

/**
 * Largest |units| kept as an integer count: a sum of such counts, rescaled by up to 10^4, still
 * stays exact in a double (below 2^53).
 */
export const SAFE_UNITS = 2 ** 53 / 1e4;

/**
 * raw × 10^d as an exact integer, when that is what half-up rounding of raw's decimal form gives:
 * away from a .5 tie, float rounding and decimal rounding agree; near a tie (or out of the safe
 * range) the answer is left to decimal.js.
 */
function scaledUnits(raw: number, d: number): number | undefined {
  if (d > 6) return undefined;
  const x = raw * POW10[d];
  const n = Math.round(x);
  if (!Number.isFinite(x) || Math.abs(n) >= SAFE_UNITS || Math.abs(Math.abs(x - n) - 0.5) < 1e-6) return undefined;
  return n;
}

const GENERAL_PLAIN = /^-?\d+(?:\.(\d{1,6}))?$/;

/**
 * The amount a numeric cell displays, in `unit`: a ScaledAmount whenever the displayed value is a
 * safe integer count of at most 6 decimals (nearly always), else numberCellValue's Decimal. Equal
 * to numberCellValue in value and decimals (property-tested).
 */
export function numberCellAmount(raw: number, format: string | undefined, unit: MoneyUnit): Amount {
  const shown = formatDecimals(format);
  if (shown !== null) {
    const units = scaledUnits(raw, shown);
    if (units !== undefined) return new ScaledAmount(units, shown, unit);
  } else if (Number.isFinite(raw)) {
    // General: the shortest form of the 15-digit rounding, when it is plain digits.
    const s = String(Number(raw.toPrecision(15)));
    const m = GENERAL_PLAIN.exec(s);
    if (m) {
      const units = Number(s.replace(".", ""));
      if (Math.abs(units) < SAFE_UNITS) return new ScaledAmount(units, m[1]?.length ?? 0, unit);
    }
  }
  const { value, decimals } = numberCellValue(raw, format);
  return { value, decimals, unit };
}

/**
 * Decimal value of a numeric cell, rounded to what the cell displays (the reference for
 * numberCellAmount). A General-formatted number shows its shortest representation, which decides
 * its decimals.
 */
export function numberCellValue(raw: number, format: string | undefined): { value: Decimal; decimals: number; units?: number } {
  const shown = formatDecimals(format);
  if (shown !== null) {
    return { value: new Decimal(raw).toDecimalPlaces(shown, Decimal.ROUND_HALF_UP), decimals: shown, units: scaledUnits(raw, shown) };
  }
  // General: Excel shows up to ~11 significant digits; use 15 to strip binary noise.
  const d = new Decimal(Number(raw.toPrecision(15)));
  return { value: d, decimals: Math.max(0, d.decimalPlaces()) };
}
