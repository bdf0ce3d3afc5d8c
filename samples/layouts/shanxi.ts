/**
 * The seed's layout (山西 county template): one sheet per table named 表一…表十四, a 情况说明
 * sheet with one paragraph per row, one sheet per 项目支出绩效目标表, plus cover, 目录, 概况 and
 * 名词解释 sheets as a unit's published workbook has them. Options reproduce the layouts that
 * real workbooks vary in; the messy variants use them.
 */
import { SheetBuilder, type SheetSpec } from "../lib/sheet-spec";
import { renderBlock, type TableBlock } from "../lib/table-block";
import { renderNarrative, type NarrativeStyle } from "../lib/narrative";
import { renderPerf } from "../lib/perf";

export type ShanxiTableId = "T01" | "T02" | "T03" | "T04" | "T05" | "T06" | "T07" | "T08" | "T09" | "T10" | "T11" | "T12" | "T13" | "T14";

/** What a workbook in this layout contains. */
export interface ShanxiContent {
  cover: string[];
  toc: string[];
  overview: string[];
  tables: Partial<Record<ShanxiTableId, TableBlock>>;
  narrative: string[];
  perf: string[][];
  glossary: string[];
}

export interface ShanxiOptions {
  /** "chinese": 表一…; "generic": Sheet1, Sheet2, … in workbook order. */
  sheetNames?: "chinese" | "generic";
  /** All tables stacked on one sheet, blank rows between them. */
  tablesOnOneSheet?: boolean;
  /** All PERF tables stacked on one sheet. */
  perfOnOneSheet?: boolean;
  unitRowsSeparate?: boolean;
  narrative?: NarrativeStyle;
  /** Leave out the cover, 目录, 概况 and 名词解释 sheets (an export of the tables only). */
  tablesOnly?: boolean;
}

export const SHEET_NAMES: Record<ShanxiTableId, string> = {
  T01: "表一", T02: "表二", T03: "表三", T04: "表四", T05: "表五", T06: "表六", T07: "表七",
  T08: "表八", T09: "表九", T10: "表十", T11: "表十一", T12: "表十二", T13: "表十三", T14: "表十四",
};

const BEFORE_NARRATIVE: ShanxiTableId[] = ["T01", "T02", "T03", "T04", "T05", "T06", "T07", "T08", "T09", "T10", "T11", "T12", "T13"];

function textSheet(name: string, lines: string[], prefix: string, style: NarrativeStyle = "merged"): SheetSpec {
  const b = new SheetBuilder(name);
  b.widths = [14, 14, 14, 14, 14, 14, 14, 14];
  renderNarrative(b, lines, { prefix, style });
  return b.build();
}

export function shanxiWorkbook(content: ShanxiContent, opts: ShanxiOptions = {}): SheetSpec[] {
  const sheets: SheetSpec[] = [];
  const blockOpts = { unitRowsSeparate: opts.unitRowsSeparate };
  if (!opts.tablesOnly) {
    sheets.push(textSheet("封面", content.cover, "COVER"));
    sheets.push(textSheet("目录", content.toc, "TOC", "plain"));
    sheets.push(textSheet("概况", content.overview, "OVERVIEW"));
  }
  const tableSheet = (ids: ShanxiTableId[], name?: string) => {
    const present = ids.filter((id) => content.tables[id]);
    if (!present.length) return;
    const b = new SheetBuilder(name ?? SHEET_NAMES[present[0]]);
    present.forEach((id, i) => {
      if (i > 0) b.add(), b.add();
      renderBlock(b, content.tables[id]!, blockOpts);
    });
    if (present.length > 1) b.widths = [22, 30, 12, 12, 12, 14, 14, 12, 12];
    sheets.push(b.build());
  };
  if (opts.tablesOnOneSheet) {
    tableSheet([...BEFORE_NARRATIVE, "T14"], "预算公开表");
  } else {
    for (const id of BEFORE_NARRATIVE) tableSheet([id]);
  }
  sheets.push(textSheet("情况说明", content.narrative, "NARR", opts.narrative));
  if (opts.perfOnOneSheet) {
    const b = new SheetBuilder("项目绩效目标表");
    content.perf.forEach((lines, i) => {
      if (i > 0) b.add(), b.add();
      renderPerf(b, lines, i + 1);
    });
    b.widths = [16, 14, 18, 18, 14, 14, 16, 14, 12, 12];
    sheets.push(b.build());
  } else {
    content.perf.forEach((lines, i) => {
      const b = new SheetBuilder(`项目绩效目标表${i + 1}`);
      renderPerf(b, lines, i + 1);
      b.widths = [16, 14, 18, 18, 14, 14, 16, 14, 12, 12];
      sheets.push(b.build());
    });
  }
  if (!opts.tablesOnOneSheet) tableSheet(["T14"]);
  if (!opts.tablesOnly) sheets.push(textSheet("名词解释", content.glossary, "GLOSSARY"));
  if (opts.sheetNames === "generic") sheets.forEach((s, i) => (s.name = `Sheet${i + 1}`));
  return sheets;
}
