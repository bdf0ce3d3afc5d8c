/** The workbooks the batch benches cycle through: the bundled samples, then the messy and defect variants. */
import { readdirSync } from "node:fs";
import path from "node:path";

export function sampleFiles(samplesDir: string): string[] {
  const dirs = [samplesDir, ...["messy", "defects"].map((d) => path.join(samplesDir, d))];
  return dirs.flatMap((d) => readdirSync(d).filter((f) => f.endsWith(".xlsx")).map((f) => path.join(d, f)));
}
