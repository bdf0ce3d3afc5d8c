/**
 * Amounts stored as text, the way hand-edited or system-exported workbooks carry them: plain
 * digits, thousands separators, full-width digits, a trailing unit, stray spaces, "-" for zero.
 */
import Decimal from "decimal.js";
import { formatDecimal } from "../../src/core/money";
import { cloneSheets, type SheetSpec } from "../lib/sheet-spec";

export type TextStyle = "plain" | "thousands" | "fullwidth" | "unitSuffix" | "padded" | "dashZero";

const FULL: Record<string, string> = { ",": "，", ".": "．", "-": "－" };

export function fullWidth(s: string): string {
  return s.replace(/[0-9.,-]/g, (ch) => FULL[ch] ?? String.fromCharCode(ch.charCodeAt(0) + 0xfee0));
}

export function amountText(money: string, style: TextStyle, unit: string | undefined): string {
  const d = new Decimal(money);
  const decimals = money.includes(".") ? money.split(".")[1].length : 0;
  switch (style) {
    case "plain":
      return money;
    case "thousands":
      return formatDecimal(d, decimals, true);
    case "fullwidth":
      return fullWidth(money);
    case "unitSuffix":
      return unit ? `${money}${unit}` : money;
    case "padded":
      return ` ${money}\u00a0`;
    case "dashZero":
      return d.isZero() ? "-" : money;
  }
}

/** The unit a sheet states ("单位：万元" → "万元"). */
function sheetUnit(sheet: SheetSpec): string | undefined {
  for (const r of sheet.rows) {
    for (const c of r) {
      if (c?.role === "moneyUnit") return /(万元|元)/.exec(String(c.value))?.[1];
    }
  }
  return undefined;
}

/**
 * Every amount on table and PERF sheets becomes text, the styles taken in turn cell by cell;
 * with "dashZero" among them, every zero is written "-" and the other styles take the rest.
 */
export function numbersAsText(sheets: SheetSpec[], styles: TextStyle[]): SheetSpec[] {
  const out = cloneSheets(sheets);
  const dash = styles.includes("dashZero");
  const rotation = styles.filter((s) => s !== "dashZero");
  let i = 0;
  for (const sheet of out) {
    const unit = sheetUnit(sheet);
    for (const row of sheet.rows) {
      for (const cell of row) {
        if (cell?.role !== "money" || cell.money === undefined || cell.formula) continue;
        const style = dash && new Decimal(cell.money).isZero() ? "dashZero" : rotation[i++ % rotation.length];
        cell.value = amountText(cell.money, style, unit);
        cell.money = undefined;
        cell.numFmt = "@";
      }
    }
  }
  return out;
}
