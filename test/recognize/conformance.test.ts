/**
 * Every bundled sample — the seed, the corrected seed, the Shanghai workbook, the messy variants (moved
 * columns, codes as numbers, text numbers, one sheet, generic sheet names, formulas…) and the planted
 * defects — validated by the real reader and engine, compared with what samples/manifest.ts says a
 * reviewer must (and must not) be told. The manifest's expectations were written by hand from the seed.
 */
import path from "node:path";
import { describe, expect, it } from "vitest";
import { SAMPLES } from "../../samples/manifest";
import { anchorsOf } from "../../samples/lib/anchors";
import { conformance } from "../../samples/lib/conformance";
import { validateFile } from "../../src/cli/validate";

const ROOT = path.join(__dirname, "../..");

describe("validation of every sample conforms to its manifest", () => {
  for (const sample of SAMPLES) {
    it(sample.id, async () => {
      const report = await validateFile(path.join(ROOT, sample.file), {});
      const c = conformance(sample, report, sample.sheets ? anchorsOf(sample.sheets()) : {});
      const show = (f: { rule: string; sheet: string; cell: string; message: string }) => `${f.rule} ${f.sheet}!${f.cell} ${f.message}`;
      expect({ problems: c.problems, missed: c.missed.map((m) => m.about), unexpected: c.unexpected.map(show), falseErrors: c.falseErrors.map(show) }).toEqual({
        problems: [],
        missed: [],
        unexpected: [],
        falseErrors: [],
      });
    });
  }
});
