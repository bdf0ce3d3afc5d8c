/**
 * Golden test: from the seed sample's tables the generated sections 二, 三, 四, 五(二), 六 are the
 * seed's own sentences (copied by hand from shared/seeds/000_8cd5b31deb737d2d.txt, 第三部分), apart
 * from punctuation width and the order of items in a list; sections needing user facts show
 * placeholders; the generated text passes the narrative rules.
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { Grid } from "../../src/core/grid";
import { recognize } from "../../src/core/recognize";
import type { Disclosure } from "../../src/core/model";
import { builtinTemplate, generateNarrative, type GeneratedNarrative } from "../../src/core/narrative/generate";
import { parseParagraph } from "../../src/core/narrative/claims";
import { narrativeFindings, SEED, SEED_FACTS, sampleGrids, withGenerated } from "./support";

const SEED_TEXT: Record<string, string> = {
  "二.收入":
    "2024年度阳城县信访局预算收入263.64万元，主要包括一般公共预算拨款收入263.64万元，占100.00%；政府性基金预算拨款收入0万元，占0%；国有资本经营预算拨款收入0万元，占0%；财政专户管理资金收入0万元，占0%；单位资金0万元，占0%；上年结转0万元，占0%。",
  "三.支出": "2024年度阳城县信访局支出预算263.64万元，其中：基本支出136.42万元，占51.74%；项目支出127.22万元，占48.26%。",
  "四.财政拨款":
    "2024年度阳城县信访局财政拨款收支总预算263.64万元。其中：一般公共预算拨款263.64万元，政府性基金预算拨款0万元，国有资本经营预算拨款0万元。其中：当年拨款收入263.64万元，上年结转收入0万元。支出包括：一般公共服务支出228.36万元、社会保障和就业支出19.09万元、卫生健康支出5.44万元、住房保障支出10.74万元等。",
  "五(二).结构":
    "2024年度阳城县信访局一般公共预算当年支出263.64万元,主要用于以下方面:一般公共服务支出228.36万元,占86.62%;社会保障和就业支出19.09万元,占7.24%;卫生健康支出5.44万元,占2.06%;住房保障支出10.74万元,占4.07%等。",
  "六.基本支出": "2024年度阳城县信访局一般公共预算安排基本支出136.42万元,其中:",
  "六.人员经费":
    "人员经费122.30万元,主要包括:其他工资福利支出、其他社会保障缴费、绩效工资、基本工资、住房公积金、机关事业单位基本养老保险缴费、奖金、津贴补贴、职工基本医疗保险缴费、职业年金缴费等;",
  "六.公用经费": "公用经费14.12万元,主要包括:办公费、福利费、其他交通费用、工会经费等。",
};

/** Punctuation width: ",;:()" and their full-width forms are the same. */
function width(s: string): string {
  return s.replace(/,/g, "，").replace(/;/g, "；").replace(/:/g, "：").replace(/\(/g, "（").replace(/\)/g, "）");
}

/** Lists ("…：A、B、C等" / "…：A；B；C等") with their items sorted, so order does not matter. */
function canonical(s: string): string {
  return width(s).replace(/(主要包括：|主要用于以下方面：|支出包括：)(.*?)等/g, (_, lead: string, list: string) => {
    const sep = list.includes("；") ? "；" : "、";
    return `${lead}${list.split(sep).sort().join(sep)}等`;
  });
}

let grids: Grid[];
let d: Disclosure;
let g: GeneratedNarrative;

beforeAll(async () => {
  grids = await sampleGrids(SEED);
  d = recognize(grids);
  g = generateNarrative(d, {}, builtinTemplate("seed"));
});

const text = (id: string) => g.paragraphs.find((p) => p.id === id)?.text;

describe("seed template on the seed sample", () => {
  it.each(Object.keys(SEED_TEXT))("%s equals the seed's sentence", (id) => {
    expect(text(id)).toBeDefined();
    expect(canonical(text(id)!)).toBe(canonical(SEED_TEXT[id]));
  });

  it("writes the numbers exactly as the seed (not only up to item order): shares by percentOf sum to 99.99 in 五(二)", () => {
    const parsed = parseParagraph(text("五(二).结构")!);
    expect(parsed.shares.map((s) => s.percent.toFixed(2))).toEqual(["86.62", "7.24", "2.06", "4.07"]);
    expect(parsed.amounts.map((a) => a.raw)).toEqual(["263.64万元", "228.36万元", "19.09万元", "5.44万元", "10.74万元"]);
  });

  it("lists only non-zero items: 10 人员经费 items (基本工资 appears twice in 表六 and once in the list), 4 公用经费 items", () => {
    const items = (id: string) => /主要包括：(.*)等/.exec(text(id)!)![1].split("、");
    expect(items("六.人员经费")).toHaveLength(10);
    expect(items("六.公用经费")).toEqual(["办公费", "工会经费", "福利费", "其他交通费用"]);
  });

  it("七: an empty “三公” table gives the seed's sentence", () => {
    expect(text("七.无")).toBe("本单位无“三公”经费预算。");
    expect(text("七.三公")).toBeUndefined();
  });

  it("sections needing user facts show 【请填写：…】 placeholders, never a guessed figure", () => {
    for (const id of ["一.收入", "一.支出", "五(一).规模", "八.机关运行经费", "九.政府采购", "十一.资产"]) {
      expect(text(id), id).toMatch(/【请填写：[^】]+】/);
    }
    expect(text("五(一).规模")).toBe("2024年度阳城县信访局一般公共预算当年支出263.64万元，与上年相比【请填写：2023年一般公共预算当年支出（万元）】。");
    // Table-only sections have none.
    for (const id of Object.keys(SEED_TEXT)) expect(text(id)).not.toContain("【");
    expect(g.missingFacts.map((f) => f.key)).toEqual(
      expect.arrayContaining(["prior.incomeTotal", "prior.gpbExpense", "prior.operatingCost", "reason.income", "procurement.goods", "assets.floorArea"]),
    );
    expect(g.placeholders.every((p) => p.kind === "fact")).toBe(true);
  });

  it("passes the narrative rules: with no facts the only findings above info are the placeholders themselves", () => {
    const findings = narrativeFindings(withGenerated(grids, g, "情况说明")).filter((f) => f.severity !== "info");
    expect(findings.length).toBeGreaterThan(0);
    expect(findings.every((f) => f.rule === "narrative.placeholder" && f.message.includes("【请填写"))).toBe(true);
    const withPlaceholders = new Set(g.paragraphs.flatMap((p, i) => (p.placeholders.length ? [`A${i + 1}`] : [])));
    expect(new Set(findings.map((f) => f.cell))).toEqual(withPlaceholders);
  });

  it("passes the narrative rules with no error or warning once the facts are filled in", () => {
    const full = generateNarrative(d, SEED_FACTS, builtinTemplate("seed"));
    expect(full.placeholders).toEqual([]);
    expect(full.missingFacts).toEqual([]);
    const findings = narrativeFindings(withGenerated(grids, full, "情况说明"));
    expect(findings.filter((f) => f.severity !== "info")).toEqual([]);
    const para = (id: string) => full.paragraphs.find((p) => p.id === id)!.text;
    expect(para("五(一).规模")).toBe("2024年度阳城县信访局一般公共预算当年支出263.64万元，比上年增加14.46万元，增长5.80%。");
    expect(para("八.机关运行经费")).toBe(
      "2024年阳城县信访局机关运行经费预算14.12万元，比上年增加1.06万元，增长8.12%，主要原因是人员变动，导致交通费、工会经费、福利费增加。",
    );
    expect(para("九.政府采购")).toBe(
      "2024年阳城县信访局政府采购预算总额18.68万元。其中：政府采购货物预算1.08万元、政府采购工程预算0万元、政府采购服务预算17.60万元。",
    );
  });
});
