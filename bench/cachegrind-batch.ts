/**
 * The workload of bench/cachegrind-batch.sh: what one thread of `validate --jobs 2` does, in-process —
 * the sample workbooks (cycled, as bench/batch.ts's corpus) read and validated one after the other,
 * N files in all. Run under cachegrind with several N: the differences separate the
 * start-up, the warm-up (the JIT compiling the reader and the engine) and the steady cost per file.
 */
import { validateFile } from "../src/cli/validate";
import { loadBundledCatalog } from "../src/core/catalog/catalog";
import { sampleFiles } from "./samples";

async function main(): Promise<void> {
  // Bundled into a temp dir by the script: the samples folder comes as an argument.
  const [samples, n] = [process.argv[2], Number(process.argv[3])];
  const files = sampleFiles(samples);
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
