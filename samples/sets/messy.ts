/**
 * Messy variants of the corrected seed: the same disclosure in the layouts and encodings real
 * workbooks come in. A validator must recognize every table and report it clean, as it does the
 * base (cells move; figures do not, except where noted).
 */
import type { SampleExpectation, SampleWorkbook } from "../lib/expectation";
import type { SheetSpec } from "../lib/sheet-spec";
import type { TableBlock } from "../lib/table-block";
import { shanxiWorkbook, type ShanxiContent, type ShanxiOptions } from "../layouts/shanxi";
import { yangchengCorrectedContent } from "../data/yangcheng-corrected";
import { splitCodeColumn } from "../variants/split-codes";
import { numbersAsText } from "../variants/numbers-as-text";
import { blankAndEllipsisRows, codesAsNumbers, offsetTables } from "../variants/layout-noise";
import { totalsAsFormulas } from "../variants/formulas";
import { renderBlock } from "../lib/table-block";
import { SheetBuilder } from "../lib/sheet-spec";
import { YANGCHENG_CORRECTED } from "./bundled";

const BASE = YANGCHENG_CORRECTED;

function mapTables(c: ShanxiContent, fn: (b: TableBlock) => TableBlock): ShanxiContent {
  for (const id of Object.keys(c.tables) as (keyof ShanxiContent["tables"])[]) c.tables[id] = fn(c.tables[id]!);
  return c;
}

const corrected = (opts: ShanxiOptions = {}, edit: (c: ShanxiContent) => ShanxiContent = (c) => c) => () => shanxiWorkbook(edit(yangchengCorrectedContent()), opts);

/** Clean, like the base; `extra` adds findings this layout must produce. */
function asBase(extra: Partial<SampleExpectation> = {}): SampleExpectation {
  return { ...BASE.expect, ...extra };
}

function messy(id: string, title: string, about: string, sheets: () => SheetSpec[], expect: SampleExpectation = asBase()): SampleWorkbook {
  return { id, kind: "messy", file: `samples/messy/${id}.xlsx`, title, about, sheets, base: BASE.id, expect };
}

/** A 2023 copy of 表一 left in the workbook (a stale sheet from last year's file). */
function withStalePriorYearSheet(sheets: SheetSpec[]): SheetSpec[] {
  const c = yangchengCorrectedContent();
  const t01 = c.tables.T01!;
  const stale: TableBlock = {
    ...t01,
    id: "STALE-T01",
    title: "2023年预算收支总表",
    body: t01.body.map((l) => l.replace(/263\.64/g, "249.18").replace(/228\.36/g, "215.02").replace(/19\.09/g, "18.40").replace(/5\.44/g, "5.26").replace(/10\.74/g, "10.50")),
  };
  const b = new SheetBuilder("2023年表一");
  renderBlock(b, stale);
  b.widths = t01.widths;
  const out = [...sheets];
  out.splice(out.findIndex((s) => s.name === "表一") + 1, 0, b.build());
  return out;
}

const splitCodes = (c: ShanxiContent) => mapTables(c, splitCodeColumn);

export const MESSY: SampleWorkbook[] = [
  messy("split-codes", "科目编码拆为类、款、项三列", "功能分类 codes over 类|款|项 columns, 款/项 as text with leading zeros.", corrected({}, splitCodes)),
  messy(
    "codes-as-numbers",
    "科目编码存为数字（款、项丢失前导零）",
    "Split codes stored as numbers: 款 03 reads 3, 项 01 reads 1; a recognizer must pad them back.",
    () => codesAsNumbers(corrected({}, splitCodes)()),
  ),
  messy(
    "numbers-as-text",
    "金额存为文本（千分位、全角数字、带单位、空格、“-”表示零）",
    "Every amount is text, in turn: thousands separators, full-width digits, a trailing 万元/元, padding with NBSP, plain, '-' for zero.",
    () => numbersAsText(corrected()(), ["thousands", "fullwidth", "unitSuffix", "padded", "plain", "dashZero"]),
  ),
  messy(
    "blank-and-ellipsis-rows",
    "表内夹空行、末尾留“…”行",
    "A blank row after every fourth body row and a '…' placeholder row after each table's last row.",
    () => blankAndEllipsisRows(corrected()(), 4),
  ),
  messy("offset-tables", "表格不从A1开始（从C4开始）", "Every table sheet's content moved down 3 rows and right 2 columns.", () => offsetTables(corrected()(), 3, 2)),
  messy(
    "one-sheet",
    "所有表格在同一张工作表上，绩效目标表在另一张",
    "Tables 表一…表十四 stacked on one sheet with blank rows between them, the five PERF tables on another; no cover, 目录, 概况 or 名词解释.",
    corrected({ tablesOnOneSheet: true, perfOnOneSheet: true, tablesOnly: true }),
  ),
  messy("generic-sheet-names", "工作表名为 Sheet1、Sheet2…", "Sheet names carry no meaning: tables must be recognized by their titles and headers.", corrected({ sheetNames: "generic" })),
  messy(
    "formulas-cached",
    "合计行为公式（有缓存值）",
    "类/款/合计 rows are SUM formulas with cached results; the results are exact sums of the rows below, so 20805 reads 18.90 and 208 19.10 where the base shows 18.89 and 19.09 (rounding differences move between tables).",
    () => totalsAsFormulas(corrected()(), true),
  ),
  messy(
    "formulas-uncached",
    "合计行为公式（无缓存值，未在Excel中保存过）",
    "类/款/合计 rows are formulas without cached values, as written by a program: their values cannot be read.",
    () => totalsAsFormulas(corrected()(), false),
    asBase({
      clean: false,
      findings: [
        {
          severity: ["warning", "error"],
          table: "T02",
          at: ["T02/合计/total", "T02/201/total", "T03/合计/total", "T02/title"],
          about: "formula cells have no cached value: the report must say the values could not be read (open and save in Excel/WPS), not treat them as 0",
        },
      ],
    }),
  ),
  messy("narrative-one-cell", "情况说明全文在一个单元格中", "The whole 情况说明 in one cell with line breaks.", corrected({ narrative: "oneCell" })),
  messy("narrative-sections", "情况说明每节一个单元格", "Each 情况说明 section (heading and paragraphs) in one cell with line breaks.", corrected({ narrative: "sections" })),
  messy("narrative-unmerged", "情况说明段落未合并单元格", "One paragraph per row in column A, not merged across the page.", corrected({ narrative: "plain" })),
  messy("unit-rows-separate", "“单位名称”与“单位：万元”分两行", "The unit name and the money unit on two rows, as in the seed's text.", corrected({ unitRowsSeparate: true })),
  messy(
    "stale-prior-year-sheet",
    "混入上年（2023年）表一",
    "A sheet '2023年表一' with last year's figures sits after 表一: T01 must be the 2024 table.",
    () => withStalePriorYearSheet(corrected()()),
    asBase({
      optional: [
        {
          category: "plausibility",
          severity: ["warning", "info"],
          at: ["STALE-T01/title"],
          about: "a table of another year (2023) in the workbook",
        },
      ],
    }),
  ),
];
