/**
 * The workload of bench/cachegrind.sh: the seed sample validated N times (grids read once, up front).
 * Run under cachegrind twice, with two N; the difference of the two counts is what those extra runs cost,
 * warm-up and start-up cancelling out.
 */
import { readFileSync } from "node:fs";
import { validateGrids } from "../src/core/engine";
import { loadBundledCatalog } from "../src/core/catalog/catalog";
import { loadWorkbook, workbookToGrids } from "../src/hosts/xlsx/read";

async function main(): Promise<void> {
  const [file, runs] = [process.argv[2], Number(process.argv[3])];
  const grids = workbookToGrids(await loadWorkbook(new Uint8Array(readFileSync(file))));
  const catalog = loadBundledCatalog();
  for (let i = 0; i < runs; i++) validateGrids(grids, { catalog });
}

void main();
