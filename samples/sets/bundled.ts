/** The bundled sample workbooks: the seed as published, the seed corrected, and Shanghai Putuo 2025. */
import type { NotAnError, SampleWorkbook } from "../lib/expectation";
import { shanxiWorkbook } from "../layouts/shanxi";
import { shanghaiWorkbook } from "../layouts/shanghai";
import { yangchengContent } from "../data/yangcheng-content";
import { yangchengCorrectedContent } from "../data/yangcheng-corrected";
import { putuoContent } from "../data/putuo-content";
import type { TableId } from "../../src/core/model";

const SEED_TABLES: TableId[] = ["T01", "T02", "T03", "T04", "T05", "T06", "T07", "T08", "T09", "T10", "T11", "T12", "T13", "T14", "PERF", "NARR"];

/** Rounding differences (尾差) in the seed's tables and text: never errors (domain.md §8). */
export const SEED_ROUNDING: NotAnError[] = [
  { at: "T01/本年支出合计/total", about: "T01 类 lines sum to 263.63, shown 263.64" },
  { at: "T02/20805/total", about: "20805 = 12.60 + 6.30 = 18.90, shown 18.89 (also in T03, T05)" },
  { at: "T03/20805/total", about: "20805 = 18.90 vs 18.89" },
  { at: "T05/20805/total", about: "20805 = 18.90 vs 18.89" },
  { at: "T03/合计/basic", about: "基本支出 类 rows sum to 136.41, shown 136.42" },
  { at: "T06/工资福利支出/personnel", about: "人员经费 items sum to 122.29, shown 122.30" },
  { at: "NARR/五/4", about: "shares 86.62 + 7.24 + 2.06 + 4.07 = 99.99%" },
];

export const YANGCHENG: SampleWorkbook = {
  id: "yangcheng-xinfang-2024",
  kind: "bundled",
  file: "samples/yangcheng-xinfang-2024.xlsx",
  title: "阳城县信访局2024年度单位预算公开（原样，含原文错误）",
  about: "The seed document as a workbook in its own (山西 county) layout, with every defect it was published with.",
  sheets: () => shanxiWorkbook(yangchengContent()),
  expect: {
    unit: "阳城县信访局",
    year: 2024,
    tables: SEED_TABLES,
    clean: false,
    findings: [
      {
        category: "narrative",
        severity: ["error"],
        table: "NARR",
        at: ["NARR/八/1"],
        expected: "14.12万元",
        actual: "64980元",
        about: "机关运行经费 in the text (64980元) is not T11 / T06 公用经费 (14.12万元)",
      },
      {
        category: "narrative",
        severity: ["error"],
        table: "NARR",
        at: ["NARR/十/2"],
        expected: "基本支出136.42万元，项目支出127.22万元",
        actual: "基本支出100万元，项目支出27.22万元",
        about: "整体绩效目标 splits 127.22 into 基本支出 100 and 项目支出 27.22; the tables say 136.42 and 127.22",
      },
      {
        severity: ["error", "warning"],
        table: "T12",
        at: ["T12/title", "T12/note", "T03/合计/project"],
        expected: "127.22万元",
        actual: "本表无数据",
        about: "T12 项目支出预算表 is empty while T03 项目支出 is 127.22 and five PERF projects sum to 1,272,159.65元",
      },
      {
        severity: ["warning", "error"],
        table: "NARR",
        at: ["NARR/一/1", "NARR/一/2", "NARR/五/2"],
        expected: "an increase smaller than the whole budget",
        actual: "比上年增加263.64万元",
        about: "the increase over last year equals the whole budget (prior year 0) for a unit that existed",
      },
      {
        category: "plausibility",
        severity: ["warning", "error"],
        table: "PERF",
        at: ["PERF3/periodTotal", "PERF3/annualTotal"],
        expected: "1,000,000",
        actual: "1,100,000",
        about: "a one-year project (一次性项目, 1年) whose 实施期资金总额 differs from its 年度资金总额",
      },
      {
        severity: ["warning", "error"],
        table: "NARR",
        at: ["NARR/九/1", "T14/安检员费用/amount", "T14/title"],
        expected: "政府采购服务预算 ≥ 17.60万元",
        actual: "政府采购服务预算0万元",
        about: "T14 buys 176,000元 of services while the text's 政府采购服务预算 is 0",
      },
    ],
    optional: [
      {
        category: "plausibility",
        severity: ["warning", "info"],
        table: "PERF",
        at: ["PERF4/plan", "PERF4/annualTotal"],
        expected: "225,000元",
        actual: "6 × 27,500元 = 165,000元",
        about: "小高炉: six people at 27,500元 each make 165,000元, not the project's 225,000元",
      },
      {
        category: "narrative",
        severity: ["warning", "error"],
        table: "NARR",
        at: ["NARR/十/4"],
        expected: "100.00%",
        actual: "48.26%",
        about: "127.22 of 项目支出总额 127.22 is 100%; 48.26% is its share of the whole budget",
      },
    ],
    notErrors: SEED_ROUNDING,
  },
};

export const YANGCHENG_CORRECTED: SampleWorkbook = {
  id: "yangcheng-xinfang-2024-corrected",
  kind: "bundled",
  file: "samples/yangcheng-xinfang-2024-corrected.xlsx",
  title: "阳城县信访局2024年度单位预算公开（已更正，应无错误）",
  about: "The seed with its defects corrected (synthetic prior-year and procurement figures): a clean disclosure with rounding differences only.",
  base: "yangcheng-xinfang-2024",
  sheets: () => shanxiWorkbook(yangchengCorrectedContent()),
  expect: {
    unit: "阳城县信访局",
    year: 2024,
    tables: SEED_TABLES,
    clean: true,
    findings: [],
    notErrors: SEED_ROUNDING,
  },
};

export const PUTUO: SampleWorkbook = {
  id: "putuo-finance-2025",
  kind: "bundled",
  file: "samples/putuo-finance-2025.xlsx",
  title: "上海市普陀区财政局2025年部门预算（上海模板，单位：元）",
  about: "A Shanghai-template 部门预算: 元 with separators, 类|款|项 code columns, 合计 at the bottom, the 三公/机关运行经费 table combined in 万元, one-cell text sheets.",
  sheets: () => shanghaiWorkbook(putuoContent()),
  expect: {
    unit: "上海市普陀区财政局",
    year: 2025,
    tables: ["T01", "T02", "T03", "T04", "T05", "T06", "T08", "T09", "T10", "NARR"],
    clean: false,
    findings: [
      {
        category: "narrative",
        severity: ["error"],
        table: "NARR",
        at: ["NOTES/item7"],
        expected: "87.36万元",
        actual: "887.36万元",
        about: "2080506 职业年金缴费支出 is 873,617.00元 = 87.36万元; the text says 887.36万元",
      },
    ],
    optional: [
      // The text truncates 4 of its 11 amounts (87.708 → 87.70): outside rounding, but a
      // validator may accept truncation as the document's convention.
      {
        category: "narrative",
        severity: ["error", "warning", "info"],
        table: "NARR",
        at: ["NOTES/item5"],
        expected: "87.71万元",
        actual: "87.70万元",
        about: "2080501 is 877,080.00元 = 87.708万元: the text truncates to 87.70 instead of rounding to 87.71",
      },
      {
        category: "narrative",
        severity: ["error", "warning", "info"],
        table: "NARR",
        at: ["NOTES/item10"],
        expected: "204.92万元",
        actual: "204.91万元",
        about: "2210201 is 2,049,197.00元 = 204.9197万元, truncated to 204.91",
      },
      {
        category: "narrative",
        severity: ["error", "warning", "info"],
        table: "NARR",
        at: ["NOTES/item11"],
        expected: "268.78万元",
        actual: "268.77万元",
        about: "2210203 is 2,687,760.00元 = 268.776万元, truncated to 268.77",
      },
      {
        severity: ["warning", "info"],
        table: "NARR",
        at: ["PROJECTS/body"],
        actual: "2020年",
        about: "a year other than 2025 or 2024 in the project text (拟从2020年起…): worth a look, not wrong",
      },
      {
        category: "plausibility",
        severity: ["warning", "info"],
        table: "T09",
        at: ["T09/note"],
        about: "the 国有资本经营预算 table's note says 无政府性基金预算 (copied from the 政府性基金 table)",
      },
    ],
    notErrors: [
      { at: "NOTES/item8", about: "其它行政事业单位养老支出 is the table's 其他行政事业单位养老支出 (其它/其他)" },
      { at: "NOTES/item1", about: "16,231,840.80元 = 1,623.18万元" },
      { at: "T10/row/operatingCost", about: "机关运行经费 229.43万元 = T06 公用经费 2,294,335.00元" },
      { at: "T10/row/reception", about: "公务接待费 0.95万元 ≥ T06 30217 公务接待费 9,500.00元" },
      { at: "T02/合计/total", about: "合计 31,214,205.80 = Σ 类 exactly" },
    ],
  },
};

export const BUNDLED: SampleWorkbook[] = [YANGCHENG, YANGCHENG_CORRECTED, PUTUO];
