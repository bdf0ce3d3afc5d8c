/**
 * The manifest's expectations are usable: every anchor they name exists in the built workbook, the
 * text an expected finding quotes is in the cell it names, each defect variant differs from its
 * base in a few cells only, and the broken files do not read.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { fromA1 } from "../../src/core/grid";
import { readGrids, WorkbookReadError } from "../../src/hosts/xlsx/read";
import { SAMPLES } from "../../samples/manifest";
import { loadSample, ROOT } from "./load";

const readable = SAMPLES.filter((s) => s.sheets);

describe("sample expectations", () => {
  it.each(readable.map((s) => [s.id, s] as const))("%s: named cells exist and quote what they say", async (id, sample) => {
    const s = await loadSample(id);
    const e = sample.expect;
    for (const t of e.tables.filter((t) => /^T\d\d$/.test(t))) expect(s.anchors[`${t}/title`], `${t}/title`).toBeDefined();
    for (const t of e.missingTables ?? []) expect(s.anchors[`${t}/title`]).toBeUndefined();
    for (const f of [...e.findings, ...(e.optional ?? [])]) {
      for (const a of f.at) expect(s.anchors[a], `${id}: ${a}`).toBeDefined();
    }
    for (const n of e.notErrors) expect(s.anchors[n.at], `${id}: ${n.at}`).toBeDefined();
    for (const f of e.findings.filter((x) => x.actual)) {
      const texts = f.at.map((a) => s.at(a).text);
      expect(texts.some((t) => t.includes(f.actual!)), `${id}: «${f.actual}» in ${f.at.join(", ")}`).toBe(true);
    }
    expect(e.clean).toBe(e.findings.length === 0 && !e.readError);
  });

  it.each(SAMPLES.filter((s) => s.kind === "defect").map((s) => [s.id, s] as const))(
    "%s differs from its base in a few cells, one of them named by the finding",
    async (id, sample) => {
      const [d, base] = await Promise.all([loadSample(id), loadSample(sample.base!)]);
      if (sample.expect.missingTables?.length) {
        expect(base.grids.length - d.grids.length).toBe(sample.expect.missingTables.length);
        return;
      }
      const changed: string[] = [];
      for (const g of d.grids) {
        const b = base.grid(g.sheet);
        const rows = Math.max(g.text.length, b.text.length);
        for (let r = 0; r < rows; r++) {
          const cols = Math.max(g.text[r]?.length ?? 0, b.text[r]?.length ?? 0);
          for (let c = 0; c < cols; c++) if ((g.text[r]?.[c] ?? "") !== (b.text[r]?.[c] ?? "")) changed.push(`${g.sheet}!${r},${c}`);
        }
      }
      expect(changed.length).toBeGreaterThan(0);
      expect(changed.length).toBeLessThanOrEqual(12);
      const named = sample.expect.findings.flatMap((f) => f.at).map((a) => {
        const ref = d.at(a);
        const { row, col } = fromA1(ref.cell);
        return `${ref.sheet}!${row},${col}`;
      });
      // A note that was removed leaves nothing to point at: the finding names the table instead.
      const absence = sample.expect.findings.every((f) => f.category === "completeness" && !f.actual);
      expect(absence || changed.some((c) => named.includes(c)), `${id}: changed ${changed.join(" ")}`).toBe(true);
    },
  );

  it.each(SAMPLES.filter((s) => s.kind === "broken").map((s) => [s.file] as const))("%s cannot be read", async (file) => {
    await expect(readGrids(new Uint8Array(readFileSync(join(ROOT, file))))).rejects.toBeInstanceOf(WorkbookReadError);
  });
});
