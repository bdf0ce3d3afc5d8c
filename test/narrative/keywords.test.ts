import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { keywordsForTest } from "../../src/core/narrative/resolve";

describe("narrative keywords", () => {
  it("every text a keyword's pattern matches contains the keyword's word (the pre-test before the scan)", () => {
    for (const [pattern, , word] of keywordsForTest) {
      fc.assert(
        fc.property(fc.stringMatching(pattern), (text) => {
          const m = pattern.exec(text);
          expect(m, `${pattern.source} on ${text}`).not.toBeNull();
          expect(m![0]).toContain(word);
        }),
        { numRuns: 300 },
      );
    }
  });
});
