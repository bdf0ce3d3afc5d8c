/** `budget-check validate FILE_OR_DIR…`: the report on stdout (text or JSON) or in a file. */
import { InvalidArgumentError, Option } from "commander";
import type { UnitFacts } from "../../core/rule";
import { REPORT_SCHEMA_ID, type Report } from "../../core/report";
import { OutputRefused, writeOutput } from "../batch/output";
import { autoJobs, defaultJobs, validateBatch } from "../batch/pool";
import { createProgress } from "../batch/progress";
import { SINGLE_THREADED_V8, wantsSingleThreadedV8, writeBatchStats } from "../batch/runtime";
import { expandInputs } from "../files";
import { formatText } from "../format-text";
import { formatCsv } from "../report-csv";
import { formatHtml } from "../report-html";
import { exitCodeOf } from "../validate";
import type { RegisterCommand } from "./types";

export const UNIT_TYPES: Record<string, UnitFacts["unitType"]> = {
  行政: "administrative",
  参公: "civilServiceManaged",
  事业: "institution",
  部门: "mixedDepartment",
};

interface ValidateOptions {
  format: "text" | "json" | "html" | "csv";
  out?: string;
  force?: boolean;
  jobs?: number;
  progress?: boolean;
  catalog?: string;
  unitType?: string;
}

function positiveInt(v: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError("应为正整数");
  return n;
}

function render(report: Report, format: ValidateOptions["format"], color: boolean): string {
  if (format === "json") return JSON.stringify(report, null, 2) + "\n";
  if (format === "html") return formatHtml(report);
  if (format === "csv") return formatCsv(report);
  return formatText(report, color);
}

export const registerValidate: RegisterCommand = (program, ctx) => {
  program
    .command("validate")
    .description("校验一个或多个工作簿（可传入文件夹）")
    .argument("<files...>", "工作簿文件或文件夹")
    .addOption(new Option("-f, --format <format>", "输出格式（html 为可在浏览器中排序、筛选的单个文件；csv 每个问题一行）").choices(["text", "json", "html", "csv"]).default("text"))
    .option("-o, --out <file>", "把报告写入文件（文件已存在时不覆盖）")
    .option("--force", "允许覆盖已存在的输出文件")
    .option("-j, --jobs <n>", `并行校验的线程数（默认为处理器核数，本机 ${defaultJobs()}；文件很少时自动减少）`, positiveInt)
    .option("--no-progress", "不显示进度")
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
      const facts: UnitFacts = { unitType: opts.unitType ? UNIT_TYPES[opts.unitType] : undefined };
      const jobs = opts.jobs ?? autoJobs(files.length);
      if (ctx.relaunch && wantsSingleThreadedV8(jobs, files.length)) {
        ctx.setExitCode(await ctx.relaunch([SINGLE_THREADED_V8]));
        return;
      }
      const progress = opts.progress === false ? createProgress(() => {}, false, 0) : createProgress(io.stderr, !!process.stderr.isTTY, files.length);
      const batch = await validateBatch(
        files,
        { catalog, facts },
        { catalogFile: opts.catalog, facts },
        { jobs, onFile: (r, done, total) => progress.file(r, done, total) },
      );
      progress.end();
      writeBatchStats({ files: files.length, workers: batch.workers, peakHeapBytes: batch.peakHeapBytes });
      const report: Report = { schema: REPORT_SCHEMA_ID, workbooks: batch.reports };
      const body = render(report, opts.format, io.isTTY && !opts.out);
      if (opts.out) {
        try {
          await writeOutput(opts.out, body, { force: opts.force, inputs: files });
        } catch (e) {
          if (!(e instanceof OutputRefused)) throw e;
          io.stderr(`${e.message}\n`);
          ctx.setExitCode(2);
          return;
        }
        io.stderr(`报告已写入 ${opts.out}\n`);
      } else io.stdout(body);
      ctx.setExitCode(exitCodeOf(report));
    });
};
