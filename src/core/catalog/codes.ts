/**
 * Shape of 政府收支分类科目 codes: how many digits each level has, which level a code is at,
 * and which codes are its parents. 支出功能分类: 类 3 digits, 款 5, 项 7 (201 → 20103 → 2010301).
 * 部门/政府预算支出经济分类: 类 3, 款 5 (301 → 30101, 501 → 50101).
 */
import type { CatalogKind } from "./catalog";

export type CodeLevel = "类" | "款" | "项";

export const CATALOG_KINDS = ["function", "deptEconomic", "govEconomic"] as const satisfies readonly CatalogKind[];

/** Chinese names of the kinds, for messages. */
export const KIND_NAMES: Record<CatalogKind, string> = {
  function: "支出功能分类",
  deptEconomic: "部门预算支出经济分类",
  govEconomic: "政府预算支出经济分类",
};

/** The digit every code of a kind starts with (支出功能 2xx, 部门经济 3xx, 政府经济 5xx). */
export const KIND_LEADING_DIGIT: Record<CatalogKind, string> = {
  function: "2",
  deptEconomic: "3",
  govEconomic: "5",
};

const LEVEL_BY_LENGTH: Record<number, CodeLevel> = { 3: "类", 5: "款", 7: "项" };

/** Code lengths allowed for a kind. */
export function allowedLengths(kind: CatalogKind): readonly number[] {
  return kind === "function" ? [3, 5, 7] : [3, 5];
}

/**
 * Level of a code by its length. Without `kind` a 7-digit code is a 项; with an economic kind
 * (which has no 项) it is not a valid code and the answer is undefined. Non-digit input → undefined.
 */
export function levelOf(code: string, kind?: CatalogKind): CodeLevel | undefined {
  if (!/^\d+$/.test(code)) return undefined;
  if (kind !== undefined && !allowedLengths(kind).includes(code.length)) return undefined;
  return LEVEL_BY_LENGTH[code.length];
}

/**
 * Codes of the levels above, top first: "2010301" → ["201", "20103"], "30101" → ["301"],
 * "201" → []. Input that is not a 3/5/7-digit code → [].
 */
export function parentCodes(code: string): string[] {
  if (levelOf(code) === undefined) return [];
  const parents: string[] = [];
  for (let length = 3; length < code.length; length += 2) parents.push(code.slice(0, length));
  return parents;
}

const DIGITS = /^\d+$/;

/**
 * Turns what a cell holds into a bare code: full-width digits become ASCII, spaces are dropped.
 * Returns undefined when anything but digits remains. It does not repair broken codes
 * ("7 11 02" stays "71102", which is not a valid code for any kind).
 */
export function cleanCode(raw: string): string | undefined {
  if (DIGITS.test(raw)) return raw; // the usual case, without normalizing
  const compact = raw.normalize("NFKC").replace(/\s+/g, "");
  return DIGITS.test(compact) ? compact : undefined;
}

/** Why `code` is not a valid code of `kind`, in Chinese; undefined when it is valid. */
export function codeFormatProblem(kind: CatalogKind, code: string): string | undefined {
  const lengths = allowedLengths(kind);
  const lengthText = lengths.join("/");
  if (!/^\d+$/.test(code)) return `${KIND_NAMES[kind]}编码只能由数字组成，实际为“${code}”`;
  if (!lengths.includes(code.length)) {
    return `${KIND_NAMES[kind]}编码应为 ${lengthText} 位数字，实际为 ${code.length} 位（“${code}”）`;
  }
  const leading = KIND_LEADING_DIGIT[kind];
  if (!code.startsWith(leading)) return `${KIND_NAMES[kind]}编码应以 ${leading} 开头，实际为“${code}”`;
  return undefined;
}
