/** The stored form of recognition corrections (shared by the Excel settings and the browser's storage). */
import { z } from "zod";
import { TABLE_IDS } from "../core/model";
import type { TableOverride } from "./port";

const overridesSchema = z.array(
  z.object({ sheet: z.string(), cell: z.string().regex(/^[A-Z]+[0-9]+$/).optional(), id: z.enum([...TABLE_IDS, "none"]) }),
);

/** Parses a stored value (JSON text or array); anything unreadable is no corrections. */
export function parseOverrides(value: unknown): TableOverride[] {
  let data = value;
  if (typeof value === "string") {
    try {
      data = JSON.parse(value);
    } catch {
      return [];
    }
  }
  const parsed = overridesSchema.safeParse(data);
  return parsed.success ? parsed.data : [];
}

/** Replaces the correction for the same sheet + cell (or adds it); `null` id removes it. */
export function withOverride(list: TableOverride[], next: Omit<TableOverride, "id"> & { id: TableOverride["id"] | null }): TableOverride[] {
  const rest = list.filter((o) => !(o.sheet === next.sheet && (o.cell ?? "") === (next.cell ?? "")));
  return next.id === null ? rest : [...rest, { sheet: next.sheet, ...(next.cell ? { cell: next.cell } : {}), id: next.id }];
}
