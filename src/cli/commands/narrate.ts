/** `budget-check narrate FILE --out FILE`: writes the 情况说明 generated from the tables into a copy of the workbook. */
import { promises as fs } from "node:fs";
import path from "node:path";
import { builtinTemplate, BUILTIN_TEMPLATE_IDS, type BuiltinTemplateId, type NarrativeTemplate, parseTemplate, TemplateError } from "../../core/narrative/generate";
import { narrateWorkbook } from "../../hosts/xlsx/write-narrative";
import type { RegisterCommand } from "./types";

interface NarrateOptions {
  out: string;
  template: string;
  update?: boolean;
  force?: boolean;
  catalog?: string;
}

async function loadTemplate(spec: string): Promise<NarrativeTemplate> {
  if ((BUILTIN_TEMPLATE_IDS as readonly string[]).includes(spec)) return builtinTemplate(spec as BuiltinTemplateId);
  let text: string;
  try {
    text = await fs.readFile(spec, "utf8");
  } catch {
    throw new TemplateError(`找不到模板“${spec}”：可用内置模板 ${BUILTIN_TEMPLATE_IDS.join("、")}，或给出模板 JSON 文件的路径`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new TemplateError(`模板文件 ${spec} 不是有效的 JSON（${(e as Error).message}）`);
  }
  return parseTemplate(json);
}

export const registerNarrate: RegisterCommand = (program, ctx) => {
  program
    .command("narrate")
    .description("按表格数据生成情况说明，写入工作簿副本（原文件不修改）")
    .argument("<file>", "工作簿文件")
    .requiredOption("-o, --out <file>", "输出的工作簿副本")
    .option("-t, --template <name>", `模板：${BUILTIN_TEMPLATE_IDS.join(" | ")}，或模板 JSON 文件`, "seed")
    .option("--update", "更新上次生成的工作表中未被修改的段落（默认另存为新版本工作表）")
    .option("--force", "输出文件已存在时覆盖")
    .option("--catalog <file>", "本年度科目目录（JSON，覆盖内置目录）")
    .action(async (file: string, opts: NarrateOptions) => {
      const { io } = ctx;
      const fail = (message: string) => {
        io.stderr(`${message}\n`);
        ctx.setExitCode(2);
      };
      if (path.resolve(file) === path.resolve(opts.out)) return fail("输出文件不能与输入文件相同：本命令不修改原工作簿");
      const input = await fs.readFile(file).catch(() => undefined);
      if (!input) return fail(`无法读取文件 ${file}`);
      if (!opts.force && (await fs.stat(opts.out).catch(() => undefined))) return fail(`输出文件 ${opts.out} 已存在；如需覆盖请加 --force`);
      let template: NarrativeTemplate;
      try {
        template = await loadTemplate(opts.template);
      } catch (e) {
        return fail((e as Error).message);
      }
      const catalog = await ctx.loadCatalog(opts.catalog);
      let result;
      try {
        result = await narrateWorkbook(new Uint8Array(input), { template, update: opts.update, catalog });
      } catch (e) {
        return fail(`${file}：${(e as Error).message}`);
      }
      await fs.mkdir(path.dirname(path.resolve(opts.out)), { recursive: true });
      await fs.writeFile(opts.out, result.bytes);
      const g = result.generated;
      const lines = [
        result.mode === "update"
          ? `已更新工作表“${result.sheet}”：改写 ${result.updated} 段`
          : `已生成工作表“${result.sheet}”：${g.paragraphs.length} 段（模板：${template.name}）`,
      ];
      if (result.fallbackReason) lines.push(`未能在原工作表中更新（${result.fallbackReason}），已另存为新版本`);
      if (result.kept.length) {
        lines.push(`以下 ${result.kept.length} 段已被手工修改，保持不变：`);
        for (const k of result.kept) lines.push(`  ${result.sheet}!${k.cell}  ${k.text.slice(0, 40)}${k.text.length > 40 ? "…" : ""}`);
      }
      if (result.factsSheet === "created") lines.push(`已新建工作表“上年数及补充信息”（${result.addedFacts} 项）`);
      if (result.factsSheet === "appended") lines.push(`已在“上年数及补充信息”末尾补充 ${result.addedFacts} 项`);
      if (g.missingFacts.length) {
        lines.push(`文中有 ${g.placeholders.length} 处【请填写】，待填写 ${g.missingFacts.length} 项：`);
        for (const f of g.missingFacts) lines.push(`  · ${f.label}`);
        lines.push("请在“上年数及补充信息”中填写后重新生成");
      } else lines.push("所有补充信息均已填写");
      lines.push(`已写入 ${opts.out}`);
      io.stdout(lines.join("\n") + "\n");
      ctx.setExitCode(0);
    });
};
