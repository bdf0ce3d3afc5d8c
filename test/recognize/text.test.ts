/** Text normalization used by recognition: the filler-row test on raw text agrees with its definition. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compact, isDroppedCode, isFiller, labelKey, matchesOf, trimmed } from "../../src/core/recognize/text";

/** Random strings of up to `maxLength` characters drawn from `chars`. */
const stringsOf = (chars: string, maxLength: number) => fc.array(fc.constantFrom(...chars.split("")), { maxLength }).map((a) => a.join(""));

/** The definition: after compacting (spaces, quotes, width), only filler marks remain. */
const fillerByDefinition = (s: string) => /^[.…·。\-—_]+$/.test(compact(s));

describe("isFiller", () => {
  it("real filler rows and real labels", () => {
    for (const s of ["…", "……", "...", "——", " … ", "．．．", "－－", "“…”", "\u3000……\u3000"]) expect(isFiller(s), s).toBe(true);
    for (const s of ["", " ", "合计", "1.", "…合计", "201", "“”", "-1"]) expect(isFiller(s), s).toBe(false);
  });
  it("agrees with the compact-based definition on random strings of the relevant characters", () => {
    fc.assert(
      fc.property(stringsOf("….·。-—_．－ \u3000\u00a0“”\"‘’'a合1（）", 8), (s) => {
        expect(isFiller(s)).toBe(fillerByDefinition(s));
      }),
      { numRuns: 5000 },
    );
  });
});

describe("compact", () => {
  it("equals its definition (spaces and quotes dropped, full-width and Chinese punctuation unified) on random strings", () => {
    const definition = (s: string) =>
      s.replace(/[\uFF10-\uFF19\uFF0E\uFF0C\uFF0D\uFF08\uFF09\uFF05]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
        .replace(/[\s\u00a0\u3000]/g, "").replace(/（/g, "(").replace(/）/g, ")").replace(/：/g, ":").replace(/[“”"]/g, "").replace(/[‘’']/g, "");
    fc.assert(
      fc.property(stringsOf("201 0301\u3000\u00a0（）：“”\"‘’'１２．，－％合计a-Z.~!", 10), (s) => {
        expect(compact(s)).toBe(definition(s));
      }),
      { numRuns: 5000 },
    );
  });
});

describe("trimmed", () => {
  it("is String.prototype.trim on random strings of every kind of white space and of ends that skip the call", () => {
    // Every white space trim() removes, next to characters at the edges of the ranges trimmed() leaves alone.
    const chars = "\t\n\v\f\r \u00a0\u1680\u2000\u200a\u2028\u2029\u202f\u205f\u3000\ufeff!~\u007f\u4e00\u9fff\u4dff\ua000\uff01\uff5e\uff00\uff5f合1a（）";
    fc.assert(
      fc.property(stringsOf(chars, 6), (s) => {
        expect(trimmed(s)).toBe(s.trim());
      }),
      { numRuns: 5000 },
    );
  });
});

describe("isDroppedCode", () => {
  it("is true exactly for the white space and quotes compact drops, on every UTF-16 code unit", () => {
    const dropped = /[\s\u00a0\u3000“”"‘’']/;
    let count = 0;
    for (let c = 0; c <= 0xffff; c++) {
      const expected = dropped.test(String.fromCharCode(c));
      if (isDroppedCode(c) !== expected) throw new Error(`U+${c.toString(16)}: ${!expected}`);
      if (expected) count++;
    }
    expect(count).toBeGreaterThan(25); // the white space of \s, the full-width space and six quotes
  });
});

describe("labelKey", () => {
  it("drops spaces and one or two ordinal prefixes", () => {
    expect(labelKey("一、 一般公共服务支出")).toBe("一般公共服务支出");
    expect(labelKey("（一）1.工资福利支出")).toBe("工资福利支出");
    expect(labelKey("合 计")).toBe("合计");
  });
});

describe("matchesOf", () => {
  const plain = (re: RegExp, text: string) => [...text.matchAll(re)].map((m) => ({ index: m.index, groups: [...m] }));
  const ours = (re: RegExp, text: string) => matchesOf(re, text).map((m) => ({ index: m.index, groups: [...m] }));

  it("gives what matchAll gives, every time (a shared regex starts over on each call)", () => {
    const amount = /(\d+)(?:\.(\d+))?\s*(万元|元)/g;
    fc.assert(
      fc.property(stringsOf("12.5 万元元，年x", 30), (text) => {
        expect(ours(amount, text)).toEqual(plain(amount, text));
        expect(ours(amount, text)).toEqual(plain(amount, text));
      }),
      { numRuns: 500 },
    );
  });

  it("steps over empty matches as matchAll does", () => {
    expect(ours(/x*/g, "axxb")).toEqual(plain(/x*/g, "axxb"));
    expect(ours(/(?=年)/g, "2024年2025年")).toEqual(plain(/(?=年)/g, "2024年2025年"));
  });

  it("refuses a regex without the g flag", () => {
    expect(() => matchesOf(/年/, "2024年")).toThrow(/g 标志/);
  });
});
