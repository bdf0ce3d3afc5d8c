/**
 * Writing generated tables and the 情况说明 through the active host, remembering the sheets added
 * since the workbook was read so a later name never collides with them.
 */
import { useCallback, useEffect, useRef } from "react";
import type { TableDraft } from "../core/generate";
import type { Grid } from "../core/grid";
import type { GeneratedNarrative } from "../core/narrative/generate";
import type { HostPort } from "../hosts/port";
import { hasFactsSheet } from "./model/narrative";
import { writeDrafts, writeNarrative, type NarrativeWrite } from "./writers";
import { S } from "./strings";

export interface SheetWriter {
  writeTables: (drafts: TableDraft[]) => Promise<string[]>;
  writeText: (g: GeneratedNarrative, current: Grid[]) => Promise<NarrativeWrite>;
  /** The workbook read again (for facts filled in since). */
  reread: () => Promise<Grid[]>;
}

export function useSheetWriter(host: HostPort | null): SheetWriter {
  /** Sheets added through this pane since the host was opened. */
  const ref = useRef<string[]>([]);
  useEffect(() => {
    ref.current = [];
  }, [host]);

  const need = useCallback((): HostPort => {
    if (!host) throw new Error(S.readError);
    return host;
  }, [host]);

  const add = (names: string[]) => {
    ref.current = [...ref.current, ...names];
  };

  const writeTables = useCallback(
    async (drafts: TableDraft[]) => {
      const names = await writeDrafts(need(), drafts);
      add(names);
      return names;
    },
    [need],
  );

  const writeText = useCallback(
    async (g: GeneratedNarrative, current: Grid[]) => {
      const taken = [...current.map((x) => x.sheet), ...ref.current];
      const res = await writeNarrative(need(), g, taken, hasFactsSheet(current, ref.current));
      add(res.factsSheet ? [res.sheet, res.factsSheet] : [res.sheet]);
      return res;
    },
    [need],
  );

  const reread = useCallback(() => need().readGrids(), [need]);

  return { writeTables, writeText, reread };
}
