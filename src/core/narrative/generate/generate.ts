/**
 * generateNarrative: the recognized tables + the user's facts + a template → paragraphs of the
 * 情况说明, one per row, with the placeholders still to fill and the facts that are missing.
 * Pure: the task pane previews it, the CLI and the hosts write it.
 */
import type { Disclosure } from "../../model";
import type { Facts } from "./facts";
import { createRenderer, type Placeholder, type RenderContext } from "./render";
import type { FactDef, NarrativeTemplate } from "./template";
import { tableValues } from "./values";

export interface GeneratedParagraph {
  /** Stable id: the template paragraph's id, plus the item's code for per-item paragraphs ("财政拨款支出.2010601"). */
  id: string;
  section: string;
  kind: "heading" | "body";
  text: string;
  placeholders: Placeholder[];
}

export interface GeneratedNarrative {
  templateId: string;
  paragraphs: GeneratedParagraph[];
  /** Every 【请填写：…】 left in the text, with the paragraph it is in. */
  placeholders: (Placeholder & { paragraph: string })[];
  /** Facts the text needs that the user has not given (one entry per fact). */
  missingFacts: FactDef[];
  /** Every fact the template asked for, given or not: the rows of the input sheet. */
  requestedFacts: FactDef[];
}

export function generateNarrative(disclosure: Disclosure, facts: Facts, template: NarrativeTemplate): GeneratedNarrative {
  const ctx: RenderContext = { template, disclosure, values: tableValues(disclosure), facts, requested: new Map() };
  const paragraphs: GeneratedParagraph[] = [];
  const emit = (id: string, section: string, kind: GeneratedParagraph["kind"], make: (r: ReturnType<typeof createRenderer>) => string) => {
    const r = createRenderer(ctx);
    const text = make(r);
    paragraphs.push({ id, section, kind, text, placeholders: r.placeholders });
  };
  emit("title", "", "heading", (r) => r.render(template.title));
  for (const section of template.sections) {
    for (const p of section.paragraphs) {
      const cond = createRenderer(ctx);
      if (p.when && ![p.when].flat().every((c) => cond.holds(c))) continue;
      if (p.forEach) {
        const { items, shareOf } = cond.items(p.forEach);
        items.forEach((item, index) =>
          emit(`${p.id}.${item.code ?? index + 1}`, section.id, p.kind, (r) => r.render(p.text, { item, index, shareOf })),
        );
      } else emit(p.id, section.id, p.kind, (r) => r.render(p.text));
    }
  }
  const placeholders = paragraphs.flatMap((p) => p.placeholders.map((x) => ({ ...x, paragraph: p.id })));
  const missing = new Map<string, FactDef>();
  for (const x of placeholders) if (x.kind === "fact" && !missing.has(x.key)) missing.set(x.key, ctx.requested.get(x.key)!);
  return {
    templateId: template.id,
    paragraphs,
    placeholders,
    missingFacts: [...missing.values()],
    requestedFacts: [...ctx.requested.values()],
  };
}
