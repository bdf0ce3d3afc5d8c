/**
 * File format of a catalog (bundled JSON or a user's year catalog):
 * { "schema": "budget-check/catalog@1", "label": "...", "year"?: 2025,
 *   "entries": [{ "kind", "code", "name", "formerNames"?: [{ "name", "until"? }], "source" }] }
 * Checks field types, code format per kind and duplicate codes; every message is in Chinese.
 */
import { z } from "zod";
import { CATALOG_KINDS, KIND_NAMES, codeFormatProblem } from "./codes";

export const CATALOG_SCHEMA_ID = "budget-check/catalog@1";

function describeInput(input: unknown): string {
  if (typeof input === "string") return `“${input}”`;
  if (input === null) return "null";
  if (Array.isArray(input)) return "数组";
  if (typeof input === "object") return "对象";
  return String(input);
}

/** Required, non-blank text. */
function text(label: string) {
  return z
    .string({ error: (iss) => (iss.input === undefined ? `缺少${label}` : `${label}应为文字，实际为 ${describeInput(iss.input)}`) })
    .refine((s) => s.trim().length > 0, { error: `${label}不能为空` });
}

/** Optional year between 1990 and 2100. */
function year(label: string) {
  return z
    .number({ error: (iss) => `${label}应为年份数字，实际为 ${describeInput(iss.input)}` })
    .int({ error: `${label}应为整数年份` })
    .min(1990, { error: `${label}应不早于 1990 年` })
    .max(2100, { error: `${label}应不晚于 2100 年` })
    .optional();
}

/**
 * Error of an object with a fixed set of fields; unknown fields are an error (usually typos).
 * The location (file, entry, former name) is added by parse.ts.
 */
function objectError(iss: { code: string; keys?: string[]; input?: unknown }): string {
  return iss.code === "unrecognized_keys"
    ? `含有未知字段：${(iss.keys ?? []).join("、")}`
    : `应为对象，实际为 ${describeInput(iss.input)}`;
}

const kindSchema = z.enum(CATALOG_KINDS, {
  error: (iss) =>
    iss.input === undefined
      ? "缺少科目类型（kind）"
      : `科目类型（kind）应为 ${CATALOG_KINDS.join("、")} 之一，实际为 ${describeInput(iss.input)}`,
});

const formerNameSchema = z.strictObject(
  { name: text("曾用名（name）"), until: year("曾用名的截止年份（until）") },
  { error: objectError },
);

export const catalogEntrySchema = z
  .strictObject(
    {
      kind: kindSchema,
      code: z.string({
        error: (iss) =>
          iss.input === undefined
            ? "缺少科目编码（code）"
            : `科目编码（code）应为文字（如 "2010301"，保留前导零），实际为 ${describeInput(iss.input)}`,
      }),
      name: text("科目名称（name）"),
      formerNames: z.array(formerNameSchema, { error: "曾用名（formerNames）应为数组" }).optional(),
      source: text("来源（source）"),
    },
    { error: objectError },
  )
  .superRefine((entry, ctx) => {
    const problem = codeFormatProblem(entry.kind, entry.code);
    if (problem) ctx.addIssue({ code: "custom", path: ["code"], message: problem });
  });

export const catalogFileSchema = z
  .strictObject(
    {
      schema: z.literal(CATALOG_SCHEMA_ID, {
        error: (iss) =>
          iss.input === undefined
            ? `缺少格式标识（schema），应为 "${CATALOG_SCHEMA_ID}"`
            : `格式标识（schema）应为 "${CATALOG_SCHEMA_ID}"，实际为 ${describeInput(iss.input)}`,
      }),
      label: text("目录名称（label）"),
      year: year("目录年份（year）"),
      entries: z.array(catalogEntrySchema, {
        error: (iss) => (iss.input === undefined ? "缺少科目列表（entries）" : "科目列表（entries）应为数组"),
      }),
    },
    { error: objectError },
  )
  .superRefine((file, ctx) => {
    const firstIndex = new Map<string, number>();
    file.entries.forEach((entry, index) => {
      const key = `${entry.kind}:${entry.code}`;
      const earlier = firstIndex.get(key);
      if (earlier === undefined) {
        firstIndex.set(key, index);
        return;
      }
      ctx.addIssue({
        code: "custom",
        path: ["entries", index, "code"],
        message:
          `${KIND_NAMES[entry.kind]}科目编码 ${entry.code} 重复：` +
          `第 ${earlier + 1} 条“${file.entries[earlier]!.name}”与第 ${index + 1} 条“${entry.name}”`,
      });
    });
  });

export type CatalogFile = z.infer<typeof catalogFileSchema>;
