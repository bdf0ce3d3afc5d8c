/**
 * Recognition gives every table, every money cell and every blank amount one set of fields in one
 * order, whatever the layout (model.ts recognizedTable, cells.ts): the rules' optimized code then
 * meets one object shape per kind, and a batch is not re-optimized each time a new layout arrives.
 * Checked on all the bundled workbooks, read by the real reader.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readGrids } from "../../src/hosts/xlsx/read";
import { recognize } from "../../src/core/recognize";
import type { Disclosure, MoneyCell } from "../../src/core/model";
import { isZeroAmount, ScaledAmount } from "../../src/core/money";
import { sampleFiles } from "../../bench/samples";

const SAMPLES = path.join(__dirname, "../../samples");

async function recognizeAll(): Promise<{ file: string; d: Disclosure }[]> {
  const out: { file: string; d: Disclosure }[] = [];
  for (const file of sampleFiles(SAMPLES)) out.push({ file: path.basename(file), d: recognize(await readGrids(new Uint8Array(readFileSync(file)))) });
  return out;
}

let read: ReturnType<typeof recognizeAll> | undefined;
/** The bundled samples, read and recognized once for all the tests here. */
const recognizedSamples = () => (read ??= recognizeAll());

describe("one object shape per kind across layouts", () => {
  it("tables of every kind (statistical, PERF, NARR, T10 serving as T11) have the same fields in the same order", async () => {
    const samples = await recognizedSamples();
    const kinds = new Set<string>();
    const keyOrders = new Set<string>();
    for (const { d } of samples) {
      for (const t of d.tables) {
        kinds.add(t.id === "PERF" || t.id === "NARR" ? t.id : "statistical");
        keyOrders.add(Object.keys(t).join(","));
      }
    }
    expect([...kinds].sort()).toEqual(["NARR", "PERF", "statistical"]);
    expect([...keyOrders]).toHaveLength(1);
    expect([...keyOrders][0].split(",")).toEqual([
      "id", "title", "titleRef", "sheet", "range", "moneyUnit", "unitName", "year", "columns", "incomeColumns",
      "rows", "empty", "note", "perf", "paragraphs", "confidence", "evidence",
    ]);
  });

  it("money cells have the same fields in the same order, blank, numeric, text or unreadable", async () => {
    const samples = await recognizedSamples();
    const cells: MoneyCell[] = samples.flatMap(({ d }) => d.tables.flatMap((t) => t.rows.flatMap((r) => Object.values(r.amounts) as MoneyCell[])));
    expect(cells.some((c) => c.blank)).toBe(true);
    expect(cells.some((c) => c.unreadable)).toBe(true); // formulas-uncached.xlsx
    expect(new Set(cells.map((c) => Object.keys(c).join(",")))).toEqual(new Set(["amount,ref,blank,text,unreadable"]));
  });

  it("a blank cell is an exact zero of the same class as a number's amount", async () => {
    const samples = await recognizedSamples();
    const blanks = samples.flatMap(({ d }) => d.tables.flatMap((t) => t.rows.flatMap((r) => (Object.values(r.amounts) as MoneyCell[]).filter((c) => c.blank))));
    expect(blanks.length).toBeGreaterThan(0);
    for (const { amount } of blanks) {
      expect(amount).toBeInstanceOf(ScaledAmount);
      expect(amount.decimals).toBeNull();
      expect(isZeroAmount(amount)).toBe(true);
      expect(amount.value.isZero()).toBe(true);
    }
  });
});

describe("ScaledAmount without decimals", () => {
  it("is the exact integer it counts", () => {
    expect(new ScaledAmount(0, null, "万元").value.toString()).toBe("0");
    expect(new ScaledAmount(1234, null, "元").value.toString()).toBe("1234");
    expect(new ScaledAmount(1234, 2, "元").value.toString()).toBe("12.34");
  });
});
