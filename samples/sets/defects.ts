/**
 * The corrected seed with one defect each, of the kinds national inspections report (domain.md
 * §1, §4): each must produce the finding named, and nothing else beyond the base's infos and
 * the findings that follow from the same defect (a changed 项 also breaks its 款's sum).
 */
import type { ExpectedFinding, SampleWorkbook } from "../lib/expectation";
import { shanxiWorkbook, type ShanxiContent } from "../layouts/shanxi";
import { yangchengCorrectedContent, replaceIn } from "../data/yangcheng-corrected";
import { splitRow, type TableBlock } from "../lib/table-block";
import type { TableId } from "../../src/core/model";
import { YANGCHENG_CORRECTED } from "./bundled";

const BASE = YANGCHENG_CORRECTED;

/** Replaces the body line of `block` whose first cells are `key` (code or label). */
function editRow(block: TableBlock, key: string, edit: (cells: string[]) => string[]): void {
  const i = block.body.findIndex((l) => splitRow(l).slice(0, 3).includes(key));
  if (i < 0) throw new Error(`${block.id}: no row ${key}`);
  block.body[i] = edit(splitRow(block.body[i])).join("|");
}

function defect(
  id: string,
  title: string,
  edit: (c: ShanxiContent) => void,
  finding: ExpectedFinding,
  extra: { missingTables?: TableId[]; tables?: TableId[] } = {},
): SampleWorkbook {
  return {
    id,
    kind: "defect",
    file: `samples/defects/${id}.xlsx`,
    title,
    about: finding.about,
    base: BASE.id,
    sheets: () => {
      const c = yangchengCorrectedContent();
      edit(c);
      return shanxiWorkbook(c);
    },
    expect: {
      ...BASE.expect,
      tables: extra.tables ?? BASE.expect.tables,
      missingTables: extra.missingTables,
      clean: false,
      findings: [finding],
    },
  };
}

export const DEFECTS: SampleWorkbook[] = [
  defect(
    "total-mismatch",
    "表内合计不符：表三 行政运行 54.07 误为 45.07",
    (c) => editRow(c.tables.T03!, "2010301", (r) => ((r[2] = "45.07"), r)),
    {
      category: "total",
      severity: ["error"],
      table: "T03",
      at: ["T03/2010301/total", "T03/20103/total", "T05/2010301/total"],
      expected: "54.07",
      actual: "45.07",
      about: "T03 2010301 合计 45.07 ≠ 基本支出 54.07, and 20103 101.14 ≠ 45.07 + 47.07",
    },
  ),
  defect(
    "wrong-unit",
    "单位标错：表五标为“单位：元”，数据实为万元",
    (c) => (c.tables.T05!.moneyUnit = "单位：元"),
    {
      category: "cross",
      severity: ["error", "warning"],
      table: "T05",
      at: ["T05/moneyUnit", "T05/合计/total", "T04/本年支出合计/gpb", "T04/一般公共服务支出/gpb", "T04/社会保障和就业支出/gpb", "T04/卫生健康支出/gpb", "T04/住房保障支出/gpb", "T06/合计/total"],
      expected: "单位：万元 (T05 合计 263.64 = T04 一般公共预算 263.64万元)",
      actual: "单位：元",
      about: "T05 states 元 while its figures are 万元: it disagrees with T04 by a factor of 10,000",
    },
  ),
  defect(
    "obsolete-name",
    "科目名称过时：表三 210 写作“医疗卫生与计划生育支出”",
    (c) => editRow(c.tables.T03!, "210", (r) => ((r[1] = "医疗卫生与计划生育支出"), r)),
    {
      category: "catalog",
      severity: ["warning", "error"],
      table: "T03",
      at: ["T03/210/name"],
      expected: "卫生健康支出",
      actual: "医疗卫生与计划生育支出",
      about: "210 carries its pre-2019 name in T03 and 卫生健康支出 in the other tables",
    },
  ),
  defect(
    "broken-code",
    "科目编码残缺：表二 2101102 写作“7 11 02”",
    (c) => editRow(c.tables.T02!, "2101102", (r) => ((r[0] = "7 11 02"), r)),
    {
      category: "catalog",
      severity: ["error", "warning"],
      table: "T02",
      at: ["T02/71102/code", "T02/71102/total", "T02/21011/total", "T02/21011/gpb"],
      expected: "2101102",
      actual: "7 11 02",
      about: "a broken 功能分类 code: not a 7-digit 项 and not under any 款 of the table",
    },
  ),
  defect(
    "placeholder",
    "情况说明留有占位符“XX”",
    (c) =>
      replaceIn(
        c.narrative,
        "政府采购预算总额18.68万元。其中:政府采购货物预算1.08万元",
        "政府采购预算总额XX万元。其中:政府采购货物预算XX万元",
      ),
    {
      severity: ["error", "warning"],
      table: "NARR",
      at: ["NARR/九/1"],
      actual: "XX万元",
      about: "a template placeholder (XX) left in the 政府采购 paragraph",
    },
  ),
  defect(
    "share-typo",
    "占比错误：基本支出占51.74%误为57.14%",
    (c) => replaceIn(c.narrative, "基本支出136.42万元，占51.74%", "基本支出136.42万元，占57.14%"),
    {
      category: "narrative",
      severity: ["error"],
      table: "NARR",
      at: ["NARR/三/1"],
      expected: "51.74%",
      actual: "57.14%",
      about: "136.42 ÷ 263.64 = 51.74%, the text says 57.14%",
    },
  ),
  defect(
    "yoy-wrong-base",
    "增长率以本年数为分母：5.80%误算为5.48%",
    (c) => replaceIn(c.narrative, "当年支出263.64万元,比上年增加14.46万元，增长5.80%。", "当年支出263.64万元,比上年增加14.46万元，增长5.48%。"),
    {
      category: "narrative",
      severity: ["error"],
      table: "NARR",
      at: ["NARR/五/2"],
      expected: "5.80%",
      actual: "5.48%",
      about: "14.46 ÷ (263.64 − 14.46) = 5.80%; 5.48% divides by the current year",
    },
  ),
  defect(
    "three-public-unsplit",
    "“三公”经费公务用车未拆分购置费和运行维护费",
    (c) => {
      const t10 = c.tables.T10!;
      t10.body = ["因公出国（境）费||||", "公务接待费|0.50|0.50||", "公务用车购置及运行费|1.50|1.50||", "①公务用车购置费||||", "②公务用车运行维护费||||", "合计|2.00|2.00||"];
      t10.note = undefined;
      replaceIn(c.narrative, "本单位无“三公”经费预算。", "2024年“三公”经费预算2.00万元，其中：公务接待费0.50万元，公务用车购置及运行费1.50万元。");
    },
    {
      category: "total",
      severity: ["error", "warning"],
      table: "T10",
      at: ["T10/公务用车购置及运行费/total"],
      expected: "①购置费 + ②运行维护费 = 1.50 (both are blank)",
      actual: "1.50",
      about: "公务用车购置及运行费 1.50 is not split into 购置 and 运行维护",
    },
  ),
  defect(
    "empty-without-note",
    "空表未注明“本表无数据”：表八",
    (c) => (c.tables.T08!.note = undefined),
    {
      category: "completeness",
      severity: ["warning", "error"],
      table: "T08",
      at: ["T08/title", "T08/合计/total"],
      about: "an empty table published without a note such as 本表无数据",
    },
  ),
  defect(
    "missing-table",
    "缺少表四（财政拨款收支总表）",
    (c) => delete c.tables.T04,
    {
      category: "completeness",
      severity: ["error", "warning"],
      at: ["T01/title"],
      about: "T04 财政拨款收支总表 is missing from the workbook",
    },
    { missingTables: ["T04"], tables: BASE.expect.tables.filter((t) => t !== "T04") },
  ),
  defect(
    "other-year",
    "情况说明年份错误：写作“2022年度”",
    (c) => replaceIn(c.narrative, "2024年度阳城县信访局支出预算263.64万元", "2022年度阳城县信访局支出预算263.64万元"),
    {
      severity: ["warning", "error"],
      table: "NARR",
      at: ["NARR/三/1"],
      expected: "2024",
      actual: "2022",
      about: "a year other than the budget year or the year before (stale copy from an old text)",
    },
  ),
  defect(
    "unit-name",
    "情况说明单位名称与表格不一致：“阳城县信访办”",
    (c) => replaceIn(c.narrative, "2024年度阳城县信访局预算收入263.64万元", "2024年度阳城县信访办预算收入263.64万元"),
    {
      severity: ["warning", "error"],
      table: "NARR",
      at: ["NARR/二/1"],
      expected: "阳城县信访局",
      actual: "阳城县信访办",
      about: "the text names another unit than the tables' 单位名称",
    },
  ),
  defect(
    "cross-row",
    "表间不符：表五 行政单位医疗与事业单位医疗金额互换",
    (c) => {
      editRow(c.tables.T05!, "2101101", (r) => ((r[2] = r[3] = "0.04"), r));
      editRow(c.tables.T05!, "2101102", (r) => ((r[2] = r[3] = "5.40"), r));
    },
    {
      category: "cross",
      severity: ["error"],
      table: "T05",
      at: ["T05/2101102/total", "T05/2101101/total"],
      expected: "0.04",
      actual: "5.40",
      about: "T05 2101102 (5.40) exceeds T03's 0.04 for the same code (and 2101101 disagrees the other way)",
    },
  ),
  defect(
    "narrative-amount",
    "情况说明金额与表格不符：公用经费14.12万元误为41.12万元",
    (c) => replaceIn(c.narrative, "公用经费14.12万元", "公用经费41.12万元"),
    {
      category: "narrative",
      severity: ["error"],
      table: "NARR",
      at: ["NARR/六/3"],
      expected: "14.12万元",
      actual: "41.12万元",
      about: "公用经费 in the text is not T06's 14.12",
    },
  ),
];
