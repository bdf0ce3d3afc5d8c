/** The narrative rules on the committed sample workbooks: the seed's §8 defects, no false alarms elsewhere. */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { recognize } from "../../src/core/recognize";
import { runRules } from "../../src/core/engine";
import { readGrids } from "../../src/hosts/xlsx/read";
import { RULES } from "../../src/core/rules";

async function narrativeFindings(file: string) {
  const grids = await readGrids(readFileSync(file));
  return runRules(recognize(grids), { rules: RULES.filter((r) => r.meta.category === "narrative") }).filter((f) => f.severity !== "info");
}

describe("narrative rules on samples", () => {
  it("seed: 机关运行经费 64980元, 基本支出100万元/项目支出27.22万元, and three 比上年增加 = whole amount", async () => {
    const f = await narrativeFindings("samples/yangcheng-xinfang-2024.xlsx");
    expect(f.map((x) => [x.rule, x.severity, x.cell, x.actual ?? ""])).toEqual([
      ["narrative.amount", "error", "A24", "64980元"],
      ["narrative.amount", "error", "A29", "100万元"],
      ["narrative.amount", "error", "A29", "27.22万元"],
      ["narrative.change", "warning", "A3", ""],
      ["narrative.change", "warning", "A4", ""],
      ["narrative.change", "warning", "A13", ""],
    ]);
  }, 30000);
  it("corrected seed: nothing", async () => {
    expect(await narrativeFindings("samples/yangcheng-xinfang-2024-corrected.xlsx")).toEqual([]);
  }, 30000);
  it("Shanghai: 职业年金 887.36万元 vs 873,617.00元 (and the stale 2020年 as a warning)", async () => {
    const f = await narrativeFindings("samples/putuo-finance-2025.xlsx");
    expect(f.filter((x) => x.severity === "error").map((x) => [x.rule, x.expected, x.actual])).toEqual([["narrative.amount", "87.36万元", "887.36万元"]]);
  }, 30000);
  it.each([
    ["share-typo", "narrative.share", "51.74%", "57.14%"],
    ["yoy-wrong-base", "narrative.change", "5.80%", "5.48%"],
    ["narrative-amount", "narrative.amount", "14.12万元", "41.12万元"],
  ])("defect %s", async (name, rule, expected, actual) => {
    const f = await narrativeFindings(`samples/defects/${name}.xlsx`);
    expect(f.map((x) => [x.rule, x.expected, x.actual])).toEqual([[rule, expected, actual]]);
  }, 30000);
});
