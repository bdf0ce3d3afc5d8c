/**
 * npm run bench: JSON lines. Ratios are measured side by side in one run on the same inputs,
 * after warm-up, as medians — never as timed assertions in tests. The engine figures are each
 * measured in three fresh processes (bench/engine.ts) and reported as the median across them,
 * with every process's figure alongside: the engine bundled as the CLI and the add-in ship it, and
 * (suffix .tsx) the TypeScript sources under tsx, their processes alternating.
 */
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { spawnSync } from "node:child_process";
import os from "node:os";
import path from "node:path";
import { bundleForNode } from "../scripts/build-cli";
import type { CodedMeasurement, SeedMeasurement } from "./engine";
import { emit, median } from "./measure";

/** Fresh processes per engine measurement: one process settles into one of two steady states (bench/engine.ts). */
const ENGINE_PROCESSES = 3;

/** How bench/engine.ts is run: bundled, as the CLI and the add-in ship the engine, or from the sources under tsx. */
type EngineBuild = { name: "bundle"; file: string } | { name: "tsx" };

/**
 * Runs bench/engine.ts ENGINE_PROCESSES times for each build, alternating builds (bundle, tsx,
 * bundle, …) so that a drifting machine weighs on both alike. Results by build name.
 */
function engineRuns<T>(builds: EngineBuild[], args: string[]): Map<EngineBuild["name"], T[]> {
  const out = new Map<EngineBuild["name"], T[]>(builds.map((b) => [b.name, []]));
  for (let i = 0; i < ENGINE_PROCESSES; i++) {
    for (const build of builds) {
      const command = build.name === "bundle" ? [build.file] : ["--import", "tsx", path.join(__dirname, "engine.ts")];
      const r = spawnSync(process.execPath, [...command, ...args], { encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] });
      if (r.status !== 0) throw new Error(`bench/engine.ts ${args[0]}（${build.name}）退出码 ${r.status}`);
      out.get(build.name)!.push(JSON.parse(r.stdout.trim().split("\n").pop()!) as T);
    }
  }
  return out;
}

/** Median across processes, and each process's figure (rounded), for the JSON line. */
function across<T>(runs: T[], get: (r: T) => number, digits: number): { median: number; processes: number[] } {
  const xs = runs.map(get);
  return { median: +median(xs).toFixed(digits), processes: xs.map((x) => +x.toFixed(digits)) };
}

async function main() {
  const dir = mkdtempSync(path.join(os.tmpdir(), "bc-bench-engine-"));
  try {
    await bundleForNode({ engine: path.join(__dirname, "engine.ts") }, dir);
    // The headline figures are the bundled engine's; the sources under tsx (how the tests run) follow with a suffix.
    engineBench([{ name: "bundle", file: path.join(dir, "engine.js") }, { name: "tsx" }]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const fnBench = path.join(__dirname, "functions.ts");
  if (existsSync(fnBench)) {
    const r = spawnSync(process.execPath, ["--import", "tsx", fnBench], { stdio: "inherit" });
    if (r.status !== 0) process.exitCode = r.status ?? 1;
  }
  await (await import("./batch")).runBatchBench({ files: Number(process.env.BENCH_BATCH_FILES) || undefined });
}

function engineBench(builds: EngineBuild[]): void {
  const sample = path.join(__dirname, "../samples/yangcheng-xinfang-2024.xlsx");
  const seed = existsSync(sample) ? engineRuns<SeedMeasurement>(builds, ["seed", sample]) : undefined;
  const coded = engineRuns<CodedMeasurement>(builds, ["coded"]);
  for (const build of builds) {
    const suffix = build.name === "bundle" ? "" : `.${build.name}`;
    const runs = seed?.get(build.name);
    if (runs) {
      const engine = across(runs, (r) => r.engineMs, 3);
      emit({ bench: `engine.seed${suffix}`, medianMs: engine.median, processes: engine.processes, memoryLatencyNs: across(runs, (r) => r.memoryNs, 0).processes, meanMs: across(runs, (r) => r.engineMeanMs, 3).median, target: "≤ 2 ms" });
      const load = across(runs, (r) => r.loadMs, 3);
      emit({ bench: `exceljs.load.seed${suffix}`, medianMs: load.median, processes: load.processes });
      // The ratio is taken inside each process (side by side), then its median across processes.
      const ratio = across(runs, (r) => r.engineMs / r.loadMs, 4);
      emit({ bench: `engine.vs.exceljs${suffix}`, ratio: ratio.median, processes: ratio.processes, target: "≤ 0.25" });
    }
    const rows = coded.get(build.name)!;
    const small = across(rows, (r) => r.smallMs, 2);
    emit({ bench: `engine.coded.5000${suffix}`, rows: 5000, medianMs: small.median, processes: small.processes, memoryLatencyNs: across(rows, (r) => r.memoryNs, 0).processes, meanMs: across(rows, (r) => r.smallMeanMs, 2).median, target: "≤ 50 ms" });
    const large = across(rows, (r) => r.largeMs, 2);
    emit({ bench: `engine.coded.50000${suffix}`, rows: 50000, medianMs: large.median, processes: large.processes });
    const scaling = across(rows, (r) => r.scaling, 2);
    emit({ bench: `engine.scaling.10x${suffix}`, ratio: scaling.median, processes: scaling.processes, target: "≤ 12" });
  }
}

main().catch((e) => {
  process.stderr.write(`基准测试失败：${(e as Error).message}\n`);
  process.exitCode = 1;
});
