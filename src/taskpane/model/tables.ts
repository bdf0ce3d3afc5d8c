/** The "识别结果" view: every sheet with the tables found on it and the user's corrections. */
import type { Grid } from "../../core/grid";
import type { WorkbookReport } from "../../core/report";
import type { TableId } from "../../core/model";
import type { TableOverride } from "../../hosts/port";
import { titleCell } from "../../hosts/validate";

export interface RecognizedBlock {
  id: TableId;
  title: string;
  range: string;
  /** The cell an override names for this block. */
  cell: string;
  /** The user corrected this block. */
  corrected: boolean;
  /** The cell the correction is stored under (undefined for a whole-sheet correction). */
  overrideCell?: string;
}

export interface SheetOverview {
  sheet: string;
  tables: RecognizedBlock[];
  /** The user said this sheet holds no disclosure table. */
  excluded: boolean;
  /** A whole-sheet correction the engine could not apply (no title found to re-type). */
  pendingOverride?: TableId;
}

export function sheetOverview(sheets: string[], grids: Grid[], report: WorkbookReport, overrides: TableOverride[]): SheetOverview[] {
  const gridOf = new Map(grids.map((g) => [g.sheet, g]));
  return sheets.map((sheet) => {
    const own = overrides.filter((o) => o.sheet === sheet);
    const tables = report.tables
      .filter((t) => t.sheet === sheet)
      .map((t) => {
        const cell = titleCell(gridOf.get(sheet), t.range);
        const o = own.find((x) => x.id !== "none" && (x.cell === undefined || x.cell === cell));
        return { id: t.id, title: t.title || "", range: t.range, cell, corrected: o !== undefined, overrideCell: o?.cell };
      });
    const whole = own.find((o) => o.cell === undefined);
    return {
      sheet,
      tables,
      excluded: whole?.id === "none",
      pendingOverride: whole && whole.id !== "none" && !tables.length ? whole.id : undefined,
    };
  });
}
