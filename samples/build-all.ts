/**
 * Writes every sample workbook (npm run samples). A file is rewritten only when its content
 * changed, so that rebuilding leaves git clean. `--check` writes nothing and exits 1 when a
 * committed sample is missing or stale.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { SAMPLES } from "./manifest";
import { buildSample } from "./lib/build";
import { contentDifference } from "./lib/compare";

const ROOT = join(__dirname, "..");

async function main(): Promise<number> {
  const check = process.argv.includes("--check");
  let stale = 0;
  for (const sample of SAMPLES) {
    const path = join(ROOT, sample.file);
    const { bytes } = await buildSample(sample);
    const diff = existsSync(path) ? await contentDifference(new Uint8Array(readFileSync(path)), bytes) : "missing";
    if (!diff) continue;
    if (check) {
      console.error(`过期：${sample.file}（${diff}）`);
      stale++;
      continue;
    }
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, bytes);
    console.log(`已生成：${sample.file}`);
  }
  if (check && stale) {
    console.error(`${stale} 个样例工作簿需要重新生成：npm run samples`);
    return 1;
  }
  console.log(`样例工作簿共 ${SAMPLES.length} 个，均为最新。`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (e) => {
    console.error(e);
    process.exit(2);
  },
);
