/**
 * A small evaluator for the formulas the generator writes (cell and range references on any sheet,
 * SUM, ROUND, + - * /, parentheses), over the values a re-read workbook holds. Decimal arithmetic;
 * ROUND is half away from zero as in Excel.
 */
import Decimal from "decimal.js";
import { fromA1, type Grid } from "../../src/core/grid";

type Lookup = (sheet: string, row: number, col: number) => Decimal;

export function lookupIn(grids: Grid[]): Lookup {
  const bySheet = new Map(grids.map((g) => [g.sheet, g]));
  return (sheet, row, col) => {
    const g = bySheet.get(sheet);
    if (!g) throw new Error(`no sheet ${sheet}`);
    const v = g.values[row - g.originRow]?.[col - g.originCol];
    if (v === null || v === undefined || v === "") return new Decimal(0);
    if (typeof v === "number") return new Decimal(v);
    throw new Error(`not a number at ${sheet}!${row},${col}: ${String(v)}`);
  };
}

export function evaluate(formula: string, sheet: string, lookup: Lookup): Decimal {
  const s = formula.replace(/^=/, "");
  let i = 0;
  const peek = () => s[i];
  const expect = (ch: string) => {
    if (s[i] !== ch) throw new Error(`expected ${ch} at ${i} in ${s}`);
    i++;
  };
  const refAt = (): { sheet: string; from: string; to?: string } | null => {
    let sh = sheet;
    const start = i;
    if (s[i] === "'") {
      let name = "";
      i++;
      for (;;) {
        if (s[i] === "'" && s[i + 1] === "'") {
          name += "'";
          i += 2;
        } else if (s[i] === "'") {
          i++;
          break;
        } else name += s[i++];
      }
      expect("!");
      sh = name;
    }
    const m = /^\$?[A-Z]+\$?\d+/.exec(s.slice(i));
    if (!m) {
      i = start;
      return null;
    }
    i += m[0].length;
    let to: string | undefined;
    if (s[i] === ":") {
      const m2 = /^\$?[A-Z]+\$?\d+/.exec(s.slice(i + 1));
      if (!m2) throw new Error(`bad range in ${s}`);
      i += 1 + m2[0].length;
      to = m2[0];
    }
    return { sheet: sh, from: m[0], to };
  };
  const values = (r: { sheet: string; from: string; to?: string }): Decimal[] => {
    const a = fromA1(r.from);
    const b = fromA1(r.to ?? r.from);
    const out: Decimal[] = [];
    for (let row = a.row; row <= b.row; row++) for (let col = a.col; col <= b.col; col++) out.push(lookup(r.sheet, row, col));
    return out;
  };
  const args = (): Decimal[][] => {
    expect("(");
    const list: Decimal[][] = [];
    for (;;) {
      const save = i;
      const r = refAt();
      if (r && r.to && (peek() === "," || peek() === ")")) list.push(values(r));
      else {
        i = save;
        list.push([expr()]);
      }
      if (peek() === ",") i++;
      else break;
    }
    expect(")");
    return list;
  };
  const primary = (): Decimal => {
    if (peek() === "(") {
      i++;
      const v = expr();
      expect(")");
      return v;
    }
    if (peek() === "-") {
      i++;
      return primary().negated();
    }
    const fn = /^(SUM|ROUND)\(/.exec(s.slice(i));
    if (fn) {
      i += fn[1].length;
      const a = args();
      if (fn[1] === "SUM") return a.flat().reduce((x, y) => x.plus(y), new Decimal(0));
      return a[0][0].toDecimalPlaces(a[1][0].toNumber(), Decimal.ROUND_HALF_UP);
    }
    const num = /^\d+(\.\d+)?/.exec(s.slice(i));
    if (num) {
      i += num[0].length;
      return new Decimal(num[0]);
    }
    const r = refAt();
    if (!r) throw new Error(`cannot parse ${s} at ${i}`);
    return values(r)[0];
  };
  const term = (): Decimal => {
    let v = primary();
    while (peek() === "*" || peek() === "/") {
      const op = s[i++];
      const w = primary();
      v = op === "*" ? v.times(w) : v.div(w);
    }
    return v;
  };
  const expr = (): Decimal => {
    let v = term();
    while (peek() === "+" || peek() === "-") {
      const op = s[i++];
      const w = term();
      v = op === "+" ? v.plus(w) : v.minus(w);
    }
    return v;
  };
  const v = expr();
  if (i !== s.length) throw new Error(`trailing input in ${s} at ${i}`);
  return v;
}
