/**
 * `budget-check generate FILE [--tables T01,T04] --out FILE`: writes a copy of the workbook with the
 * missing summary tables added on new sheets (the input is never modified). `--list` only shows
 * what can be generated and why not. `--subtotals` writes corrected copies of coded tables that lack
 * their 合计 row or 类/款 rows (with `--tables`, those tables too).
 */
import { Option } from "commander";
import { promises as fs } from "node:fs";
import path from "node:path";
import { recognize } from "../../core/recognize";
import { GenerationError, generateSubtotals, generateTables, GENERATABLE_IDS, planGeneration, planSubtotals, type GenerationPlan, type SubtotalEntry } from "../../core/generate";
import type { TableId } from "../../core/model";
import { readGrids, WorkbookReadError } from "../../hosts/xlsx/read";
import { writeTables } from "../../hosts/xlsx/write-table";
import type { RegisterCommand } from "./types";
import { UNIT_TYPES } from "./validate";

interface GenerateOptions {
  tables?: string;
  out?: string;
  force?: boolean;
  list?: boolean;
  unitType?: string;
  subtotals?: boolean;
}

const STATUS = { missing: "缺少", empty: "为空", present: "已有" } as const;

function formatPlan(plan: GenerationPlan): string {
  const lines = plan.all.map((e) => {
    const head = `${e.id} ${e.name}（工作簿中${STATUS[e.status]}）`;
    if (!e.derivable) return `  ✗ ${head}：不能生成——${e.reason}`;
    const mark = plan.available.some((a) => a.id === e.id) ? "✓" : "·";
    return [`  ${mark} ${head}：可由 ${e.from} 生成`, ...e.cautions.map((c) => `      ！${c}`)].join("\n");
  });
  return `${lines.join("\n")}\n（✓ 默认生成；· 可用 --tables 指定；✗ 不能生成）\n`;
}

function formatSubtotals(entries: SubtotalEntry[]): string {
  if (!entries.length) return "各编码表的合计行和类、款行齐全，无需补全\n";
  const lines = entries.map((e) => `  ✓ ${e.id} ${e.name}（工作表“${e.sheet}”）：${e.inserted}`);
  return `可生成补全副本的表（--subtotals）：\n${lines.join("\n")}\n`;
}

export const registerGenerate: RegisterCommand = (program, ctx) => {
  program
    .command("generate")
    .description("生成缺失的汇总表（写入新工作簿，原文件不变）")
    .argument("<file>", "工作簿文件（.xlsx）")
    .option("--tables <ids>", `要生成的表，逗号分隔（可选：${GENERATABLE_IDS.join(",")}）；默认生成全部缺失且可生成的表`)
    .option("-o, --out <file>", "输出工作簿")
    .option("--force", "覆盖已存在的输出文件")
    .option("--list", "只列出可生成的表及原因，不写文件")
    .option("--subtotals", "为缺少合计行或类、款行的编码表生成补全副本（新工作表）")
    .addOption(new Option("--unit-type <type>", "单位类型（决定机关运行经费）").choices(Object.keys(UNIT_TYPES)))
    .action(async (file: string, opts: GenerateOptions) => {
      const { io } = ctx;
      const fail = (msg: string, code: number) => {
        io.stderr(`${msg}\n`);
        ctx.setExitCode(code);
      };
      let ids: TableId[] | undefined;
      if (opts.tables) {
        ids = opts.tables.split(/[,，\s]+/).filter(Boolean).map((s) => s.toUpperCase() as TableId);
        const unknown = ids.filter((id) => !GENERATABLE_IDS.includes(id));
        if (unknown.length) return fail(`不能生成的表：${unknown.join("、")}（可选：${GENERATABLE_IDS.join(",")}）`, 2);
      }
      if (!opts.list) {
        if (!opts.out) return fail("请用 --out 指定输出文件（原文件不会被修改）", 2);
        if (path.resolve(opts.out) === path.resolve(file)) return fail("输出文件不能是输入文件本身：原文件不会被修改", 2);
        const exists = await fs.stat(opts.out).then(() => true, () => false);
        if (exists && !opts.force) return fail(`输出文件已存在：${opts.out}（如要覆盖，请加 --force）`, 2);
      }
      let bytes: Uint8Array;
      try {
        const data = await fs.readFile(file);
        bytes = new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
      } catch (e) {
        return fail(`${file}：${(e as NodeJS.ErrnoException).code === "ENOENT" ? "文件不存在" : "无法读取文件"}`, 2);
      }
      let grids;
      try {
        grids = await readGrids(bytes);
      } catch (e) {
        if (e instanceof WorkbookReadError) return fail(`${file}：${e.message}`, 2);
        throw e;
      }
      const catalog = await ctx.loadCatalog();
      const d = recognize(grids, { catalog });
      const options = { unitType: opts.unitType ? UNIT_TYPES[opts.unitType] : undefined };
      const plan = planGeneration(d, options);
      if (opts.list) {
        io.stdout(formatPlan(plan) + (opts.subtotals ? formatSubtotals(planSubtotals(d, catalog)) : ""));
        ctx.setExitCode(0);
        return;
      }
      const corrected = opts.subtotals ? generateSubtotals(d, catalog) : [];
      if (opts.subtotals && !corrected.length && !ids) {
        io.stdout(formatSubtotals([]));
        return fail("没有需要补全的表，未写出文件", 1);
      }
      const wanted = ids ?? (opts.subtotals ? [] : plan.available.map((e) => e.id));
      if (!wanted.length && !corrected.length) {
        io.stdout(formatPlan(plan));
        return fail("没有缺失且可生成的表，未写出文件", 1);
      }
      let drafts;
      try {
        drafts = [...generateTables(d, wanted, options), ...corrected];
      } catch (e) {
        if (!(e instanceof GenerationError)) throw e;
        const reasons = wanted.map((id) => plan.all.find((p) => p.id === id)!).filter((p) => !p.derivable);
        return fail(`${reasons.map((p) => `无法生成 ${p.id} ${p.name}：${p.reason}`).join("\n")}\n未写出文件`, 1);
      }
      const { bytes: out, sheets } = await writeTables(bytes, drafts);
      await fs.mkdir(path.dirname(path.resolve(opts.out!)), { recursive: true });
      await fs.writeFile(opts.out!, out);
      const report = drafts.map((dr, i) => [`  ${dr.id} → 工作表“${sheets[i]}”（${dr.title}，单位：${dr.unit}）`, ...dr.cautions.map((c) => `      ！${c}`)].join("\n"));
      io.stdout(`已生成 ${drafts.length} 张表，写入 ${opts.out}：\n${report.join("\n")}\n单元格为指向来源表的公式，并已写入计算结果。\n`);
      ctx.setExitCode(0);
    });
};
