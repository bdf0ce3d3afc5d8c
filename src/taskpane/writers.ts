/**
 * Writing what the generators produced through the host port: tables one by one (each its own
 * batch), the 情况说明 on a new sheet named by nextNarrativeSheetName, and the input sheet for the
 * facts when the workbook has none. Nothing is overwritten: the port picks a free name when taken.
 */
import type { TableDraft } from "../core/generate";
import { FACTS_SHEET, factsSheetRows, narrativeSheetRows, nextNarrativeSheetName, type GeneratedNarrative } from "../core/narrative/generate";
import type { HostPort } from "../hosts/port";

/** Writes the drafts in order; returns the sheet names used. */
export async function writeDrafts(host: HostPort, drafts: TableDraft[]): Promise<string[]> {
  const names: string[] = [];
  for (const d of drafts) names.push(await host.writeDraft(d));
  return names;
}

/** One paragraph per row in a wide wrapped column; the input sheet's 项目 | 填写值 | 说明 | 键 columns, 键 hidden. */
const NARRATIVE_LAYOUT = { widths: [110], wrap: true };
const FACTS_LAYOUT = { widths: [48, 20, 56, 24], wrap: true, hiddenColumns: [3] };

export interface NarrativeWrite {
  sheet: string;
  /** The input sheet created, or null when the workbook already had one. */
  factsSheet: string | null;
}

/** `sheetNames`: every sheet the workbook has (and those written since it was read). */
export async function writeNarrative(host: HostPort, g: GeneratedNarrative, sheetNames: string[], hasFactsSheet: boolean): Promise<NarrativeWrite> {
  const sheet = await host.writeSheet(nextNarrativeSheetName(sheetNames), narrativeSheetRows(g), NARRATIVE_LAYOUT);
  const factsSheet = hasFactsSheet ? null : await host.writeSheet(FACTS_SHEET, factsSheetRows(g.requestedFacts), FACTS_LAYOUT);
  return { sheet, factsSheet };
}
