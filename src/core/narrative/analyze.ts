/**
 * Reads every narrative paragraph of a Disclosure once: claims, and for each amount the table
 * values it may state and how it compares. Rules in src/core/rules/narrative-*.ts report from this.
 */
import type { Amount } from "../money";
import { convert, formatDecimal, isNegativeAmount } from "../money";
import type { Disclosure, TextCell } from "../model";
import { memoOn } from "../collections";
import { checkEqual, checkTruncatedEqual, type Consistency } from "../rounding";
import { type AmountClaim, type ParsedParagraph, parseParagraph } from "./claims";
import { type Candidate, resolveSubject } from "./resolve";

export interface AmountCheck {
  claim: AmountClaim;
  phrase?: string;
  /** Candidates found; empty when the subject named nothing in the tables. */
  candidates: Candidate[];
  /** The candidate that agrees, if any. */
  match?: Candidate;
  status: Consistency | "unresolved";
}

export interface ParagraphAnalysis {
  cell: TextCell;
  parsed: ParsedParagraph;
  amounts: AmountCheck[];
}

const ANALYSIS = Symbol("narrative analysis");
const PARAGRAPHS = Symbol("narrative paragraphs");
const UNSPACED = Symbol("unspaced paragraphs");

/** The paragraphs with all white space removed (as the pattern rules read them), made once per disclosure. */
export function unspacedParagraphs(d: Disclosure): { cell: TextCell; text: string }[] {
  return memoOn(d, UNSPACED, () => {
    const out: { cell: TextCell; text: string }[] = [];
    for (const cell of narrativeParagraphs(d)) out.push({ cell, text: cell.text.replace(/\s+/g, "") });
    return out;
  });
}

/** Every narrative paragraph in reading order (gathered once per disclosure: most rules read them). */
export function narrativeParagraphs(d: Disclosure): TextCell[] {
  return memoOn(d, PARAGRAPHS, () => {
    const out: TextCell[] = [];
    for (const t of d.tables) if (t.id === "NARR" && t.paragraphs) out.push(...t.paragraphs);
    return out;
  });
}

export function analyzeNarrative(d: Disclosure): ParagraphAnalysis[] {
  return memoOn(d, ANALYSIS, analyze);
}

function analyze(d: Disclosure): ParagraphAnalysis[] {
  return narrativeParagraphs(d).map((cell) => {
    const parsed = parseParagraph(cell.text, d.year);
    const amounts = parsed.amounts
      .filter((c) => !c.threshold && !c.priorYear)
      .map((claim): AmountCheck => {
        const r = resolveSubject(d, claim.subject);
        if (!r || !r.candidates.length) return { claim, phrase: r?.phrase, candidates: [], status: "unresolved" };
        let worst: Consistency = "mismatch";
        let match: Candidate | undefined;
        for (const c of r.candidates) {
          const st = agreement(claim.amount, c.cell.amount);
          if (st === "exact" || (st === "rounding" && worst === "mismatch")) {
            worst = st;
            match = c;
          }
        }
        return { claim, phrase: r.phrase, candidates: r.candidates, match, status: worst };
      });
    return { cell, parsed, amounts };
  });
}

/**
 * Text vs table: equal within both roundings; a text that truncates instead of rounding
 * ("87.70万元" for 877,080元) is also accepted (real documents do), as a rounding difference.
 */
export function agreement(text: Amount, table: Amount): Consistency {
  const st = checkEqual(text, table).status;
  if (st !== "mismatch" || text.decimals === null || isNegativeAmount(text)) return st;
  return checkTruncatedEqual(text, table) ? "rounding" : "mismatch";
}

/** "14.12万元" as the table displays it. */
export function showAmount(a: Amount): string {
  return `${formatDecimal(a.value, Math.max(0, a.decimals ?? 2), a.unit === "元" && a.value.abs().gte(10000))}${a.unit}`;
}

/** The table amount in the text's unit, with the text's decimals ("141200元"). */
export function showIn(a: Amount, like: Amount): string {
  const c = convert(a, like.unit);
  return `${formatDecimal(c.value, Math.max(0, like.decimals ?? 2))}${like.unit}`;
}
