/**
 * Runs the validator over every sample and compares its reports with the manifest
 * (npm run samples:conformance). Prints what was missed or not expected; exits 1 when any
 * sample does not conform. `--json` prints the comparison as JSON.
 */
import { join } from "node:path";
import { SAMPLES } from "./manifest";
import { anchorsOf } from "./lib/anchors";
import { conformance, conforms, type Conformance } from "./lib/conformance";
import { validateFile } from "../src/cli/validate";

const ROOT = join(__dirname, "..");

function describe(c: Conformance): string[] {
  const lines = [...c.problems.map((p) => `  问题：${p}`)];
  for (const m of c.missed) lines.push(`  未报告：[${m.severity.join("/")}] ${m.category ?? "*"} @ ${m.at.join(" | ")} — ${m.about}`);
  for (const f of c.unexpected) lines.push(`  多报：[${f.severity}] ${f.rule} ${f.sheet}!${f.cell} — ${f.message}`);
  for (const f of c.falseErrors) lines.push(`  误报为错误：${f.rule} ${f.sheet}!${f.cell} — ${f.message}`);
  return lines;
}

async function main(): Promise<number> {
  const results: Conformance[] = [];
  for (const sample of SAMPLES) {
    const report = await validateFile(join(ROOT, sample.file), {});
    results.push(conformance(sample, report, sample.sheets ? anchorsOf(sample.sheets()) : {}));
  }
  if (process.argv.includes("--json")) {
    console.log(JSON.stringify(results, null, 2));
  } else {
    for (const c of results) {
      console.log(`${conforms(c) ? "✓" : "✗"} ${c.id}`);
      for (const line of describe(c)) console.log(line);
    }
    const ok = results.filter(conforms).length;
    console.log(`\n${ok} / ${results.length} 个样例工作簿的校验结果符合预期。`);
  }
  return results.every(conforms) ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (e) => {
    console.error(e);
    process.exit(2);
  },
);
