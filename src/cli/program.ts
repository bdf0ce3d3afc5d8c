/**
 * The budget-check command line. `run` returns the exit code; only bin/main sets it on the process.
 */
import { Command, CommanderError, Option } from "commander";
import { promises as fs } from "node:fs";
import path from "node:path";
import { loadBundledCatalog, mergeCatalogs, parseCatalog, type Catalog } from "../core/catalog/catalog";
import type { UnitFacts } from "../core/rule";
import { expandInputs } from "./files";
import { formatText } from "./format-text";
import { exitCodeOf, validateFiles } from "./validate";

export interface Io {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  isTTY: boolean;
}

const UNIT_TYPES: Record<string, UnitFacts["unitType"]> = {
  行政: "administrative",
  参公: "civilServiceManaged",
  事业: "institution",
  部门: "mixedDepartment",
};

async function loadCatalog(file: string | undefined): Promise<Catalog> {
  const bundled = loadBundledCatalog();
  if (!file) return bundled;
  const json = JSON.parse(await fs.readFile(file, "utf8"));
  return mergeCatalogs(bundled, parseCatalog(json));
}

interface ValidateOptions {
  format: "text" | "json";
  out?: string;
  catalog?: string;
  unitType?: string;
}

async function runValidate(inputs: string[], opts: ValidateOptions, io: Io): Promise<number> {
  const catalog = await loadCatalog(opts.catalog);
  const files = await expandInputs(inputs);
  if (!files.length) {
    io.stderr("没有找到要校验的 .xlsx 文件\n");
    return 2;
  }
  const report = await validateFiles(files, { catalog, facts: { unitType: opts.unitType ? UNIT_TYPES[opts.unitType] : undefined } });
  const body = opts.format === "json" ? JSON.stringify(report, null, 2) + "\n" : formatText(report, io.isTTY && !opts.out);
  if (opts.out) {
    await fs.mkdir(path.dirname(path.resolve(opts.out)), { recursive: true });
    await fs.writeFile(opts.out, body);
    io.stderr(`报告已写入 ${opts.out}\n`);
  } else io.stdout(body);
  return exitCodeOf(report);
}

/** Validates the bundled seed sample: text on stdout, JSON under out/. */
async function runDemo(io: Io): Promise<number> {
  const sample = path.join("samples", "yangcheng-xinfang-2024.xlsx");
  const catalog = loadBundledCatalog();
  const report = await validateFiles([sample], { catalog });
  io.stdout(formatText(report, io.isTTY));
  await fs.mkdir("out", { recursive: true });
  const out = path.join("out", "yangcheng-xinfang-2024.report.json");
  await fs.writeFile(out, JSON.stringify(report, null, 2) + "\n");
  io.stdout(`\nJSON 报告已写入 ${out}\n`);
  // The demo shows the tool working: finding the sample's real defects is success, not failure.
  return report.workbooks.some((w) => w.error) ? 2 : 0;
}

export async function run(argv: string[], io: Io): Promise<number> {
  let code = 0;
  const program = new Command()
    .name("budget-check")
    .description("预算公开助手：校验部门/单位预算公开工作簿（.xlsx）")
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr });
  program
    .command("validate")
    .description("校验一个或多个工作簿（可传入文件夹）")
    .argument("<files...>", "工作簿文件或文件夹")
    .addOption(new Option("-f, --format <format>", "输出格式").choices(["text", "json"]).default("text"))
    .option("-o, --out <file>", "把报告写入文件")
    .option("--catalog <file>", "本年度科目目录（JSON，覆盖内置目录）")
    .addOption(new Option("--unit-type <type>", "单位类型").choices(Object.keys(UNIT_TYPES)))
    .action(async (files: string[], opts: ValidateOptions) => {
      code = await runValidate(files, opts, io);
    });
  program
    .command("demo")
    .description("校验内置示例（阳城县信访局 2024），并把 JSON 报告写入 out/")
    .action(async () => {
      code = await runDemo(io);
    });
  try {
    await program.parseAsync(argv, { from: "user" });
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? 0 : 2;
    io.stderr(`出错：${(e as Error).message}\n`);
    return 2;
  }
  return code;
}
