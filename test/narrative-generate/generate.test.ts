/** Changes by sign, the Shanghai template on the Putuo sample, and the template format. */
import Decimal from "decimal.js";
import { beforeAll, describe, expect, it } from "vitest";
import type { Grid } from "../../src/core/grid";
import type { Disclosure } from "../../src/core/model";
import { recognize } from "../../src/core/recognize";
import {
  builtinTemplate,
  builtinTemplates,
  generateNarrative,
  parseTemplate,
  TemplateError,
} from "../../src/core/narrative/generate";
import { narrativeFindings, PUTUO, SEED, sampleGrids, withGenerated } from "./support";

let seed: Disclosure;
let putuoGrids: Grid[];
let putuo: Disclosure;

beforeAll(async () => {
  seed = recognize(await sampleGrids(SEED));
  putuoGrids = await sampleGrids(PUTUO);
  putuo = recognize(putuoGrids);
});

describe("增加/减少/持平 by sign of current − prior", () => {
  const scale = (prior: string) =>
    generateNarrative(seed, { "prior.gpbExpense": new Decimal(prior) }, builtinTemplate("seed")).paragraphs.find((p) => p.id === "五(一).规模")!.text;

  it("increase with the rate over the prior year", () => {
    expect(scale("249.18")).toContain("比上年增加14.46万元，增长5.80%");
  });
  it("decrease", () => {
    expect(scale("300")).toContain("比上年减少36.36万元，下降12.12%");
  });
  it("flat", () => {
    expect(scale("263.64")).toContain("与上年持平");
  });
  it("a prior year of 0 gives the increase without a rate (no division by zero)", () => {
    expect(scale("0")).toMatch(/比上年增加263\.64万元。$/);
  });
});

describe("Shanghai 编制说明 template on the Putuo sample (元 tables, 万元 text)", () => {
  let text: (id: string) => string | undefined;
  let g: ReturnType<typeof generateNarrative>;
  beforeAll(() => {
    g = generateNarrative(putuo, {}, builtinTemplate("shanghai"));
    text = (id) => g.paragraphs.find((p) => p.id === id)?.text;
  });

  it("writes the totals in 万元 with thousands separators, as the document states them", () => {
    expect(text("编制说明.收入")).toMatch(/^2025年，上海市普陀区财政局收入预算3,121\.42万元，其中：财政拨款收入3,121\.42万元，与2024年预算相比【请填写：2024年财政拨款收入（万元）】；事业收入0万元；/);
    expect(text("机关运行经费")).toBe("2025年上海市普陀区财政局财政拨款的机关运行经费预算为229.43万元。");
    expect(text("三公.接待")).toMatch(/^（三）公务接待费0\.95万元，/);
  });

  it("one paragraph per non-zero 项, numbered, with 类/款 names; 职业年金 is 87.36万元 (the document's 887.36 is its real error)", () => {
    const items = g.paragraphs.filter((p) => p.id.startsWith("编制说明.项."));
    expect(items).toHaveLength(11);
    expect(items[0].text).toBe("1.“一般公共服务支出（类）财政事务（款）行政运行（项）”1,623.18万元，主要用于【请填写：“行政运行”的主要用途】。");
    expect(text("编制说明.项.2080506")).toContain("7.“社会保障和就业支出（类）行政事业单位养老支出（款）机关事业单位职业年金缴费支出（项）”87.36万元");
    // 877,080元 rounds half-up to 87.71万元 (the document truncates to 87.70).
    expect(text("编制说明.项.2080501")).toContain("87.71万元");
    expect(g.missingFacts.map((f) => f.key)).toContain("purpose.2080506");
  });

  it("with the uses and prior years filled in, passes the narrative rules with no error or warning", () => {
    const facts: Record<string, Decimal | string> = {};
    for (const f of g.missingFacts) facts[f.key] = f.kind === "text" ? "日常运转" : new Decimal(f.key.startsWith("prior.") ? "0" : "1");
    facts["prior.fiscalIncome"] = new Decimal("3013.80");
    facts["prior.fiscalTotal"] = new Decimal("3013.80");
    facts["prior.gpbExpense"] = new Decimal("3013.80");
    facts["prior.threePublicTotal"] = new Decimal("0.95");
    facts["prior.reception"] = new Decimal("0.95");
    facts["assets.date"] = "2024年8月31日";
    const full = generateNarrative(putuo, facts, builtinTemplate("shanghai"));
    expect(full.placeholders).toEqual([]);
    expect(full.paragraphs.find((p) => p.id === "编制说明.支出")!.text).toContain("财政拨款支出预算3,121.42万元，比2024年预算增加107.62万元");
    const findings = narrativeFindings(withGenerated(putuoGrids, full, "部门编制说明"));
    expect(findings.filter((f) => f.severity !== "info")).toEqual([]);
  });
});

describe("templates are data", () => {
  it("the built-in templates survive a JSON round trip (what a user edits)", () => {
    for (const { id } of builtinTemplates()) {
      const t = builtinTemplate(id);
      expect(parseTemplate(JSON.parse(JSON.stringify(t)))).toEqual(t);
    }
  });

  it("an invalid template is refused with a Chinese message naming the field", () => {
    expect(() => parseTemplate({ id: "x", name: "x", title: "t", change: { increase: "", decrease: "", flat: "" }, sections: [] })).toThrow(/情况说明模板格式不正确：sections/);
  });

  it("an unknown placeholder is an error, not silently empty text", () => {
    const t = parseTemplate({ ...JSON.parse(JSON.stringify(builtinTemplate("seed"))), sections: [{ id: "x", paragraphs: [{ id: "x", text: "{basicc}万元" }] }] });
    expect(() => generateNarrative(seed, {}, t)).toThrow(TemplateError);
  });

  it("a user template may declare its own facts and use any named value", () => {
    const t = parseTemplate({
      id: "mine",
      name: "自定义",
      title: "{year}年说明",
      change: { increase: "增{delta}", decrease: "减{delta}", flat: "平" },
      facts: [{ key: "staff", label: "在职人数", kind: "count" }],
      sections: [{ id: "a", paragraphs: [{ id: "a", text: "{unit}人员经费{personnel}万元，在职{fact:staff}人。" }] }],
    });
    const g = generateNarrative(seed, {}, t);
    expect(g.paragraphs.map((p) => p.text)).toEqual(["2024年说明", "阳城县信访局人员经费122.30万元，在职【请填写：在职人数】人。"]);
    expect(generateNarrative(seed, { staff: new Decimal(12) }, t).paragraphs[1].text).toBe("阳城县信访局人员经费122.30万元，在职12人。");
  });
});
