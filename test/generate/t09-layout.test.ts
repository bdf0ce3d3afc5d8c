/** An empty 表九 is generated in the workbook's own layout: two-sided in the county template, expenditure only in Shanghai's. */
import { describe, expect, it } from "vitest";
import { generateTables } from "../../src/core/generate";
import { disclosureOf, PUTUO, SEED, sampleBytes, withoutTables } from "./helpers";

const texts = (rows: { value: string | null }[][]) => rows.map((r) => r.map((c) => c.value ?? "").join("|"));

describe("generated 表九 follows the template", () => {
  it("county (seed): 收入 beside 支出, with the seed's header words and the note", async () => {
    const { bytes } = await withoutTables(sampleBytes(SEED), ["T09"]);
    const [t09] = generateTables(await disclosureOf(bytes), ["T09"]);
    const lines = texts(t09.rows);
    expect(t09.title).toBe("2024年国有资本经营预算收支预算表（不含上年结转）");
    expect(lines).toContain("国有资本经营预算收入|||国有资本经营预算支出||||");
    expect(lines).toContain("项目||国有资本经营收入预算|科目编码|科目名称|合计|基本支出|项目支出");
    expect(lines).toContain("收入科目编码|科目名称||||||");
    expect(lines.some((l) => l.startsWith("合计|"))).toBe(true);
    expect(lines.some((l) => l.includes("本表无数据"))).toBe(true);
  });
  it("Shanghai: expenditure only (合计/基本支出/项目支出 by 功能分类)", async () => {
    const { bytes } = await withoutTables(sampleBytes(PUTUO), ["T09"]);
    const [t09] = generateTables(await disclosureOf(bytes), ["T09"]);
    const lines = texts(t09.rows).join("\n");
    expect(lines).not.toContain("国有资本经营预算收入");
    expect(lines).toContain("合计|基本支出|项目支出");
  });
});
