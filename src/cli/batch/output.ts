/**
 * Writes a report or a marked copy to a file: never over an existing file unless `force`, and
 * never over one of the inputs, even with `force`.
 */
import { promises as fs } from "node:fs";
import path from "node:path";

export class OutputRefused extends Error {
  constructor(message: string) {
    super(message);
    this.name = "OutputRefused";
  }
}

export async function writeOutput(file: string, body: string | Uint8Array, opts: { force?: boolean; inputs?: string[] } = {}): Promise<void> {
  const target = path.resolve(file);
  const inputs = new Set((opts.inputs ?? []).map((f) => path.resolve(f)));
  const real = await fs.realpath(target).catch(() => target);
  if (inputs.has(target) || inputs.has(real)) throw new OutputRefused(`输出文件 ${file} 是输入文件本身，不能覆盖输入：请换一个文件名`);
  await fs.mkdir(path.dirname(target), { recursive: true });
  try {
    await fs.writeFile(target, body, { flag: opts.force ? "w" : "wx" });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "EEXIST") throw new OutputRefused(`输出文件 ${file} 已存在，未覆盖：请换一个文件名，或加 --force 覆盖`);
    throw new OutputRefused(`无法写入输出文件 ${file}（${(e as NodeJS.ErrnoException).code ?? (e as Error).message}）`);
  }
}
