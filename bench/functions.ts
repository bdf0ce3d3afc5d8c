/**
 * Custom function speed: 1,000,000 calls each of BUDGET.PCT and BUDGET.CHECK through the same
 * wrappers Excel calls (src/functions/functions.ts), after a warm-up, median of 5 runs. Also the
 * decimal.js reference path of PCT for comparison. Prints one JSON line per benchmark.
 *   npm run bench:functions
 */
import Decimal from "decimal.js";
import { check, pct } from "../src/functions/functions";
import { referenceShare } from "../src/functions/logic/pct";
import { emit, medianMs } from "./measure";

// Only needed if a call fails; present so the wrappers can build their errors.
(globalThis as Record<string, unknown>).CustomFunctions ??= {
  Error: class {
    constructor(
      public code: string,
      public message?: string,
    ) {}
  },
  ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A", divisionByZero: "#DIV/0!", invalidNumber: "#NUM!" },
};

const CALLS = 1_000_000;
const RUNS = 5;
const SIZE = 1024; // distinct inputs, cycled

/** Deterministic table-like amounts in 万元 with 2 decimals (xorshift). */
let seed = 0x9e3779b9;
function random(): number {
  seed ^= seed << 13;
  seed ^= seed >>> 17;
  seed ^= seed << 5;
  return (seed >>> 0) / 2 ** 32;
}
const amount = () => Math.round(random() * 10_000_000) / 100;

const parts = Array.from({ length: SIZE }, amount);
const totals = parts.map((p) => Math.round((p + amount() + 0.01) * 100) / 100);
/** Totals as =SUM() leaves them: a sum of doubles, often with binary noise (263.64000000000004). */
const sumTotals = parts.map((p) => [p, amount(), amount(), amount()].reduce((s, v) => s + v, 0));
const children = Array.from({ length: SIZE }, () => [[amount()], [amount()], [amount()], [amount()]]);
const parents = children.map((c, i) => {
  const sum = c.reduce((s, [v]) => s.plus(v), new Decimal(0)).toNumber();
  return i % 3 === 0 ? sum : i % 3 === 1 ? Math.round((sum + 0.01) * 100) / 100 : sum + 1;
});

let sink = 0;

function bench(name: string, calls: number, body: (i: number) => void): void {
  const ms = medianMs(
    () => {
      for (let i = 0; i < calls; i++) body(i & (SIZE - 1));
    },
    RUNS,
    1,
  );
  emit({ bench: name, perCallNs: Math.round((ms * 1e6) / calls), calls, runs: RUNS, medianMs: Math.round(ms) });
}

bench("functions.pct", CALLS, (i) => {
  sink += pct(parts[i], totals[i]);
});

bench("functions.pct.sum-totals", CALLS, (i) => {
  sink += pct(parts[i], sumTotals[i]);
});

const partDecimals = parts.map((p) => new Decimal(p));
const totalDecimals = totals.map((t) => new Decimal(t));
bench("functions.pct.decimal-reference", CALLS / 10, (i) => {
  sink += referenceShare(partDecimals[i], totalDecimals[i], 2);
});

bench("functions.check", CALLS, (i) => {
  sink += check(parents[i], children[i]).length;
});

if (!Number.isFinite(sink)) throw new Error("benchmark produced a non-finite checksum");
