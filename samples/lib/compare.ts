/**
 * Whether two workbooks hold the same content as the reader sees it (sheets, values, displayed
 * text, formats, formulas, merges). Used to decide if a committed sample is up to date: the bytes
 * of an .xlsx differ on every write (zip timestamps), its content does not.
 */
import type { Grid } from "../../src/core/grid";
import { readGrids } from "../../src/hosts/xlsx/read";

function sameGrid(a: Grid, b: Grid): string | null {
  if (a.sheet !== b.sheet) return `sheet ${a.sheet} ≠ ${b.sheet}`;
  for (const key of ["values", "text", "formats", "formulas", "merges"] as const) {
    if (JSON.stringify(a[key] ?? null) !== JSON.stringify(b[key] ?? null)) return `${a.sheet}: ${key} differ`;
  }
  return null;
}

/** The first difference, or null when the content is the same; unreadable bytes compare by bytes. */
export async function contentDifference(a: Uint8Array, b: Uint8Array): Promise<string | null> {
  let ga: Grid[];
  let gb: Grid[];
  try {
    [ga, gb] = [await readGrids(a), await readGrids(b)];
  } catch {
    return a.length === b.length && a.every((x, i) => x === b[i]) ? null : "bytes differ";
  }
  if (ga.length !== gb.length) return `${ga.length} sheets ≠ ${gb.length}`;
  for (let i = 0; i < ga.length; i++) {
    const d = sameGrid(ga[i], gb[i]);
    if (d) return d;
  }
  return null;
}
