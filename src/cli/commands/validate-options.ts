/**
 * The validate command's arguments and options, apart from its action: the process entry parses a
 * command line with them before it loads the CLI (batch/early-relaunch.ts). Light imports only.
 */
import { type Command, InvalidArgumentError, Option } from "commander";
import type { UnitFacts } from "../../core/rule";
import { defaultJobs, parallelFromFiles } from "../batch/jobs";

export const UNIT_TYPES: Record<string, UnitFacts["unitType"]> = {
  行政: "administrative",
  参公: "civilServiceManaged",
  事业: "institution",
  部门: "mixedDepartment",
};

export interface ValidateOptions {
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

/** Adds validate's description, arguments and options to `command`. */
export function defineValidate(command: Command): Command {
  return command
    .description("校验一个或多个工作簿（可传入文件夹）")
    .argument("<files...>", "工作簿文件或文件夹")
    .addOption(new Option("-f, --format <format>", "输出格式（html 为可在浏览器中排序、筛选的单个文件；csv 每个问题一行）").choices(["text", "json", "html", "csv"]).default("text"))
    .option("-o, --out <file>", "把报告写入文件（文件已存在时不覆盖）")
    .option("--force", "允许覆盖已存在的输出文件")
    .option("-j, --jobs <n>", jobsHelp(), positiveInt)
    .option("--no-progress", "不显示进度")
    .option("--catalog <file>", "本年度科目目录（JSON，覆盖内置目录）")
    .addOption(new Option("--unit-type <type>", "单位类型").choices(Object.keys(UNIT_TYPES)));
}

/** The default of --jobs, as autoJobs decides it on this machine. */
function jobsHelp(): string {
  const cores = defaultJobs();
  if (cores < 2) return "并行校验的线程数（本机 1 核，默认单线程）";
  return `并行校验的线程数（默认：不少于 ${parallelFromFiles(cores)} 个文件时每个处理器核一个，本机 ${cores} 核；文件更少时单线程——每个线程都要各自预热，单线程反而更快）`;
}
