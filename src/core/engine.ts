/** The engine's entry point: Grids in, report out. (Stub until recognition and rules land.) */
import type { Grid } from "./grid";
import type { WorkbookReport } from "./report";

export interface EngineOptions {
  file?: string;
}

export function validateGrids(_grids: Grid[], options: EngineOptions = {}): WorkbookReport {
  return { file: options.file ?? "", tables: [], missingTables: [], findings: [], summary: { error: 0, warning: 0, info: 0 } };
}
