/**
 * 政府收支分类科目 catalog: codes and names of the 支出功能分类, 部门预算支出经济分类 and
 * 政府预算支出经济分类, each entry with where it came from.
 *
 * This file holds the types others code against and re-exports the catalog functions, each
 * implemented in its own file: codes.ts (code shape), normalize.ts (name normalization),
 * schema.ts (file format), create.ts (lookup and merge), parse.ts (validation with Chinese
 * errors), bundled.ts (the catalog shipped with the tool).
 */
export type CatalogKind = "function" | "deptEconomic" | "govEconomic";

export interface CatalogEntry {
  kind: CatalogKind;
  /** Digits only: "201", "20103", "2010301", "30101". */
  code: string;
  name: string;
  /** Names this code carried in earlier years (e.g. 210 医疗卫生与计划生育支出 until 2018). */
  formerNames?: { name: string; until?: number }[];
  /** Where the entry comes from (document, table, page). */
  source: string;
}

export interface Catalog {
  label: string;
  year?: number;
  entries: CatalogEntry[];
  /** The entry with this code; the code may carry spaces or full-width digits. */
  byCode(kind: CatalogKind, code: string): CatalogEntry | undefined;
  /** Entries whose current or former name matches (after normalization); shared, do not modify. */
  byName(kind: CatalogKind, name: string): readonly CatalogEntry[];
}

export { CATALOG_KINDS, KIND_NAMES, cleanCode, codeFormatProblem, levelOf, parentCodes } from "./codes";
export type { CodeLevel } from "./codes";
export { normalizeSubjectName } from "./normalize";
export { CATALOG_SCHEMA_ID, catalogFileSchema } from "./schema";
export type { CatalogFile } from "./schema";
export { createCatalog, mergeCatalogs, matchSubjectName } from "./create";
export type { NameMatch } from "./create";
export { CatalogFormatError, parseCatalog } from "./parse";
export { loadBundledCatalog } from "./bundled";
