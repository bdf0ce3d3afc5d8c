/**
 * 政府收支分类科目 catalog: codes and names of the 支出功能分类, 部门预算支出经济分类 and
 * 政府预算支出经济分类, each entry with where it came from. (Implementation owned by the catalog work.)
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
  byCode(kind: CatalogKind, code: string): CatalogEntry | undefined;
  /** Entries whose current or former name matches (after normalization). */
  byName(kind: CatalogKind, name: string): CatalogEntry[];
}
