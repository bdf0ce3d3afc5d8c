/** Reads a committed sample with the real reader and finds its cells by anchor. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import Decimal from "decimal.js";
import { fromA1, type CellValue, type Grid } from "../../src/core/grid";
import { numberCellValue, parseNumberText } from "../../src/core/money";
import { readGrids } from "../../src/hosts/xlsx/read";
import { anchorsOf, resolveAnchor, type AnchorMap } from "../../samples/lib/anchors";
import { sampleById } from "../../samples/manifest";

export const ROOT = join(__dirname, "..", "..");

export interface ReadCell {
  sheet: string;
  cell: string;
  value: CellValue;
  text: string;
  format: string;
  formula: string | null;
}

export interface LoadedSample {
  grids: Grid[];
  anchors: AnchorMap;
  at(anchor: string): ReadCell;
  /** The amount a cell holds, number or text ("1,234.50", "１２．３０", "5万元", "-"); null when blank. */
  amount(anchor: string): Decimal | null;
  grid(sheet: string): Grid;
}

const cache = new Map<string, Promise<LoadedSample>>();

export function loadSample(id: string): Promise<LoadedSample> {
  let p = cache.get(id);
  if (!p) {
    p = load(id);
    cache.set(id, p);
  }
  return p;
}

async function load(id: string): Promise<LoadedSample> {
  const sample = sampleById(id);
  const grids = await readGrids(new Uint8Array(readFileSync(join(ROOT, sample.file))));
  const anchors = sample.sheets ? anchorsOf(sample.sheets()) : {};
  const grid = (sheet: string) => {
    const g = grids.find((x) => x.sheet === sheet);
    if (!g) throw new Error(`${id}: no sheet ${sheet}`);
    return g;
  };
  const at = (anchor: string): ReadCell => {
    const ref = resolveAnchor(anchors, anchor);
    const g = grid(ref.sheet);
    const { row, col } = fromA1(ref.cell);
    const r = row - g.originRow;
    const c = col - g.originCol;
    return {
      ...ref,
      value: g.values[r]?.[c] ?? null,
      text: g.text[r]?.[c] ?? "",
      format: g.formats[r]?.[c] ?? "General",
      formula: g.formulas?.[r]?.[c] ?? null,
    };
  };
  const amount = (anchor: string): Decimal | null => {
    const c = at(anchor);
    if (c.value === null) return null;
    if (typeof c.value === "number") return numberCellValue(c.value, c.format).value;
    const parsed = parseNumberText(String(c.value));
    if (!parsed) throw new Error(`${id} ${anchor}: «${c.value}» is not an amount`);
    return parsed.value;
  };
  return { grids, anchors, at, amount, grid };
}
