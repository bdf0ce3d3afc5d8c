/**
 * The pane's state: read → validate → mark over whichever host port is active, plus clearing marks
 * and correcting recognition. Components only render this state and call these actions.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import type { Grid } from "../core/grid";
import type { WorkbookReport } from "../core/report";
import type { TableId } from "../core/model";
import type { HostPort, ReadProgress, TableOverride } from "../hosts/port";
import { runValidation } from "../hosts/validate";
import { withOverride } from "../hosts/overrides";
import { S } from "./strings";

export type Phase = "idle" | "reading" | "validating" | "marking" | "clearing";

export interface Notice {
  intent: "success" | "info" | "warning" | "error";
  text: string;
}

export interface PaneState {
  phase: Phase;
  progress: ReadProgress | null;
  report: WorkbookReport | null;
  grids: Grid[];
  overrides: TableOverride[];
  notice: Notice | null;
}

const INITIAL: PaneState = { phase: "idle", progress: null, report: null, grids: [], overrides: [], notice: null };

/** Gives the browser a frame to paint the progress text before synchronous work. */
function nextPaint(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestAnimationFrame === "function") requestAnimationFrame(() => setTimeout(resolve, 0));
    else setTimeout(resolve, 0);
  });
}

function message(e: unknown): string {
  const text = e instanceof Error ? e.message : String(e);
  return text || S.readError;
}

export interface Validation {
  state: PaneState;
  busy: boolean;
  validate: () => Promise<void>;
  clear: () => Promise<void>;
  correct: (sheet: string, cell: string | undefined, id: TableId | "none" | null) => Promise<void>;
  dismissNotice: () => void;
}

export function useValidation(host: HostPort | null, fileName: string): Validation {
  const [state, setState] = useState<PaneState>(INITIAL);
  const stateRef = useRef(state);
  stateRef.current = state;
  const busyRef = useRef(false);

  useEffect(() => {
    setState(INITIAL);
    if (!host) return;
    let live = true;
    host.getTableOverrides().then(
      (overrides) => live && setState((s) => ({ ...s, overrides })),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [host]);

  const patch = (p: Partial<PaneState>) => setState((s) => ({ ...s, ...p }));

  const run = useCallback(
    async (opts: { grids?: Grid[]; overrides?: TableOverride[] } = {}) => {
      if (!host || busyRef.current) return;
      busyRef.current = true;
      try {
        patch({ phase: "reading", progress: null, notice: null });
        const grids = opts.grids ?? (await host.readGrids((progress) => patch({ progress })));
        patch({ phase: "validating", progress: null });
        await nextPaint();
        const overrides = opts.overrides ?? stateRef.current.overrides;
        const report = runValidation(grids, { file: fileName, overrides });
        patch({ phase: "marking", report, grids });
        const marks = await host.applyMarks(report.findings);
        const text = host.kind === "excel" ? S.marked(marks.marked, marks.annotation, marks.skipped) : S.markedCopy(marks.marked);
        patch({ phase: "idle", report, grids, overrides, notice: marks.marked ? { intent: "info", text } : null });
      } catch (e) {
        patch({ phase: "idle", progress: null, notice: { intent: "error", text: message(e) } });
      } finally {
        busyRef.current = false;
      }
    },
    [host, fileName],
  );

  const validate = useCallback(() => run(), [run]);

  const clear = useCallback(async () => {
    if (!host || busyRef.current) return;
    busyRef.current = true;
    try {
      patch({ phase: "clearing", notice: null });
      const res = await host.clearMarks();
      patch({ phase: "idle", notice: { intent: "success", text: S.cleared(res.restored, res.keptUserChanges) } });
    } catch (e) {
      patch({ phase: "idle", notice: { intent: "error", text: message(e) } });
    } finally {
      busyRef.current = false;
    }
  }, [host]);

  const correct = useCallback(
    async (sheet: string, cell: string | undefined, id: TableId | "none" | null) => {
      if (!host || busyRef.current) return;
      const overrides = withOverride(stateRef.current.overrides, { sheet, cell, id });
      try {
        await host.setTableOverrides(overrides);
      } catch (e) {
        patch({ notice: { intent: "error", text: message(e) } });
        return;
      }
      patch({ overrides });
      const grids = stateRef.current.grids;
      await run({ grids: grids.length ? grids : undefined, overrides });
    },
    [host, run],
  );

  const dismissNotice = useCallback(() => patch({ notice: null }), []);

  return { state, busy: state.phase !== "idle", validate, clear, correct, dismissNotice };
}
