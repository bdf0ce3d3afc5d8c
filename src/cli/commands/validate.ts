/** `budget-check validate FILE_OR_DIR…`: the report on stdout (text or JSON) or in a file. */
import { Option } from "commander";
import { promises as fs } from "node:fs";
import path from "node:path";
import type { UnitFacts } from "../../core/rule";
import { expandInputs } from "../files";
import { formatText } from "../format-text";
import { exitCodeOf, validateFiles } from "../validate";
import type { RegisterCommand } from "./types";

export const UNIT_TYPES: Record<string, UnitFacts["unitType"]> = {
  行政: "administrative",
  参公: "civilServiceManaged",
  事业: "institution",
  部门: "mixedDepartment",
};

interface ValidateOptions {
  format: "text" | "json";
  out?: string;
  catalog?: string;
  unitType?: string;
}

export const registerValidate: RegisterCommand = (program, ctx) => {
  program
    .command("validate")
    .description("校验一个或多个工作簿（可传入文件夹）")
    .argument("<files...>", "工作簿文件或文件夹")
    .addOption(new Option("-f, --format <format>", "输出格式").choices(["text", "json"]).default("text"))
    .option("-o, --out <file>", "把报告写入文件")
    .option("--catalog <file>", "本年度科目目录（JSON，覆盖内置目录）")
    .addOption(new Option("--unit-type <type>", "单位类型").choices(Object.keys(UNIT_TYPES)))
    .action(async (inputs: string[], opts: ValidateOptions) => {
      const { io } = ctx;
      const catalog = await ctx.loadCatalog(opts.catalog);
      const files = await expandInputs(inputs);
      if (!files.length) {
        io.stderr("没有找到要校验的 .xlsx 文件\n");
        ctx.setExitCode(2);
        return;
      }
      const report = await validateFiles(files, { catalog, facts: { unitType: opts.unitType ? UNIT_TYPES[opts.unitType] : undefined } });
      const body = opts.format === "json" ? JSON.stringify(report, null, 2) + "\n" : formatText(report, io.isTTY && !opts.out);
      if (opts.out) {
        await fs.mkdir(path.dirname(path.resolve(opts.out)), { recursive: true });
        await fs.writeFile(opts.out, body);
        io.stderr(`报告已写入 ${opts.out}\n`);
      } else io.stdout(body);
      ctx.setExitCode(exitCodeOf(report));
    });
};
