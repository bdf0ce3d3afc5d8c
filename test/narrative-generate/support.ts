/** Real samples read with the xlsx host, and the generated paragraphs as a narrative sheet. */
import { readFileSync } from "node:fs";
import path from "node:path";
import Decimal from "decimal.js";
import type { Grid } from "../../src/core/grid";
import { recognize } from "../../src/core/recognize";
import { runRules } from "../../src/core/engine";
import { RULES } from "../../src/core/rules";
import type { Finding } from "../../src/core/report";
import { readGrids } from "../../src/hosts/xlsx/read";
import type { Facts, GeneratedNarrative } from "../../src/core/narrative/generate";
import { grid } from "../support/grid";

export const ROOT = path.join(__dirname, "../..");
export const SEED = path.join(ROOT, "samples/yangcheng-xinfang-2024.xlsx");
export const PUTUO = path.join(ROOT, "samples/putuo-finance-2025.xlsx");

export async function sampleGrids(file: string): Promise<Grid[]> {
  return readGrids(readFileSync(file));
}

/** The sample's tables without its own narrative, plus the generated one on its own sheet. */
export function withGenerated(grids: Grid[], g: GeneratedNarrative, narrativeSheet: string): Grid[] {
  return [...grids.filter((x) => x.sheet !== narrativeSheet), grid("情况说明（生成）", g.paragraphs.map((p) => [p.text]))];
}

export const NARRATIVE_RULES = RULES.filter((r) => r.meta.category === "narrative");

/** Narrative findings on the generated sheet. */
export function narrativeFindings(grids: Grid[]): Finding[] {
  return runRules(recognize(grids), { rules: NARRATIVE_RULES }).filter((f) => f.sheet === "情况说明（生成）");
}

/**
 * What the corrected seed sample adds to the tables (samples/README.md: its prior-year figures and
 * 政府采购 split are example data): prior year 249.18万元, 机关运行经费 13.06万元, 政府采购 1.08 + 0 + 17.60.
 */
export const SEED_FACTS: Facts = {
  "prior.incomeTotal": new Decimal("249.18"),
  "prior.expenseTotal": new Decimal("249.18"),
  "prior.gpbExpense": new Decimal("249.18"),
  "prior.operatingCost": new Decimal("13.06"),
  "reason.income": "本年度新考录行政编1名，单位公益性岗位人员增加，以及五险一金基数变化",
  "reason.expense": "本年度新考录行政编1名，单位公益性岗位人员增加，以及五险一金基数变化",
  "reason.operatingCost": "人员变动，导致交通费、工会经费、福利费增加",
  "procurement.goods": new Decimal("1.08"),
  "procurement.works": new Decimal("0"),
  "procurement.services": new Decimal("17.60"),
  "assets.date": "2023年12月31日",
  "assets.vehicles": new Decimal(1),
  "assets.floorArea": new Decimal("111.78"),
};
