/**
 * Reading a catalog file: validates it against schema.ts and reports every problem in Chinese,
 * naming the entry (position, code and name) it concerns.
 */
import type { Catalog } from "./catalog";
import { createCatalog } from "./create";
import { catalogFileSchema } from "./schema";

/** A catalog file that does not follow the format; `problems` has one Chinese line per problem. */
export class CatalogFormatError extends Error {
  readonly problems: readonly string[];
  constructor(problems: readonly string[]) {
    super(`科目目录文件格式有误（${problems.length} 处）：\n${problems.map((p) => `- ${p}`).join("\n")}`);
    this.name = "CatalogFormatError";
    this.problems = problems;
  }
}

function describeEntry(raw: unknown, index: number): string {
  const position = `第 ${index + 1} 条科目`;
  if (raw === null || typeof raw !== "object") return position;
  const { code, name } = raw as { code?: unknown; name?: unknown };
  const parts = [typeof code === "string" || typeof code === "number" ? String(code) : "", typeof name === "string" ? name : ""]
    .filter((p) => p.length > 0)
    .join(" ");
  return parts.length > 0 ? `${position}（${parts}）` : position;
}

function locate(json: unknown, path: readonly PropertyKey[]): string {
  if (path[0] === "entries" && typeof path[1] === "number") {
    const entries = (json as { entries?: unknown[] }).entries;
    const where = describeEntry(Array.isArray(entries) ? entries[path[1]] : undefined, path[1]);
    if (path[2] === "formerNames" && typeof path[3] === "number") return `${where}的第 ${path[3] + 1} 个曾用名`;
    return where;
  }
  return "目录文件";
}

/**
 * A catalog from parsed JSON (or a JSON string). Throws CatalogFormatError listing every problem:
 * bad code length or leading digit, duplicate code, missing name or source, unknown fields.
 */
export function parseCatalog(json: unknown): Catalog {
  let value = json;
  if (typeof json === "string") {
    try {
      value = JSON.parse(json);
    } catch (error) {
      throw new CatalogFormatError([`不是有效的 JSON：${error instanceof Error ? error.message : String(error)}`]);
    }
  }
  const result = catalogFileSchema.safeParse(value);
  if (!result.success) {
    throw new CatalogFormatError(result.error.issues.map((issue) => `${locate(value, issue.path)}：${issue.message}`));
  }
  return createCatalog(result.data);
}
