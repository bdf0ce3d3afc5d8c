/** The disclosure the generators work from: the grids as recognized with the user's corrections. */
import type { Grid } from "../../core/grid";
import type { Disclosure, TableId } from "../../core/model";
import { recognize } from "../../core/recognize";
import type { TableOverride } from "../../hosts/port";

/** Sheets the user marked "not a table" left out, every other correction applied (as validation does). */
export function disclosureFor(grids: Grid[], overrides: TableOverride[]): Disclosure {
  const excluded = new Set(overrides.filter((o) => o.id === "none").map((o) => o.sheet));
  const tableOverrides = overrides.filter((o): o is TableOverride & { id: TableId } => o.id !== "none");
  return recognize(
    grids.filter((g) => !excluded.has(g.sheet)),
    { overrides: tableOverrides },
  );
}
