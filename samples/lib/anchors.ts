/** Resolves cell anchors ("T02/2080505/total") to the sheet and A1 address where a layout put them. */
import { toA1 } from "../../src/core/grid";
import type { CellRef } from "../../src/core/model";
import { eachCell, type SheetSpec } from "./sheet-spec";

export type AnchorMap = Record<string, CellRef>;

export function anchorsOf(sheets: SheetSpec[]): AnchorMap {
  const map: AnchorMap = {};
  eachCell(sheets, (cell, row, col, sheet) => {
    for (const key of [cell.anchor, ...(cell.alsoAnchors ?? [])]) {
      if (!key) continue;
      if (map[key]) {
        throw new Error(`Anchor ${key} is used twice: ${map[key].sheet}!${map[key].cell} and ${sheet.name}!${toA1(row, col)}`);
      }
      map[key] = { sheet: sheet.name, cell: toA1(row, col) };
    }
  });
  return map;
}

/** The cell of an anchor; throws when a layout did not place it (a stale expectation). */
export function resolveAnchor(map: AnchorMap, key: string): CellRef {
  const ref = map[key];
  if (!ref) throw new Error(`No cell carries the anchor ${key}`);
  return ref;
}
