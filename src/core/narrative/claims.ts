/**
 * Claims in a narrative paragraph: amounts with units, shares "占X%", year-on-year changes, in the
 * order written. Offsets refer to the paragraph text (normalization keeps every offset).
 */
import Decimal from "decimal.js";
import { type Amount, type MoneyUnit, SAFE_UNITS, ScaledAmount } from "../money";
import { charCodeSet, matchesOf } from "../recognize/text";

export interface Span {
  start: number;
  end: number;
}

export interface AmountClaim extends Span {
  kind: "amount";
  /** The amount as written ("3,121.42万元"). */
  raw: string;
  amount: Amount;
  /** Words before the amount inside its clause ("一般公共预算当年支出"). */
  subject: string;
  /** Index of the sentence inside the paragraph. */
  sentence: number;
  /** A threshold ("50万元以上"), not a stated value. */
  threshold: boolean;
  /** The subject names the prior year ("2023年为", "上年"). */
  priorYear: boolean;
}

export interface ShareClaim extends Span {
  kind: "share";
  raw: string;
  percent: Decimal;
  decimals: number;
  /** Words between 占 and the number ("部门（单位）项目支出总额的"), empty when the parent is implicit. */
  parentText: string;
  sentence: number;
}

export interface ChangeClaim extends Span {
  kind: "change";
  raw: string;
  /** +1 for 增加/增长/上升, −1 for 减少/下降/降低, 0 for 持平. */
  sign: 1 | -1 | 0;
  verb: string;
  amount?: Amount;
  /** Percent change ("增长11.76%"). */
  percent?: { value: Decimal; decimals: number };
  /** The comparison base as written ("上年", "2023年"). */
  base: string;
  sentence: number;
}

export type Claim = AmountClaim | ShareClaim | ChangeClaim;

export interface ParsedParagraph {
  text: string;
  /** Sentences by their spans. */
  sentences: Span[];
  amounts: AmountClaim[];
  shares: ShareClaim[];
  changes: ChangeClaim[];
}

/** Full-width digits, point, percent and plus/minus → ASCII; same length, so offsets are kept. */
export function normalizeDigits(s: string): string {
  return FULL_WIDTH_DIGIT.test(s) ? s.replace(FULL_WIDTH_DIGITS, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0)) : s;
}

// Tested first: most paragraphs have none, and a test that fails costs less than a replace that finds nothing.
const FULL_WIDTH_DIGIT = /[\uFF10-\uFF19\uFF0E\uFF05]/;
const FULL_WIDTH_DIGITS = /[\uFF10-\uFF19\uFF0E\uFF05]/g;

const NUM = String.raw`(?<![\d.])(\d{1,3}(?:[,，]\d{3})+|\d+)(?:\.(\d+))?`;
const AMOUNT_RE = new RegExp(`${NUM}\\s*(亿元|万元|元)`, "g");
const PERCENT_RE = /(?<![\d.])(\d+)(?:\.(\d+))?\s*%/g;
const SHARE_RE = /占(比)?([^，。；;,%\d]{0,30}?)(?:的|为)?(?<![\d.])(\d+)(?:\.(\d+))?\s*%/g;
const CHANGE_RE = new RegExp(
  String.raw`(比上年度?|较上年度?|比上一年|同比|与上年(?:度)?(?:相比)?|比(\d{4})年(?:度)?(?:预算|预算数)?|较(\d{4})年(?:度)?(?:预算)?|与(\d{4})年(?:度)?(?:预算)?(?:相比)?)` +
    String.raw`([^，。；;,\d]{0,12}?)(增加|减少|增长|下降|上升|降低|减|增|持平)(?:了)?\s*(?:${NUM}\s*(亿元|万元|元|%))?`,
  "g",
);
/** "增加比例为11.76%", "增幅为X%", "下降X%" after a change in the same sentence. */
const RATE_RE = /(增加|减少|增长|下降|上升|降低)(?:比例|比率|幅度|率)?(?:为|了)?\s*(?<![\d.])(\d+)(?:\.(\d+))?\s*%|(增幅|降幅|增长率|下降率)(?:为|是)?\s*(\d+)(?:\.(\d+))?\s*%/g;

/** Every CHANGE_RE match starts with one of these. */
const HAS_CHANGE_WORD = /比|较|同比|与/;

/** Characters that end a clause. */
const CLAUSE_BREAKS = charCodeSet("，,；;：:、。！？!?（）()\n\r“”\"");
const SENTENCE_BREAK = /[。！？!?\n\r]/g;

export function toAmount(intPart: string, frac: string | undefined, unit: string): Amount {
  const int = intPart.length > 3 ? intPart.replace(/[,，]/g, "") : intPart;
  const decimals = frac?.length ?? 0;
  const digits = int + (frac !== undefined ? "." + frac : "");
  if (unit === "亿元") return { value: new Decimal(digits).times(10000), decimals: decimals - 4, unit: "万元" };
  // As an integer count of 10^-decimals (the rounding rule decides on it; the Decimal is made when read).
  const units = Number(int + (frac ?? ""));
  if (decimals <= 6 && units < SAFE_UNITS) return new ScaledAmount(units, decimals, unit as MoneyUnit);
  return { value: new Decimal(digits), decimals, unit: unit as MoneyUnit };
}

function signOf(verb: string): 1 | -1 | 0 {
  if (/减|下降|降低/.test(verb)) return -1;
  if (verb === "持平") return 0;
  return 1;
}

/** Sentences split at 。！？ and line breaks. */
export function sentencesOf(text: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  SENTENCE_BREAK.lastIndex = 0;
  for (let m = SENTENCE_BREAK.exec(text); m; m = SENTENCE_BREAK.exec(text)) {
    if (m.index > start) out.push({ start, end: m.index });
    start = m.index + 1;
  }
  if (text.length > start) out.push({ start, end: text.length });
  return out;
}

function sentenceIndex(sentences: Span[], pos: number): number {
  const i = sentences.findIndex((s) => pos >= s.start && pos < s.end);
  return i < 0 ? sentences.length - 1 : i;
}

/** Text before `pos` back to the nearest clause break or `floor`. */
function subjectBefore(text: string, pos: number, floor: number): string {
  let i = pos;
  while (i > floor && !CLAUSE_BREAKS.has(text.charCodeAt(i - 1))) i--;
  // Quoted names ("“一般公共服务支出（类）…（项）”887.36万元") keep their brackets and quotes.
  if (i > floor && /[”"）)]/.test(text[i - 1]) && i === pos) {
    const open = text.lastIndexOf("“", pos);
    const lo = Math.max(floor, open >= 0 ? open : floor);
    return text.slice(lo, pos);
  }
  return text.slice(i, pos);
}

export function parseParagraph(original: string, year?: number): ParsedParagraph {
  const text = normalizeDigits(original);
  const sentences = sentencesOf(text);
  const changes: ChangeClaim[] = [];
  // Each pattern needs a character most paragraphs lack: test for it before scanning with the regex.
  const hasAmount = text.includes("元");
  const hasPercent = text.includes("%");
  for (const m of HAS_CHANGE_WORD.test(text) ? matchesOf(CHANGE_RE, text) : []) {
    const start = m.index!;
    const verb = m[6];
    const claim: ChangeClaim = {
      kind: "change",
      raw: m[0],
      start,
      end: start + m[0].length,
      sign: signOf(verb),
      verb,
      base: m[1],
      sentence: sentenceIndex(sentences, start),
    };
    if (m[7] !== undefined) {
      if (m[9] === "%") claim.percent = { value: new Decimal(m[7].replace(/[,，]/g, "") + (m[8] !== undefined ? "." + m[8] : "")), decimals: m[8]?.length ?? 0 };
      else claim.amount = toAmount(m[7], m[8], m[9]);
    }
    changes.push(claim);
  }
  // A rate stated after a change amount in the same sentence ("增加6840元,增加比例为11.76%").
  for (const m of hasPercent && changes.length ? matchesOf(RATE_RE, text) : []) {
    const start = m.index!;
    if (changes.some((c) => start >= c.start && start < c.end)) continue;
    const s = sentenceIndex(sentences, start);
    const prev = [...changes].reverse().find((c) => c.sentence === s && c.end <= start && !c.percent);
    if (!prev) continue;
    const int = m[2] ?? m[5];
    const frac = m[2] !== undefined ? m[3] : m[6];
    prev.percent = { value: new Decimal(int + (frac !== undefined ? "." + frac : "")), decimals: frac?.length ?? 0 };
    prev.end = Math.max(prev.end, start + m[0].length);
  }
  const insideChange = (pos: number) => changes.some((c) => pos >= c.start && pos < c.end);

  const amounts: AmountClaim[] = [];
  for (const m of hasAmount ? matchesOf(AMOUNT_RE, text) : []) {
    const start = m.index!;
    if (insideChange(start)) continue;
    const end = start + m[0].length;
    const s = sentenceIndex(sentences, start);
    const floor = Math.max(sentences[s]?.start ?? 0, amounts.length ? amounts[amounts.length - 1].end : 0);
    const subject = subjectBefore(text, start, floor).trim();
    const after = text.slice(end, end + 8);
    amounts.push({
      kind: "amount",
      raw: original.slice(start, end),
      amount: toAmount(m[1], m[2], m[3]),
      start,
      end,
      subject,
      sentence: s,
      threshold: /^(（[^）]*）)?(以上|以下|以内|及以上|及以下)/.test(after),
      priorYear: isPriorSubject(subject, year),
    });
  }

  const shares: ShareClaim[] = [];
  for (const m of hasPercent && text.includes("占") ? matchesOf(SHARE_RE, text) : []) {
    const start = m.index!;
    shares.push({
      kind: "share",
      raw: original.slice(start, start + m[0].length),
      start,
      end: start + m[0].length,
      percent: new Decimal(m[3] + (m[4] !== undefined ? "." + m[4] : "")),
      decimals: m[4]?.length ?? 0,
      parentText: (m[2] ?? "").replace(/的$/, "").trim(),
      sentence: sentenceIndex(sentences, start),
    });
  }
  void PERCENT_RE;
  return { text, sentences, amounts, shares, changes };
}

/** A subject about the prior year: "2023年为", "上年预算", but not "上年结转". */
export function isPriorSubject(subject: string, year?: number): boolean {
  if (year !== undefined && subject.includes(`${year - 1}年`) && !subject.includes(`${year}年`)) return true;
  return /上年(?!结转|财政拨款结转)|上一年/.test(subject);
}
