/** The worker pool keeps going when a file runs past its time limit, and keeps input order. */
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadBundledCatalog } from "../../src/core/catalog/catalog";
import { validateBatch } from "../../src/cli/batch/pool";
import { ROOT } from "./support";

const files = ["samples/putuo-finance-2025.xlsx", "samples/broken/truncated.xlsx", "samples/yangcheng-xinfang-2024-corrected.xlsx"].map((f) => path.join(ROOT, f));

describe("validateBatch", () => {
  it("worker mode: every file answered in input order, progress called once per file, per-worker heap recorded", async () => {
    const seen: number[] = [];
    const r = await validateBatch(files, { catalog: loadBundledCatalog() }, {}, { jobs: 2, onFile: (_r, done) => seen.push(done) });
    expect(r.reports.map((w) => w.file)).toEqual(files);
    expect(r.reports[1].error?.message).toContain("被截断");
    expect(r.reports[0].tables.length).toBeGreaterThan(8);
    expect(seen).toEqual([1, 2, 3]);
    expect(r.workers).toBe(2);
    expect(r.peakHeapBytes.every((b) => b > 0)).toBe(true);
  }, 120_000);

  it("a file past the time limit gets an error report and the batch still finishes", async () => {
    const r = await validateBatch(files, { catalog: loadBundledCatalog() }, {}, { jobs: 2, timeoutMs: 1 });
    expect(r.reports).toHaveLength(3);
    for (const w of r.reports) {
      expect(w.error?.message).toMatch(/：校验超过 0 秒仍未完成，已中止/);
    }
  }, 120_000);
});
