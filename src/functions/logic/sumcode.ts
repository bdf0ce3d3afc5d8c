/**
 * =BUDGET.SUMCODE(codes, amounts, prefix): the sum of the amounts whose 科目编码 starts with
 * `prefix`, counting only the most detailed rows under it: a 类 or 款 row is left out when a row
 * below it (a longer code with its prefix) is present, so 类/款/项 subtotals are never counted twice.
 * `codes` is one column of whole codes or 2–3 columns 类 | 款 | 项. Rows that hold no code (titles,
 * 合计) are ignored; a 款/项 number loses its leading zero in a number cell and is padded back.
 */
import Decimal from "decimal.js";
import { asMatrix, readNumberOrZero, requireSameUnit, type CellNumber } from "./cells";
import { codeDigits, joinSplitCodes, requireCode } from "./codes";
import { invalidValue } from "./errors";

function vector(m: unknown[][]): unknown[] | null {
  if (m.length === 1) return m[0];
  if (m.every((row) => row.length === 1)) return m.map((row) => row[0]);
  return null;
}

function rowCodes(codes: unknown[][], count: number): (string | null)[] {
  const width = codes[0]?.length ?? 0;
  const asVector = vector(codes);
  if (asVector && asVector.length === count) return asVector.map(codeDigits);
  if ((width === 2 || width === 3) && codes.length === count && codes.every((r) => r.length === width)) {
    return joinSplitCodes(codes);
  }
  throw invalidValue(`科目编码区域（${codes.length}行×${width}列）与金额区域（${count}个）的行数不一致`);
}

export function sumcode(codes: unknown, amounts: unknown, prefix: unknown): number {
  const pre = requireCode(prefix, "编码前缀");
  const amountCells = vector(asMatrix(amounts));
  if (!amountCells) throw invalidValue("金额区域应为一列（或一行）");
  const rows = rowCodes(asMatrix(codes), amountCells.length);

  const matched: number[] = [];
  const ancestors = new Set<string>();
  rows.forEach((code, i) => {
    if (code === null || !code.startsWith(pre)) return;
    matched.push(i);
    for (let len = pre.length; len < code.length; len++) ancestors.add(code.slice(0, len));
  });

  const used: CellNumber[] = [];
  for (const i of matched) {
    if (ancestors.has(rows[i] as string)) continue;
    used.push(readNumberOrZero(amountCells[i], `第${i + 1}行金额`));
  }
  requireSameUnit(used);
  const total = used.reduce((s, v) => s.plus(v.value), new Decimal(0));
  const n = total.toNumber();
  return n === 0 ? 0 : n;
}
