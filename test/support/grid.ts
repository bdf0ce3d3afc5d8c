/** Builds Grids (the core's only input) from row arrays, for rule and recognition tests. */
import type { Grid, MergeArea } from "../../src/core/grid";
import { formatDecimal } from "../../src/core/money";
import Decimal from "decimal.js";
import { recognize } from "../../src/core/recognize";
import { runRules } from "../../src/core/engine";
import type { Rule, UnitFacts } from "../../src/core/rule";
import type { Finding } from "../../src/core/report";

export type Cell = string | number | null;

/** Numbers become numeric cells formatted "0.00"; strings are text; null is blank. */
export function grid(sheet: string, rows: Cell[][], merges: MergeArea[] = []): Grid {
  const width = Math.max(...rows.map((r) => r.length));
  const pad = (r: Cell[]) => [...r, ...Array(width - r.length).fill(null)] as Cell[];
  const values = rows.map(pad);
  return {
    sheet,
    originRow: 0,
    originCol: 0,
    values,
    text: values.map((r) => r.map((v) => (v === null ? "" : typeof v === "number" ? formatDecimal(new Decimal(v), 2) : v))),
    formats: values.map((r) => r.map((v) => (typeof v === "number" ? "0.00" : "General"))),
    merges,
  };
}

/** Runs one rule over grids through the real recognizer. */
export function findingsOf(rule: Rule, grids: Grid[], facts: UnitFacts = {}): Finding[] {
  return runRules(recognize(grids), { rules: [rule], facts });
}

const head = (title: string, unit = "万元"): Cell[][] => [[title], ["单位名称：测试单位", null, null, `单位：${unit}`]];

/** T03-like coded table: header 科目编码|科目名称|合计|基本支出|项目支出. */
export function coded(title: string, rows: Cell[][], unit = "万元"): Cell[][] {
  return [...head(title, unit), ["科目编码", "科目名称", "合计", "基本支出", "项目支出"], ...rows];
}

/** T02-like coded income table. */
export function income(rows: Cell[][]): Cell[][] {
  return [...head("2024年预算收入总表"), ["科目编码", "科目名称", "本年收入合计", "一般公共预算", "政府性基金", "上年结转"], ...rows];
}

/** T01-like two-sided table (income label, amount ‖ expense label, 合计, 当年预算安排, 上年结转安排). */
export function twoSided(title: string, rows: Cell[][]): Cell[][] {
  return [
    ...head(title),
    ["收入", null, "支出"],
    ["项目", "2024年", "项目", "2024年合计", "当年预算安排", "上年结转安排"],
    ...rows,
  ];
}
