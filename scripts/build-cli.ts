/**
 * Bundles the CLI (and its batch worker) into dist-cli/ with esbuild: one file each, dependencies
 * included. The bundled CLI starts in about half the time of the TypeScript sources under tsx
 * (no per-module transpiling, ExcelJS loaded as one file), which every command and every batch
 * worker pays. bin/budget-check.js runs it when it is newer than the sources (bin/fresh-bundle.js).
 *   npm run build:cli                 (also run by `npm ci`: scripts/prepare.cjs, with --optional)
 *   tsx scripts/build-cli.ts OUTDIR   (elsewhere, e.g. a test's temp dir)
 */
import { utimesSync } from "node:fs";
import path from "node:path";
import { build } from "esbuild";

export const CLI_BUNDLE_DIR = path.join(__dirname, "../dist-cli");

/** Builds main.js (the CLI) and worker.js (a batch worker) into outdir. */
export function buildCli(outdir = CLI_BUNDLE_DIR): Promise<void> {
  return bundleForNode(
    { main: path.join(__dirname, "../src/cli/main.ts"), worker: path.join(__dirname, "../src/cli/batch/worker.ts") },
    outdir,
    // The pool starts dist-cli/worker.js instead of the tsx bootstrap (src/cli/batch/pool.ts).
    { BUDGET_CHECK_BUNDLED: "true" },
  );
}

/**
 * One self-contained CommonJS file per entry (name → source), for Node 20 (also the engine bench's).
 * The outputs are dated to the moment the build started reading the sources: a source saved during
 * the build is then newer than the bundle, which bin/fresh-bundle.js will not run.
 */
export async function bundleForNode(entryPoints: Record<string, string>, outdir: string, define: Record<string, string> = {}): Promise<void> {
  // Whole seconds, a little early: some file systems keep coarse modification times.
  const started = Math.floor(Date.now() / 1000) - 1;
  const result = await build({
    entryPoints,
    outdir,
    bundle: true,
    platform: "node",
    target: "node20",
    format: "cjs",
    define,
    logLevel: "warning",
    metafile: true,
  });
  for (const file of Object.keys(result.metafile.outputs)) utimesSync(path.resolve(file), started, started);
}

if (require.main === module) {
  // --optional (scripts/prepare.cjs): a failed build must not fail `npm ci`; the CLI then runs the sources.
  const optional = process.argv.includes("--optional");
  const outdir = process.argv.slice(2).find((a) => !a.startsWith("--"));
  buildCli(outdir ? path.resolve(outdir) : undefined).catch((e) => {
    process.stderr.write(`命令行打包失败：${(e as Error).message}${optional ? "（命令行将直接运行 TypeScript 源码，功能不受影响，只是启动较慢）" : ""}\n`);
    process.exitCode = optional ? 0 : 1;
  });
}
