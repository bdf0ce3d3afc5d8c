/**
 * Grids + the user's recognition corrections → report. Every face (task pane, ribbon, browser page)
 * validates through here so a correction means the same thing everywhere.
 *
 * - A sheet marked "none" (holds no disclosure table) is left out before the engine sees it: the
 *   engine has no notion of "not a table".
 * - Every other correction goes to the engine as `tableOverrides` (it re-types the block whose
 *   title sits at `cell`, or every block of the sheet).
 */
import type { Grid } from "../core/grid";
import { fromA1, toA1 } from "../core/grid";
import type { TableId } from "../core/model";
import type { WorkbookReport } from "../core/report";
import { validateGrids } from "../core/engine";
import type { TableOverride } from "./port";

export interface ValidationInput {
  file: string;
  overrides?: TableOverride[];
}

export function runValidation(grids: Grid[], input: ValidationInput): WorkbookReport {
  const overrides = input.overrides ?? [];
  const excluded = new Set(overrides.filter((o) => o.id === "none").map((o) => o.sheet));
  const tableOverrides = overrides.filter((o): o is TableOverride & { id: TableId } => o.id !== "none");
  return validateGrids(
    grids.filter((g) => !excluded.has(g.sheet)),
    { file: input.file, tableOverrides },
  );
}

/**
 * The title cell of a recognized block (what an override names): the first non-empty cell of the
 * block's first row. Falls back to the block's top-left cell.
 */
export function titleCell(grid: Grid | undefined, range: string): string {
  const start = range.split(":")[0];
  const end = range.split(":")[1] ?? start;
  if (!grid) return start;
  const tl = fromA1(start);
  const br = fromA1(end);
  const row = grid.values[tl.row - grid.originRow];
  if (!row) return start;
  for (let c = tl.col; c <= br.col; c++) {
    const v = row[c - grid.originCol];
    if (v !== null && v !== undefined && String(v).trim() !== "") return toA1(tl.row, c);
  }
  return start;
}
