/**
 * =BUDGET.RMB(amount): 人民币大写 as on payment documents (支付结算办法): rounded half-up to 分;
 * every run of zeros between non-zero digits (across 万/亿 and the 元 position) is one 零; "整"
 * after 元 when there are no 角/分, none after 分; 负 for negatives; 零元整 for zero.
 * 1272159.65 → 壹佰贰拾柒万贰仟壹佰伍拾玖元陆角伍分.
 */
import Decimal from "decimal.js";
import { roundHalfUp } from "../../core/rounding";
import { readNumberOrZero } from "./cells";
import { invalidNumber } from "./errors";

const DIGITS = "零壹贰叁肆伍陆柒捌玖";
const POSITIONS = ["", "拾", "佰", "仟"];
/** 9999万亿 (digits up to 10^16) is the largest amount written; 亿 counts its own 万 (壹万零壹亿). */
export const RMB_LIMIT = new Decimal("1e16");

const UNIT_FACTOR = { 元: 1, 万元: 10000, 亿元: 100000000 } as const;

export function rmbText(value: Decimal): string {
  const cents = roundHalfUp(value.abs(), 2).times(100);
  if (cents.gte(RMB_LIMIT.times(100))) throw invalidNumber("金额超出大写范围");
  const whole = cents.divToInt(100).toFixed(0);
  const fraction = cents.mod(100).toNumber();
  const jiao = Math.floor(fraction / 10);
  const fen = fraction % 10;

  let out = "";
  let pendingZero = false;
  const emit = (digit: number, unit: string) => {
    if (digit === 0) {
      if (out !== "") pendingZero = true;
      return;
    }
    if (pendingZero) out += "零";
    pendingZero = false;
    out += DIGITS[digit] + unit;
  };

  const len = whole === "0" ? 0 : whole.length;
  for (let i = 0; i < len; i++) {
    const pos = len - 1 - i;
    emit(whole.charCodeAt(i) - 48, POSITIONS[pos % 4]);
    if (pos === 8) {
      // 亿 closes everything above it: 1000万亿, 壹万零壹亿.
      if (/[1-9]/.test(whole.slice(0, i + 1))) out += "亿";
    } else if (pos % 4 === 0 && pos > 0 && /[1-9]/.test(whole.slice(Math.max(0, i - 3), i + 1))) {
      out += "万";
    }
  }
  if (out !== "") out += "元";
  emit(jiao, "角");
  emit(fen, "分");
  if (jiao === 0 && fen === 0) out = out === "" ? "零元整" : `${out}整`;
  return value.isNegative() && !cents.isZero() ? `负${out}` : out;
}

export function rmb(v: unknown): string {
  const n = readNumberOrZero(v, "金额");
  return rmbText(n.unit ? n.value.times(UNIT_FACTOR[n.unit]) : n.value);
}
