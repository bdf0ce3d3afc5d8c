/** Synthetic T02/T03 grids with N coded rows (类 → 款 → 项), consistent sums, for scaling benchmarks. */
import type { Grid } from "../src/core/grid";

type Cell = string | number | null;

export function codedTables(rows: number): Grid[] {
  const body: Cell[][] = [];
  // Each 类 has 10 款 of 10 项: 111 rows per 类.
  const classes = Math.max(1, Math.ceil(rows / 111));
  let total = 0;
  for (let l = 0; l < classes; l++) {
    const lei = String(201 + (l % 800)).padStart(3, "0");
    const block: Cell[][] = [];
    let leiSum = 0;
    for (let k = 1; k <= 10; k++) {
      const kuan = `${lei}${String(k).padStart(2, "0")}`;
      const items: Cell[][] = [];
      let kuanSum = 0;
      for (let x = 1; x <= 10; x++) {
        const v = ((l * 100 + k * 10 + x) % 97) + 1;
        kuanSum += v;
        items.push([`${kuan}${String(x).padStart(2, "0")}`, `项${x}`, v, v, null]);
      }
      leiSum += kuanSum;
      block.push([kuan, `款${k}`, kuanSum, kuanSum, null], ...items);
    }
    total += leiSum;
    body.push([lei, `类${l}`, leiSum, leiSum, null], ...block);
  }
  const t03: Cell[][] = [["2024年预算支出总表"], ["单位名称：基准单位", null, null, "单位：万元"], ["科目编码", "科目名称", "合计", "基本支出", "项目支出"], ["合计", null, total, total, null], ...body];
  const t02: Cell[][] = [["2024年预算收入总表"], ["单位名称：基准单位", null, null, "单位：万元"], ["科目编码", "科目名称", "合计", "一般公共预算", "政府性基金"], ["合计", null, total, total, null], ...body];
  return [toGrid("表二", t02), toGrid("表三", t03)];
}

function toGrid(sheet: string, rows: Cell[][]): Grid {
  const values = rows.map((r) => [...r, ...Array(5 - r.length).fill(null)] as Cell[]);
  return {
    sheet,
    originRow: 0,
    originCol: 0,
    values,
    text: values.map((r) => r.map((v) => (v === null ? "" : typeof v === "number" ? v.toFixed(2) : v))),
    formats: values.map((r) => r.map((v) => (typeof v === "number" ? "0.00" : "General"))),
    merges: [],
  };
}
