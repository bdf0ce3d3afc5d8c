/** Numbers as the narrative writes them: amounts in the template's unit and decimals, shares in %. */
import Decimal from "decimal.js";
import type { Amount } from "../../money";
import { convert, formatDecimal } from "../../money";
import { roundHalfUp } from "../../rounding";
import type { NarrativeTemplate } from "./template";

type NumberStyle = NarrativeTemplate["number"];

/** The amount in the template's unit, rounded as written (half-up). */
export function inTemplateUnit(a: Amount, style: NumberStyle): Decimal {
  return roundHalfUp(convert(a, style.unit).value, style.decimals);
}

/** "263.64", "0" (an exact zero, as the seed writes it), "3,121.42" with thousands separators. */
export function formatMoney(a: Amount, style: NumberStyle): string {
  const v = inTemplateUnit(a, style);
  if (v.isZero()) return style.zero;
  return formatDecimal(v, style.decimals, style.thousands);
}

export function formatPercent(p: Decimal | null, style: NumberStyle): string {
  if (p === null || p.isZero()) return style.zeroPercent;
  return formatDecimal(p, style.percentDecimals);
}
