/** Text normalization used by recognition: the filler-row test on raw text agrees with its definition. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compact, isFiller, labelKey } from "../../src/core/recognize/text";

/** The definition: after compacting (spaces, quotes, width), only filler marks remain. */
const fillerByDefinition = (s: string) => /^[.…·。\-—_]+$/.test(compact(s));

describe("isFiller", () => {
  it("real filler rows and real labels", () => {
    for (const s of ["…", "……", "...", "——", " … ", "．．．", "－－", "“…”", "\u3000……\u3000"]) expect(isFiller(s), s).toBe(true);
    for (const s of ["", " ", "合计", "1.", "…合计", "201", "“”", "-1"]) expect(isFiller(s), s).toBe(false);
  });
  it("agrees with the compact-based definition on random strings of the relevant characters", () => {
    const ch = fc.constantFrom(..."….·。-—_．－ \u3000\u00a0“”\"‘’'a合1（）".split(""));
    fc.assert(
      fc.property(fc.array(ch, { maxLength: 8 }).map((a) => a.join("")), (s) => {
        expect(isFiller(s)).toBe(fillerByDefinition(s));
      }),
      { numRuns: 5000 },
    );
  });
});

describe("labelKey", () => {
  it("drops spaces and one or two ordinal prefixes", () => {
    expect(labelKey("一、 一般公共服务支出")).toBe("一般公共服务支出");
    expect(labelKey("（一）1.工资福利支出")).toBe("工资福利支出");
    expect(labelKey("合 计")).toBe("合计");
  });
});
