/**
 * The catalog shipped with the tool: the bundled JSON files (each entry with its source, see
 * bundled/SOURCES.md), validated like a user's file and combined into one catalog on first use.
 */
import type { Catalog } from "./catalog";
import { parseCatalog } from "./parse";
import { CATALOG_SCHEMA_ID } from "./schema";
import functionClasses from "./bundled/function-classes.json";
import functionItems from "./bundled/function-items.json";
import deptEconomic from "./bundled/dept-economic.json";
import govEconomic from "./bundled/gov-economic.json";

/** The bundled files, by file name. */
export const BUNDLED_CATALOG_FILES: Readonly<Record<string, unknown>> = {
  "function-classes.json": functionClasses,
  "function-items.json": functionItems,
  "dept-economic.json": deptEconomic,
  "gov-economic.json": govEconomic,
};

export const BUNDLED_CATALOG_LABEL = "内置政府收支分类科目目录（部分，逐条注明来源）";

let memo: Catalog | undefined;

/**
 * The bundled catalog, built once. Each file is validated on its own, then all entries together
 * (so a code listed in two files is reported as a duplicate). Throws CatalogFormatError.
 */
export function loadBundledCatalog(): Catalog {
  if (memo) return memo;
  const parts = Object.values(BUNDLED_CATALOG_FILES).map((file) => parseCatalog(file));
  memo = parseCatalog({
    schema: CATALOG_SCHEMA_ID,
    label: BUNDLED_CATALOG_LABEL,
    entries: parts.flatMap((part) => part.entries),
  });
  return memo;
}
