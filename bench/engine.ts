/**
 * One process's engine measurements, as one JSON line on stdout; bench/run.ts starts this script
 * several times and reports the median across processes. Why separate processes: in one process the
 * engine settles into a fast or a slow steady state for seconds at a time (every function alike
 * ~40 % slower: a state of V8 or of the VM, not of one function), so one process is a coin flip;
 * fresh processes sample both (README, Speed).
 * It runs as bench/run.ts bundles it (esbuild, like the CLI and the add-in ship the engine) and from
 * the TypeScript sources under tsx:
 *   node --import tsx bench/engine.ts seed FILE   engine and ExcelJS load on FILE, side by side
 *   node --import tsx bench/engine.ts coded       5,000 then 50,000 coded rows
 */
import { readFileSync } from "node:fs";
import { validateGrids } from "../src/core/engine";
import { loadBundledCatalog } from "../src/core/catalog/catalog";
import { loadWorkbook, workbookToGrids } from "../src/hosts/xlsx/read";
import { codedTables } from "./synthetic";
import { measureMs, medianMsAsync, memoryLatencyNs } from "./measure";

export interface SeedMeasurement {
  engineMs: number;
  /** The host's memory latency measured just before and just after the engine runs (mean). */
  memoryNs: number;
  /** Mean of the same runs: includes the collector's pauses, which the median mostly skips. */
  engineMeanMs: number;
  loadMs: number;
}

export interface CodedMeasurement {
  smallMs: number;
  memoryNs: number;
  smallMeanMs: number;
  largeMs: number;
}

/** measureMs after the warm-up, with the host's memory latency measured just before and just after (mean). */
function measureWithLatency(fn: () => unknown, runs: number): { median: number; mean: number; memoryNs: number } {
  const before = memoryLatencyNs();
  const m = measureMs(fn, runs, 0);
  return { ...m, memoryNs: (before + memoryLatencyNs()) / 2 };
}

async function seed(file: string): Promise<SeedMeasurement> {
  const catalog = loadBundledCatalog();
  const bytes = new Uint8Array(readFileSync(file));
  const grids = workbookToGrids(await loadWorkbook(bytes));
  memoryLatencyNs(); // builds its 64 MB cycle before the warm-up
  // Warmed until the JIT has settled (a few hundred runs), then medians.
  for (let i = 0; i < 300; i++) validateGrids(grids, { catalog });
  const engine = measureWithLatency(() => validateGrids(grids, { catalog }), 201);
  const loadMs = await medianMsAsync(() => loadWorkbook(bytes), 51, 30);
  return { engineMs: engine.median, memoryNs: engine.memoryNs, engineMeanMs: engine.mean, loadMs };
}

function coded(): CodedMeasurement {
  const catalog = loadBundledCatalog();
  const small = codedTables(5000);
  memoryLatencyNs(); // builds its 64 MB cycle before the warm-up
  for (let i = 0; i < 5; i++) validateGrids(small, { catalog });
  const s = measureWithLatency(() => validateGrids(small, { catalog }), 21);
  // Built after the small run: 50,000 rows held in the heap meanwhile slow the small run's garbage
  // collection (measured: ~15 %), a cost of the benchmark, not of validating 5,000 rows.
  const large = codedTables(50000);
  // 9 runs (one takes ~0.6 s): a steadier median than 5 for the scaling ratio.
  const l = measureMs(() => validateGrids(large, { catalog }), 9, 2);
  return { smallMs: s.median, memoryNs: s.memoryNs, smallMeanMs: s.mean, largeMs: l.median };
}

async function main() {
  const [which, file] = process.argv.slice(2);
  if (!(which === "seed" && file) && which !== "coded") throw new Error(`用法：bench/engine.ts seed FILE | coded（收到 ${process.argv.slice(2).join(" ") || "无"}）`);
  const result = which === "seed" ? await seed(file) : coded();
  process.stdout.write(JSON.stringify(result) + "\n");
}

main().catch((e) => {
  process.stderr.write(`引擎基准测试失败：${(e as Error).message}\n`);
  process.exitCode = 1;
});
