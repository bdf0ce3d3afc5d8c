/** Resolves cell anchors ("T02/2080505/total") to the sheet and A1 address where a layout put them. */
import { toA1 } from "../../src/core/grid";
import type { CellRef } from "../../src/core/model";
import { eachCell, type SheetSpec } from "./sheet-spec";

export type AnchorMap = Record<string, CellRef>;

export function anchorsOf(sheets: SheetSpec[]): AnchorMap {
  const map: AnchorMap = {};
  eachCell(sheets, (cell, row, col, sheet) => {
    if (!cell.anchor) return;
    if (map[cell.anchor]) {
      throw new Error(`Anchor ${cell.anchor} is used twice: ${map[cell.anchor].sheet}!${map[cell.anchor].cell} and ${sheet.name}!${toA1(row, col)}`);
    }
    map[cell.anchor] = { sheet: sheet.name, cell: toA1(row, col) };
  });
  return map;
}

/** The cell of an anchor; throws when a layout did not place it (a stale expectation). */
export function resolveAnchor(map: AnchorMap, key: string): CellRef {
  const ref = map[key];
  if (!ref) throw new Error(`No cell carries the anchor ${key}`);
  return ref;
}
