/**
 * =BUDGET.SUBJECT(code, [year]): the 科目名称 for a code from the catalog; with a year, the name the
 * code carried that year when it has since been renamed (210 in 2018 → 医疗卫生与计划生育支出).
 */
import type { Catalog, CatalogEntry, CatalogKind } from "../../core/catalog/catalog";
import { readInteger } from "./cells";
import { requireCode } from "./codes";
import { notAvailable } from "./errors";

const ALL_KINDS: CatalogKind[] = ["function", "deptEconomic", "govEconomic"];

/** Which classification a code belongs to, by its first digit (2 功能, 3 部门经济, 5 政府经济). */
function kindsFor(code: string): CatalogKind[] {
  switch (code[0]) {
    case "2":
      return ["function"];
    case "3":
      return ["deptEconomic"];
    case "5":
      return ["govEconomic"];
    default:
      return ALL_KINDS;
  }
}

function nameInYear(entry: CatalogEntry, year: number | null): string {
  if (year === null || !entry.formerNames?.length) return entry.name;
  let best: { name: string; until: number } | undefined;
  for (const former of entry.formerNames) {
    if (former.until === undefined || year > former.until) continue;
    if (!best || former.until < best.until) best = { name: former.name, until: former.until };
  }
  return best ? best.name : entry.name;
}

export function subject(catalog: Catalog, code: unknown, year?: unknown): string {
  const digits = requireCode(code);
  const y = year === undefined || year === null || year === "" ? null : readInteger(year, "年度", 0, 1990, 2100);
  for (const kind of kindsFor(digits)) {
    const entry = catalog.byCode(kind, digits);
    if (entry) return nameInYear(entry, y);
  }
  throw notAvailable(`科目编码 ${digits} 不在${catalog.label}中`);
}
