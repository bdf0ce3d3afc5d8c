/**
 * memoOn: per-disclosure and per-table caches kept on the object itself. Why not a WeakMap is in
 * src/core/collections.ts (V8's scavenger keeps an old WeakMap's values alive; README, Speed).
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { memoOn } from "../../src/core/collections";

const A = Symbol("a");
const B = Symbol("b");

describe("memoOn", () => {
  it("computes a value once per object and key", () => {
    const owner = { tables: [1, 2, 3] };
    let calls = 0;
    const sum = (o: typeof owner) => (calls++, o.tables.reduce((s, x) => s + x, 0));
    expect(memoOn(owner, A, sum)).toBe(6);
    expect(memoOn(owner, A, sum)).toBe(6);
    expect(calls).toBe(1);
    expect(memoOn(owner, B, () => "other")).toBe("other");
    expect(memoOn(owner, A, sum)).toBe(6);
    expect(calls).toBe(1);
  });

  it("keeps objects apart, and a spread copy does not inherit the original's values", () => {
    const first = { tables: [1] };
    const second = { tables: [2] };
    const total = (o: { tables: number[] }) => o.tables[0];
    expect(memoOn(first, A, total)).toBe(1);
    expect(memoOn(second, A, total)).toBe(2);
    // A copy made after the first value was cached, then changed: its own value, not the original's.
    const copy = { ...first, tables: [5] };
    expect(memoOn(copy, A, total)).toBe(5);
    expect(memoOn(first, A, total)).toBe(1);
  });

  it("adds nothing visible: no own string key, nothing in JSON", () => {
    const owner = { id: "T01" };
    memoOn(owner, A, () => [1, 2]);
    expect(Object.keys(owner)).toEqual(["id"]);
    expect(JSON.stringify(owner)).toBe('{"id":"T01"}');
  });

  it("src/core keeps no WeakMap keyed by a disclosure or table (per-run caches use memoOn)", () => {
    const root = path.join(__dirname, "../../src/core");
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const p = path.join(dir, name);
        if (statSync(p).isDirectory()) walk(p);
        else if (p.endsWith(".ts")) files.push(p);
      }
    };
    walk(root);
    const weakMaps = files.flatMap((f) =>
      readFileSync(f, "utf8")
        .split("\n")
        .filter((line) => /new WeakMap\b/.test(line))
        .map((line) => `${path.relative(root, f)}: ${line.trim()}`),
    );
    // The one left maps single amounts to two numbers: nothing large is kept alive through it.
    expect(weakMaps).toEqual(["rounding.ts: const scaledCache = new WeakMap<Amount, Scaled | null>();"]);
  });
});
