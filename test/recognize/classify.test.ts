import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { classifyTitle, isNarrativeHeading, mayBeHeading } from "../../src/core/recognize/classify";
import { compact } from "../../src/core/recognize/text";

/** Raw cell texts built from pieces of real titles, headings, spaces, quotes and brackets of both widths. */
const pieces = ["2024年", "部门", "收支", "预算", "总表", "表", "三公", "经费", "支出", "情况说明", "编制说明", "说明", "明",
  "（", "）", "(", ")", "表一", " ", "\u3000", "\u00a0", "\n", "“", "”", '"', "'", "‘", "’", "1", "…", "..."];
const rawTexts = fc.array(fc.constantFrom(...pieces), { maxLength: 8 }).map((a) => a.join(""));

describe("mayBeHeading", () => {
  it("never rules out a text that compacts to a title or a narrative heading", () => {
    fc.assert(
      fc.property(rawTexts, (raw) => {
        const t = compact(raw);
        if (classifyTitle(t) || isNarrativeHeading(t)) expect(mayBeHeading(raw)).toBe(true);
      }),
      { numRuns: 5000 },
    );
  });

  it("reads the last character as compact leaves it", () => {
    expect(mayBeHeading("2024年部门收支总表")).toBe(true);
    expect(mayBeHeading("“三公”经费支出预算表（表十）\u3000 ")).toBe(true);
    expect(mayBeHeading("第三部分 2024年部门预算情况说明”")).toBe(true);
    expect(mayBeHeading("预算公开表1")).toBe(false);
    expect(mayBeHeading("263.64")).toBe(false);
    expect(mayBeHeading(" \u3000“”")).toBe(false);
    expect(mayBeHeading("")).toBe(false);
  });
});
