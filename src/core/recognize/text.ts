/** Text normalization shared by recognition and the rules. */
import { toHalfWidth } from "../money";

/**
 * s.trim(), without the call when both ends are plainly not white space (printable ASCII, CJK
 * ideographs, full-width forms: nearly every cell): every cell's text is trimmed each time it is read.
 */
export function trimmed(s: string): string {
  const n = s.length;
  return n > 0 && isNeverTrimmed(s.charCodeAt(0)) && isNeverTrimmed(s.charCodeAt(n - 1)) ? s : s.trim();
}

/** Printable ASCII, CJK unified ideographs or full-width forms: none of them is white space to trim(). */
function isNeverTrimmed(c: number): boolean {
  return (c > 0x20 && c < 0x7f) || (c >= 0x4e00 && c <= 0x9fff) || (c >= 0xff01 && c <= 0xff5e);
}

/** Removes all white space (incl. full-width and non-breaking) and unifies punctuation width. */
const compactCache = new Map<string, string>();

/** Printable ASCII without spaces or quotes: already compact (codes, amounts, A1 text). */
function isAlreadyCompact(s: string): boolean {
  // A loop, not a regex: most texts are Chinese and fail at the first character.
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x21 || c > 0x7e || c === 0x22 || c === 0x27) return false;
  }
  return true;
}

export function compact(s: string): string {
  // Checked first so that unique strings (codes, numbers) neither miss nor crowd the cache.
  if (isAlreadyCompact(s)) return s;
  const hit = compactCache.get(s);
  if (hit !== undefined) return hit;
  const out = compactUncached(s);
  if (compactCache.size > 50_000) compactCache.clear(); // bounded: labels repeat, values rarely do
  compactCache.set(s, out);
  return out;
}

/** What `compact` drops: white space (incl. full-width and non-breaking) and quotes. */
const DROPPED = /[\s\u00a0\u3000“”"‘’']/g;
const DROPPED_ONE = new RegExp(DROPPED.source);

/**
 * True for the char code of a character `compact` drops; no one-character string is made for printable
 * ASCII, CJK or full-width forms.
 */
export function isDroppedCode(c: number): boolean {
  if (c === 0x22 || c === 0x27) return true; // " and '
  return !isNeverTrimmed(c) && DROPPED_ONE.test(String.fromCharCode(c));
}

function compactUncached(s: string): string {
  return toHalfWidth(s).replace(DROPPED, "").replace(/[（]/g, "(").replace(/[）]/g, ")").replace(/[：]/g, ":");
}

/** The characters of `chars` by char code (text[i] would make a string of each CJK character). */
export function charCodeSet(chars: string): Set<number> {
  return new Set([...chars].map((c) => c.charCodeAt(0)));
}

const ORDINAL = /^(?:[一二三四五六七八九十百]+[、.．]|\(?[一二三四五六七八九十]+\)|\d+[、.．](?!\d)|[①②③④⑤⑥⑦⑧⑨⑩]|\(\d+\))/;

const labelKeyCache = new Map<string, string>();

/** A row label as matched: compacted, ordinal prefix ("一、", "1.", "（一）", "①") removed. */
export function labelKey(s: string): string {
  // Labels repeat (every table has 合计, every workbook the same subject names) and are keyed several times each.
  let t = labelKeyCache.get(s);
  if (t !== undefined) return t;
  t = compact(s);
  for (let i = 0; i < 2 && ORDINAL.test(t); i++) t = t.replace(ORDINAL, "");
  if (labelKeyCache.size > 50_000) labelKeyCache.clear(); // bounded, like compact's
  labelKeyCache.set(s, t);
  return t;
}

const FILLER = /^[\s“”"‘’'.…·。\-—_．－]*[.…·。\-—_．－][\s“”"‘’'.…·。\-—_．－]*$/;

/**
 * True for "…", "...", "——" filler rows: filler marks (half- or full-width) and nothing else but
 * the spaces and quotes `compact` would drop. Tested on the raw text: rows are unique strings, not
 * worth compacting and caching.
 */
export function isFiller(s: string): boolean {
  return FILLER.test(s);
}

/** A filler row can only start with one of these (most rows start with a code or a name). */
const FILLER_START = /^[\s“”"‘’'.…·。\-—_．－]/;

/** True for a row of filler cells ("…" | "…" | "…"): tested on the row's joined text. */
export function isFillerRow(cells: readonly { text: string }[]): boolean {
  if (!cells.length || !FILLER_START.test(cells[0].text)) return false;
  return isFiller(cells.length === 1 ? cells[0].text : cells.map((c) => c.text).join(""));
}

const TOTAL_LABEL = /^(合计|总计|部门合计|单位合计|合 计|总 计)$/;

/** A 合计/总计 label (TOTAL_LABEL) of a compacted text; most labels are ruled out by their last character. */
export function isTotalLabel(compacted: string): boolean {
  return compacted.endsWith("计") && TOTAL_LABEL.test(compacted);
}

/**
 * Every match of a g-flag regex, as `text.matchAll(re)` gives them, without the copy of the regex
 * that matchAll makes on every call (twice the cost on a narrative paragraph; paragraphs are many).
 */
export function matchesOf(re: RegExp, text: string): RegExpExecArray[] {
  if (!re.global) throw new Error(`matchesOf 需要带 g 标志的正则表达式：${re.source}`);
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push(m);
    if (m[0] === "") re.lastIndex++; // an empty match would be found again forever
  }
  return out;
}
