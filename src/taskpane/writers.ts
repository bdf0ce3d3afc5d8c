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

export interface NarrativeWrite {
  sheet: string;
  /** The input sheet created, or null when the workbook already had one. */
  factsSheet: string | null;
}

/** `sheetNames`: every sheet the workbook has (and those written since it was read). */
export async function writeNarrative(host: HostPort, g: GeneratedNarrative, sheetNames: string[], hasFactsSheet: boolean): Promise<NarrativeWrite> {
  const sheet = await host.writeSheet(nextNarrativeSheetName(sheetNames), narrativeSheetRows(g));
  const factsSheet = hasFactsSheet ? null : await host.writeSheet(FACTS_SHEET, factsSheetRows(g.requestedFacts));
  return { sheet, factsSheet };
}
