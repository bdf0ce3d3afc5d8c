/**
 * The workload of bench/cachegrind-batch.sh: what one thread of `validate --jobs 2` does, in-process —
 * the sample workbooks (cycled, as bench/batch.ts's corpus) read, validated and reported one after
 * the other, N files in all. Run under cachegrind with several N: the differences separate the
 * start-up, the warm-up (the JIT compiling the reader and the engine) and the steady cost per file.
 */
import { readdirSync } from "node:fs";
import path from "node:path";
import { validateFile } from "../src/cli/validate";
import { loadBundledCatalog } from "../src/core/catalog/catalog";

async function main(): Promise<void> {
  // Bundled into a temp dir by the script: the samples folder comes as an argument.
  const [samples, n] = [process.argv[2], Number(process.argv[3])];
  const dirs = [samples, path.join(samples, "messy"), path.join(samples, "defects")];
  const files = dirs.flatMap((d) => readdirSync(d).filter((f) => f.endsWith(".xlsx")).map((f) => path.join(d, f)));
  const catalog = loadBundledCatalog();
  for (let i = 0; i < n; i++) {
    const report = await validateFile(files[i % files.length], { catalog });
    if (report.error) throw new Error(`${report.file}：${report.error.message}`);
  }
}

main().catch((e) => {
  process.stderr.write(`${(e as Error).message}\n`);
  process.exitCode = 1;
});
