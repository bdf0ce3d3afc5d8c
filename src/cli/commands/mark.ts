/**
 * `budget-check mark FILE --out FILE`: a copy of the workbook with the findings marked as the task
 * pane marks them (error red, warning amber, the explanation as a cell note). The input is only
 * read; the copy never replaces an existing file unless --force, and never the input.
 */
import { Option } from "commander";
import { promises as fs } from "node:fs";
import path from "node:path";
import type { UnitFacts } from "../../core/rule";
import { markWorkbook } from "../../hosts/xlsx/marks";
import { OutputRefused, writeOutput } from "../batch/output";
import { validateFile } from "../validate";
import type { RegisterCommand } from "./types";
import { UNIT_TYPES } from "./validate";

interface MarkOptions {
  out?: string;
  force?: boolean;
  catalog?: string;
  unitType?: string;
}

/** "预算.xlsx" → "预算-标注版.xlsx", beside the input. */
export function defaultMarkedName(file: string): string {
  const ext = path.extname(file);
  return path.join(path.dirname(file), `${path.basename(file, ext)}-标注版${ext || ".xlsx"}`);
}

export const registerMark: RegisterCommand = (program, ctx) => {
  program
    .command("mark")
    .description("校验一个工作簿，并另存一份标注了问题的副本（错误标红、警告标黄，说明写在批注中；原文件不变）")
    .argument("<file>", "工作簿文件")
    .option("-o, --out <file>", "标注版的文件名（默认为“原文件名-标注版.xlsx”）")
    .option("--force", "允许覆盖已存在的输出文件")
    .option("--catalog <file>", "本年度科目目录（JSON，覆盖内置目录）")
    .addOption(new Option("--unit-type <type>", "单位类型").choices(Object.keys(UNIT_TYPES)))
    .action(async (file: string, opts: MarkOptions) => {
      const { io } = ctx;
      const catalog = await ctx.loadCatalog(opts.catalog);
      const facts: UnitFacts = { unitType: opts.unitType ? UNIT_TYPES[opts.unitType] : undefined };
      const report = await validateFile(file, { catalog, facts });
      if (report.error) {
        io.stderr(`无法标注：${report.error.message}\n`);
        ctx.setExitCode(2);
        return;
      }
      const out = opts.out ?? defaultMarkedName(file);
      const data = await fs.readFile(file);
      const result = await markWorkbook(new Uint8Array(data.buffer, data.byteOffset, data.byteLength), report.findings);
      try {
        await writeOutput(out, result.bytes, { force: opts.force, inputs: [file] });
      } catch (e) {
        if (!(e instanceof OutputRefused)) throw e;
        io.stderr(`${e.message}\n`);
        ctx.setExitCode(2);
        return;
      }
      const { error, warning, info } = report.summary;
      io.stdout(`${file}：错误 ${error}，警告 ${warning}，提示 ${info}；已在 ${result.marked} 个单元格标注（提示不标注）\n`);
      if (result.missing.length) io.stdout(`另有 ${result.missing.length} 处问题所在的工作表不在文件中，未能标注\n`);
      io.stdout(`标注版已写入 ${out}（原文件未改动）\n`);
      ctx.setExitCode(report.summary.error > 0 ? 1 : 0);
    });
};
