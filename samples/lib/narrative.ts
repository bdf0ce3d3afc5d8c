/**
 * Narrative text (情况说明, 概况, 名词解释) onto a sheet. Each paragraph gets an anchor
 * "<prefix>/<section>/<k>": the section's Chinese numeral ("八"), k = 0 for its heading and
 * 1, 2, … for the lines after it; a cell holding several paragraphs answers to all of theirs.
 */
import type { CellSpec, SheetBuilder } from "./sheet-spec";

export type NarrativeStyle =
  /** One paragraph per row, merged across the page width (the common layout). */
  | "merged"
  /** One paragraph per row in column A, not merged. */
  | "plain"
  /** Each section (heading and its paragraphs) in one cell, lines joined by line breaks. */
  | "sections"
  /** The whole text in one cell. */
  | "oneCell";

export interface NarrativeOptions {
  style?: NarrativeStyle;
  /** Columns a merged paragraph spans. */
  width?: number;
  /** Anchor prefix ("NARR"). */
  prefix: string;
}

const SECTION = /^([一二三四五六七八九十]+)、/;

export interface Paragraph {
  text: string;
  anchor: string;
  heading: boolean;
}

/** Assigns section anchors to lines of text. */
export function paragraphsOf(lines: string[], prefix: string): Paragraph[] {
  let section = "title";
  let k = 0;
  const seen = new Map<string, number>();
  return lines.map((text) => {
    const m = SECTION.exec(text);
    if (m) {
      // A numeral met again (a 目录, a second part) gets "#2", "#3".
      const n = (seen.get(m[1]) ?? 0) + 1;
      seen.set(m[1], n);
      section = n > 1 ? `${m[1]}#${n}` : m[1];
      k = 0;
      return { text, anchor: `${prefix}/${section}/0`, heading: true };
    }
    k++;
    return { text, anchor: `${prefix}/${section}/${k}`, heading: false };
  });
}

/** Renders lines at the builder's next row; returns the rows used. */
export function renderNarrative(b: SheetBuilder, lines: string[], opts: NarrativeOptions): number[] {
  const style = opts.style ?? "merged";
  const width = opts.width ?? 8;
  const paras = paragraphsOf(lines, opts.prefix);
  const rows: number[] = [];
  const put = (cell: CellSpec) => {
    const r = b.add([cell]);
    rows.push(r);
    if (style !== "plain") b.merge(r, 0, r, width - 1);
  };
  if (style === "merged" || style === "plain") {
    for (const p of paras) put({ value: p.text, role: p.heading ? "heading" : "para", anchor: p.anchor, wrap: !p.heading, style: p.heading ? "bold" : undefined });
  } else if (style === "sections") {
    let group: Paragraph[] = [];
    const flush = () => {
      if (group.length) {
        put({ value: group.map((p) => p.text).join("\n"), role: "para", anchor: group[0].anchor, alsoAnchors: group.slice(1).map((p) => p.anchor), wrap: true });
      }
      group = [];
    };
    for (const p of paras) {
      if (p.heading) flush();
      group.push(p);
    }
    flush();
  } else {
    put({ value: paras.map((p) => p.text).join("\n"), role: "para", anchor: `${opts.prefix}/all`, alsoAnchors: paras.map((p) => p.anchor), wrap: true });
  }
  return rows;
}
