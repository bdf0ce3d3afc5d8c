/**
 * 科目编码 as cells hold them: whole codes ("2010301" or 2010301) or split over 类 | 款 | 项
 * columns, 款/项 with leading zeros that a number-typed cell loses (3 → "03").
 */
import { cleanCode, levelOf, type CodeLevel } from "../../core/catalog/catalog";
import { cellError, isEmptyCell, plainCell } from "./cells";
import { invalidValue } from "./errors";

export { levelOf, type CodeLevel };

/** The digits of a code cell; null for an empty cell or a cell that is not a code (a label, a fraction). */
export function codeDigits(raw: unknown): string | null {
  const v = plainCell(raw);
  if (typeof v === "number") {
    return Number.isSafeInteger(v) && v >= 0 ? String(v) : null;
  }
  if (typeof v !== "string" || isEmptyCell(v)) return null;
  return cleanCode(v) ?? null;
}

/** A code argument: digits, or #VALUE! with a message. */
export function requireCode(raw: unknown, label = "科目编码"): string {
  const v = plainCell(raw);
  const err = cellError(v);
  if (err) throw err;
  if (isEmptyCell(v)) throw invalidValue(`${label}为空`);
  const code = codeDigits(v);
  if (code === null) throw invalidValue(`${label}“${String(v)}”不是数字编码`);
  return code;
}

/** One 款/项 part padded to two digits; null when it is not a code part. */
function subPart(v: unknown): string | null {
  const digits = codeDigits(v);
  if (digits === null || digits.length > 2) return null;
  return digits.padStart(2, "0");
}

/**
 * Whole codes from rows split over 类 | 款 [| 项] columns. A blank 类 (or 款) under a merged cell
 * takes the value above it when the row has a lower part. Rows that are not codes give null.
 */
export function joinSplitCodes(rows: unknown[][]): (string | null)[] {
  let lastLei: string | null = null;
  let lastKuan: string | null = null;
  return rows.map((row) => {
    const [leiCell, ...subCells] = row;
    const subs = subCells.map((c) => (isEmptyCell(c) ? "" : subPart(c)));
    if (subs.some((s) => s === null)) return null;
    const parts = subs as string[];
    let lei = isEmptyCell(leiCell) ? "" : codeDigits(leiCell);
    if (lei === null) return null;
    const hasLower = parts.some((p) => p !== "");
    if (lei === "") {
      if (!hasLower || lastLei === null) return null;
      lei = lastLei;
    }
    if (parts.length > 1 && parts[0] === "" && parts[1] !== "") {
      if (lastKuan === null || lei !== lastLei) return null;
      parts[0] = lastKuan;
    }
    const firstGap = parts.indexOf("");
    if (firstGap >= 0 && parts.slice(firstGap).some((p) => p !== "")) return null;
    lastLei = lei;
    lastKuan = parts[0] !== "" && parts[0] !== undefined ? parts[0] : null;
    return lei + parts.join("");
  });
}
