/** `budget-check validate FILE_OR_DIR…`: the report on stdout (text or JSON) or in a file. */
import type { UnitFacts } from "../../core/rule";
import { REPORT_SCHEMA_ID, type Report } from "../../core/report";
import { OutputRefused, writeOutput } from "../batch/output";
import { autoJobs, validateBatch } from "../batch/pool";
import { createProgress } from "../batch/progress";
import { writeBatchStats } from "../batch/runtime";
import { expandInputs } from "../files";
import { formatText } from "../format-text";
import { formatCsv } from "../report-csv";
import { formatHtml } from "../report-html";
import { exitCodeOf } from "../validate";
import type { RegisterCommand } from "./types";
import { defineValidate, UNIT_TYPES, type ValidateOptions } from "./validate-options";

export { UNIT_TYPES } from "./validate-options";

function render(report: Report, format: ValidateOptions["format"], color: boolean): string {
  if (format === "json") return JSON.stringify(report, null, 2) + "\n";
  if (format === "html") return formatHtml(report);
  if (format === "csv") return formatCsv(report);
  return formatText(report, color);
}

export const registerValidate: RegisterCommand = (program, ctx) => {
  defineValidate(program.command("validate")).action(async (inputs: string[], opts: ValidateOptions) => {
    const { io } = ctx;
    const catalog = await ctx.loadCatalog(opts.catalog);
    const files = await expandInputs(inputs);
    if (!files.length) {
      io.stderr("没有找到要校验的 .xlsx 文件\n");
      ctx.setExitCode(2);
      return;
    }
    const facts: UnitFacts = { unitType: opts.unitType ? UNIT_TYPES[opts.unitType] : undefined };
    // A large batch on every core has already been relaunched with --single-threaded by the process entry (batch/early-relaunch.ts).
    const jobs = opts.jobs ?? autoJobs(files.length);
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
