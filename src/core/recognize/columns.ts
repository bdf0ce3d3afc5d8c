/** Meaning of a column from its header text (all header rows above it, merges expanded). */
import type { ColumnKey } from "../model";
import { compact } from "./text";

export type ColumnRole = { role: "code"; part?: "类" | "款" | "项" } | { role: "name" } | { role: "amount"; key: ColumnKey } | { role: "other" };

// Most specific first; tested against the lowest header text, then the full header path.
const AMOUNT_KEYS: [RegExp, ColumnKey][] = [
  [/上年结转安排/, "carried"],
  [/当年预算安排|本年预算安排/, "currentYear"],
  [/机关运行经费/, "operatingCost"],
  [/因公出国/, "outbound"],
  [/公务接待/, "reception"],
  [/公务用车购置及运行/, "vehicle"],
  [/购置费$|^购置$/, "vehiclePurchase"],
  [/运行(维护)?费$|^运行$/, "vehicleOperation"],
  [/基本支出/, "basic"],
  [/项目支出/, "project"],
  [/人员经费/, "personnel"],
  [/公用经费/, "public"],
  [/财政专户/, "specialAccount"],
  [/单位资金/, "unitFunds"],
  [/事业单位经营收入|^经营收入$/, "operating"],
  [/事业收入/, "business"],
  [/其他收入/, "otherIncome"],
  [/^财政拨款(收入)?$/, "fiscal"],
  [/一般公共预算/, "gpb"],
  [/政府性基金/, "fund"],
  [/国有资本经营/, "soe"],
  [/上年结转/, "carryOver"],
  [/^(合计|小计|总计|金额|本年收入合计|预算数|\d{4}年(合计|预算数)?|\d{4}预算数|购买金额|金额\(元\)|收入预算|支出预算)$/, "total"],
  [/购买金额|^金额/, "amount"],
];

const roleCache = new Map<string, ColumnRole>();

/**
 * Decides a column's role from its header path (top → bottom).
 * `path` holds the distinct texts of the header cells above the column.
 */
export function columnRole(path: string[]): ColumnRole {
  // Headers repeat from table to table and workbook to workbook; roles are read, never changed.
  const key = path.join("\u0000");
  let role = roleCache.get(key);
  if (!role) {
    if (roleCache.size > 10_000) roleCache.clear();
    roleCache.set(key, (role = roleOf(path)));
  }
  return role;
}

function roleOf(path: string[]): ColumnRole {
  const parts = path.map(compact).filter(Boolean);
  if (!parts.length) return { role: "other" };
  const lowest = parts[parts.length - 1];
  if (/^(类|款|项)$/.test(lowest)) return { role: "code", part: lowest as "类" | "款" | "项" };
  if (/编码|代码/.test(lowest) && !/名称/.test(lowest)) return { role: "code" };
  if (/名称$|^项目$|^项目名称$|^单位$|^单位名称$|^科目$/.test(lowest)) return { role: "name" };
  const own = AMOUNT_KEYS.find(([re]) => re.test(lowest))?.[1];
  // A generic 合计/小计 under a specific parent (公务用车购置及运行费 / 小计) takes the parent's meaning.
  if (own === "total" && parts.length > 1) {
    const parent = AMOUNT_KEYS.find(([re]) => re.test(parts[parts.length - 2]))?.[1];
    if (parent === "vehicle") return { role: "amount", key: parent };
  }
  if (own) return { role: "amount", key: own };
  // A lone parent header such as "本年收入" over a single column: try the whole path.
  const joined = parts.join("/");
  for (const [re, key] of AMOUNT_KEYS) if (re.test(joined)) return { role: "amount", key };
  return { role: "other" };
}

/** Words that appear in header rows (and not in data rows). */
export const HEADER_WORDS =
  /项目|科目|编码|名称|合计|小计|基本支出|项目支出|人员经费|公用经费|一般公共预算|政府性基金|国有资本|财政专户|单位资金|上年结转|本年收入|本年支出|^收入|^支出|预算数|金额|^类$|^款$|^项$|当年预算安排|事业收入|经营收入|其他收入|财政拨款|因公出国|公务接待|公务用车|购置|运行|机关运行经费|序号|^单位$|^\d{4}年|内容|数量|资金来源|是否/;
