/** The 情况说明 as the pane previews and writes it. */
import type { Grid } from "../../core/grid";
import type { Disclosure } from "../../core/model";
import {
  builtinTemplate,
  FACTS_SHEET,
  findFactsGrid,
  generateNarrative,
  readFacts,
  type BuiltinTemplateId,
  type GeneratedNarrative,
} from "../../core/narrative/generate";

/** Two passes as the CLI does: which facts the template asks for, then the text with those read from the input sheet. */
export function buildNarrative(disclosure: Disclosure, grids: Grid[], templateId: BuiltinTemplateId): GeneratedNarrative {
  const template = builtinTemplate(templateId);
  const wanted = generateNarrative(disclosure, {}, template).requestedFacts;
  return generateNarrative(disclosure, readFacts(grids, wanted), template);
}

export interface TextPart {
  text: string;
  placeholder: boolean;
}

/** A paragraph split around its 【请填写：…】 placeholders, so they can be highlighted. */
export function textParts(text: string): TextPart[] {
  const parts: TextPart[] = [];
  const re = /【请填写[：:][^】]*】/g;
  let at = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m.index > at) parts.push({ text: text.slice(at, m.index), placeholder: false });
    parts.push({ text: m[0], placeholder: true });
    at = m.index + m[0].length;
  }
  if (at < text.length) parts.push({ text: text.slice(at), placeholder: false });
  return parts;
}

/** Whether the workbook already has the input sheet (or it was written in this session). */
export function hasFactsSheet(grids: Grid[], written: string[]): boolean {
  return findFactsGrid(grids) !== undefined || written.some((n) => n.startsWith(FACTS_SHEET));
}

/** How many 【请填写：…】 the text shows (the generator's list may name one placeholder twice). */
export function visiblePlaceholders(paragraphs: { text: string }[]): number {
  return paragraphs.reduce((n, p) => n + textParts(p.text).filter((x) => x.placeholder).length, 0);
}
