/**
 * Normalization of 科目 names for comparison: the same subject is written with different
 * widths, spacing, ordinal prefixes ("一、", "（一）", "1.") and level suffixes ("（类）").
 */

/** Circled numbers ①–⑳ (list markers); removed before NFKC, which would turn them into digits. */
const CIRCLED_NUMBERS = /[\u2460-\u2473]/g;

/** Ordinal prefixes, matched after NFKC (so "（一）" is "(一)" and "１．" is "1."). */
const ORDINAL_PREFIXES: readonly RegExp[] = [
  /^[一二三四五六七八九十百零〇]+[、.]/, // 一、  二十三、  十.
  /^\((?:[一二三四五六七八九十]+|\d+)\)[、.]?/, // (一)  (1)
  /^\d+(?:[、)]|\.(?!\d))/, // 1、  1)  1.   (but not 1.5)
];

/** Level suffix at the end: (类) (款) (项), also with a code inside: (210类). */
const LEVEL_SUFFIX = /\(\d*[类款项]\)$/;

/** A name wholly enclosed in quotes, as taken from running text: “一般公共服务支出”. */
const ENCLOSING_QUOTES = /^["'“‘「『]([^"'“”‘’「」『』]+)["'”’」』]$/;

const normalizedCache = new Map<string, string>();

/**
 * Normalized form of a subject name: circled list markers dropped, NFKC (full-width parentheses
 * and digits become half-width), no whitespace, no enclosing quotes, no ordinal prefixes, no
 * trailing level suffix.
 * "十、卫生健康支出" → "卫生健康支出"; "政府办公厅（室）及相关机构事务" →
 * "政府办公厅(室)及相关机构事务"; "行政运行（项）" → "行政运行".
 * Characters are otherwise kept: "其它" and "其他" stay different (that is a naming defect to report).
 */
export function normalizeSubjectName(name: string): string {
  let hit = normalizedCache.get(name);
  if (hit === undefined) {
    hit = normalizeUncached(name);
    if (normalizedCache.size > 50_000) normalizedCache.clear(); // bounded: names repeat across tables and runs
    normalizedCache.set(name, hit);
  }
  return hit;
}

function normalizeUncached(name: string): string {
  let s = name.replace(CIRCLED_NUMBERS, "").normalize("NFKC").replace(/\s+/g, "").replace(ENCLOSING_QUOTES, "$1");
  for (let changed = true; changed; ) {
    changed = false;
    for (const prefix of ORDINAL_PREFIXES) {
      const next = s.replace(prefix, "");
      if (next !== s && next.length > 0) {
        s = next;
        changed = true;
      }
    }
    const unsuffixed = s.replace(LEVEL_SUFFIX, "");
    if (unsuffixed !== s && unsuffixed.length > 0) {
      s = unsuffixed;
      changed = true;
    }
  }
  return s;
}
