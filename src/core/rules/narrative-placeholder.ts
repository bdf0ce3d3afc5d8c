/** domain §4.21: placeholders left in the narrative ("XX", "x,xxx", "主要原因是。", "……", "【请填写"), and years other than Y and Y−1. */
import type { Rule } from "../rule";
import { narrativeParagraphs } from "../narrative/analyze";
import { normalizeDigits } from "../narrative/claims";
import { matchesOf } from "../recognize/text";

const PLACEHOLDERS: RegExp[] = [
  /(?<![A-Za-z])[XxＸｘ×]{2,}(?![A-Za-z])/,
  /(?<![A-Za-z])[Xxｘ],?[Xxｘ]{3}(?![A-Za-z])/,
  /(原因是|原因为|原因：|原因:|主要包括|主要用于|具体包括)[：:]?\s*[。；;，,]/,
  /……|\.{3,}|。。/,
  /【[^】]{0,6}(请填写|待填|待补充|请补充|填写)/,
  /(?<![A-Za-z])(请填写|待补充|待填写)/,
];

/** A year written in the text, not inside a document number ("〔2021〕7号", "2021年3号"). */
const YEAR = /(?<![\d〔\[【(（﹝])((?:19|20)\d{2})\s*年(?!\d*号)/g;

/** Matches wherever one of PLACEHOLDERS does: one scan rules out a clean paragraph. */
const ANY_PLACEHOLDER = new RegExp(PLACEHOLDERS.map((re) => `(?:${re.source})`).join("|"));

export const rule: Rule = {
  meta: {
    id: "narrative.placeholder",
    category: "narrative",
    defaultSeverity: "error",
    description: "情况说明中不应残留模板占位符，年份应为预算年度或上一年度",
    messages: {
      placeholder: "情况说明中残留占位内容“{text}”，请填写实际内容",
      year: "情况说明出现 {found}年，本预算年度为 {year}年（上年为 {prior}年），请核实年份",
    },
  },
  check(d, ctx) {
    for (const cell of narrativeParagraphs(d)) {
      const text = normalizeDigits(cell.text);
      for (const re of ANY_PLACEHOLDER.test(text) ? PLACEHOLDERS : []) {
        const m = re.exec(text);
        if (m) {
          const from = Math.max(0, m.index - 6);
          ctx.report({ at: cell.ref, table: "NARR", messageId: "placeholder", data: { text: cell.text.slice(from, m.index + m[0].length) } });
          break;
        }
      }
      if (d.year === undefined || !text.includes("年")) continue;
      const seen = new Set<number>();
      for (const m of matchesOf(YEAR, text)) {
        const y = Number(m[1]);
        if (y === d.year || y === d.year - 1 || seen.has(y)) continue;
        // A document number "〔2021〕7号" or a dated policy "2021年…号文" is not a budget year.
        if (/号|文件|办法|规定|条例|通知|意见/.test(text.slice(m.index!, m.index! + 20)) && y < d.year - 1) continue;
        seen.add(y);
        ctx.report({ at: cell.ref, table: "NARR", messageId: "year", severity: "warning", data: { found: y, year: d.year, prior: d.year - 1 } });
      }
    }
  },
};
