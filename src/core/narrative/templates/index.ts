/** The built-in narrative templates, validated once; users may pass their own JSON in the same format. */
import { type NarrativeTemplate, parseTemplate } from "../generate/template";
import { seedTemplate } from "./seed";
import { shanghaiTemplate } from "./shanghai";

export const BUILTIN_TEMPLATE_IDS = ["seed", "shanghai"] as const;
export type BuiltinTemplateId = (typeof BUILTIN_TEMPLATE_IDS)[number];

const SOURCES = { seed: seedTemplate, shanghai: shanghaiTemplate } as const;
const cache = new Map<BuiltinTemplateId, NarrativeTemplate>();

export function builtinTemplate(id: BuiltinTemplateId): NarrativeTemplate {
  let t = cache.get(id);
  if (!t) {
    t = parseTemplate(SOURCES[id]);
    cache.set(id, t);
  }
  return t;
}

/** For a template picker: id and Chinese name of each built-in template. */
export function builtinTemplates(): { id: BuiltinTemplateId; name: string; description: string }[] {
  return BUILTIN_TEMPLATE_IDS.map((id) => {
    const t = builtinTemplate(id);
    return { id, name: t.name, description: t.description };
  });
}
