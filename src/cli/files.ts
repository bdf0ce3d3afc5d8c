/** Expands the CLI's FILE_OR_DIR arguments into workbook paths (directories walked, sorted). */
import { promises as fs } from "node:fs";
import path from "node:path";

export async function expandInputs(inputs: string[]): Promise<string[]> {
  const out: string[] = [];
  for (const input of inputs) {
    const stat = await fs.stat(input).catch(() => undefined);
    if (stat?.isDirectory()) out.push(...(await walk(input)));
    else out.push(input); // missing files are reported per workbook
  }
  return out;
}

async function walk(dir: string): Promise<string[]> {
  const entries = await fs.readdir(dir, { withFileTypes: true });
  const files: string[] = [];
  for (const e of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) files.push(...(await walk(p)));
    // .xls and .csv are listed too, so that they are reported (with how to convert them), not skipped.
    else if (/\.(xlsx|xlsm|xls|csv)$/i.test(e.name) && !e.name.startsWith("~$")) files.push(p);
  }
  return files;
}
