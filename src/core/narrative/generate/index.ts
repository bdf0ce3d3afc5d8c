/**
 * Writing the 情况说明 from the tables. The faces (task pane, CLI) use:
 * - generateNarrative(disclosure, facts, template) → paragraphs, placeholders, missing facts;
 * - builtinTemplate("seed" | "shanghai") or parseTemplate(json) for a user's template;
 * - readFacts(grids, requestedFacts) and factsSheetRows(requestedFacts, facts) for the input sheet;
 * - narrativeSheetRows, nextNarrativeSheetName, recordOf/readRecords/planUpdate for writing without
 *   destroying the user's edits.
 */
export { generateNarrative, type GeneratedNarrative, type GeneratedParagraph } from "./generate";
export { parseTemplate, templateSchema, TemplateError, type NarrativeTemplate, type FactDef } from "./template";
export type { Facts, FactValue } from "./facts";
export type { Placeholder } from "./render";
export { FACTS_SHEET, factsSheetRows, factRows, readFacts, findFactsGrid, factKeysInSheet } from "./facts-sheet";
export {
  NARRATIVE_SHEET,
  RECORD_SHEET,
  narrativeSheetRows,
  nextNarrativeSheetName,
  planUpdate,
  readRecords,
  recordOf,
  recordRows,
  textHash,
  type NarrativeRecord,
  type UpdatePlan,
} from "./record";
export { builtinTemplate, builtinTemplates, BUILTIN_TEMPLATE_IDS, type BuiltinTemplateId } from "../templates";
export { VALUE_LABELS } from "./values";
