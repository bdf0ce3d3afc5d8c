/**
 * Builds functions-zh-cn.json (the zh-CN custom-function metadata the manifest points to for the
 * zh-CN locale) from the generated functions.json and the translation table: same ids, Chinese
 * function and parameter names. Fails when a function or parameter has no translation, so a new
 * function cannot ship without its Chinese name.
 *
 * Used by the webpack build (scripts/webpack/zh-cn-metadata-plugin.js); also a CLI:
 *   tsx scripts/functions-zh-cn.ts dist/functions.json dist/functions-zh-cn.json
 */
import { readFileSync, writeFileSync } from "node:fs";
import { z } from "zod";
import { ZH_CN_NAMES, type FunctionTranslation } from "./functions-zh-cn-names";

const parameterSchema = z.looseObject({ name: z.string() });
const functionSchema = z.looseObject({
  id: z.string(),
  name: z.string(),
  parameters: z.array(parameterSchema),
});
const metadataSchema = z.looseObject({ functions: z.array(functionSchema) });

export type FunctionsMetadata = z.infer<typeof metadataSchema>;

/** Excel function names: a letter first, then letters, digits, periods or underscores. */
const FUNCTION_NAME = /^\p{L}[\p{L}\p{N}._]*$/u;

export function localizeMetadata(
  metadata: unknown,
  table: Record<string, FunctionTranslation> = ZH_CN_NAMES,
): FunctionsMetadata {
  const parsed = metadataSchema.safeParse(metadata);
  if (!parsed.success) throw new Error(`functions.json 格式不对：${parsed.error.message}`);
  // Validated above; work on the original objects so every key keeps its place.
  const source = metadata as FunctionsMetadata;
  const problems: string[] = [];
  const seen = new Set<string>();
  const functions = source.functions.map((fn) => {
    const t = table[fn.id];
    if (!t) {
      problems.push(`函数 ${fn.id} 缺少中文名称`);
      return fn;
    }
    if (!FUNCTION_NAME.test(t.name)) problems.push(`函数 ${fn.id} 的中文名称“${t.name}”不是有效的 Excel 函数名`);
    if (seen.has(t.name)) problems.push(`中文函数名“${t.name}”重复`);
    seen.add(t.name);
    const parameters = fn.parameters.map((p) => {
      const name = t.parameters[p.name];
      if (!name) problems.push(`函数 ${fn.id} 的参数 ${p.name} 缺少中文名称`);
      return name ? { ...p, name } : p;
    });
    for (const key of Object.keys(t.parameters)) {
      if (!fn.parameters.some((p) => p.name === key)) problems.push(`函数 ${fn.id} 没有参数 ${key}（翻译表多余）`);
    }
    return { ...fn, name: t.name, parameters };
  });
  for (const id of Object.keys(table)) {
    if (!source.functions.some((fn) => fn.id === id)) problems.push(`翻译表中的函数 ${id} 不存在`);
  }
  if (problems.length) throw new Error(`生成 functions-zh-cn.json 失败：\n${problems.join("\n")}`);
  return { ...source, functions };
}

export function localizeMetadataJson(json: string): string {
  return `${JSON.stringify(localizeMetadata(JSON.parse(json)), null, 4)}\n`;
}

if (require.main === module) {
  const [input, output] = process.argv.slice(2);
  if (!input || !output) {
    console.error("用法：tsx scripts/functions-zh-cn.ts <functions.json> <functions-zh-cn.json>");
    process.exit(2);
  }
  writeFileSync(output, localizeMetadataJson(readFileSync(input, "utf8")));
}
