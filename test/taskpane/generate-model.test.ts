/** The pane's view of a generated table: first rows as text, merges as spans, amounts in the draft's format. */
import { describe, expect, it } from "vitest";
import type { DraftCell, TableDraft } from "../../src/core/generate";
import { draftPreview } from "../../src/taskpane/model/preview";
import { visiblePlaceholders } from "../../src/taskpane/model/narrative";

const t = (value: string | null, role: DraftCell["role"] = "label"): DraftCell => ({ value, role });
const m = (value: string | null, numFmt = "#,##0.00"): DraftCell => ({ value, role: "money", numFmt, formula: "B9" });

const draft: TableDraft = {
  id: "T01",
  sheetName: "表一（生成）",
  title: "2025年收支总表",
  unit: "元",
  from: ["T02"],
  rows: [
    [t("2025年收支总表", "title"), t(null, "title"), t(null, "title")],
    [t("项目", "header"), t("金额", "header"), t(null, "header")],
    [t(null, "header"), t("本年", "header"), t("上年", "header")],
    [t("收入"), m("31214205.8"), m(null)],
    [t("支出"), m("5", "0.00"), m("1234.5", "0")],
  ],
  merges: [
    { top: 0, left: 0, bottom: 0, right: 2 },
    { top: 1, left: 0, bottom: 2, right: 0 },
    { top: 1, left: 1, bottom: 1, right: 2 },
  ],
  header: { top: 1, bottom: 2 },
  border: { top: 1, left: 0, bottom: 4, right: 2 },
  widths: [20, 12, 12],
  cautions: ["请确认"],
};

describe("draftPreview", () => {
  it("drops the title row, keeps header rows marked, turns merges into spans and formats amounts", () => {
    const p = draftPreview(draft);
    expect(p.title).toBe("2025年收支总表");
    expect(p.totalRows).toBe(5);
    expect(p.cautions).toEqual(["请确认"]);
    expect(p.rows.map((r) => r.header)).toEqual([true, true, false, false]);
    expect(p.rows[0].cells).toEqual([
      { text: "项目", colSpan: 1, rowSpan: 2 },
      { text: "金额", colSpan: 2, rowSpan: 1 },
    ]);
    expect(p.rows[1].cells.map((c) => c.text)).toEqual(["本年", "上年"]);
    expect(p.rows[2].cells.map((c) => c.text)).toEqual(["收入", "31,214,205.80", ""]);
    expect(p.rows[3].cells.map((c) => c.text)).toEqual(["支出", "5.00", "1235"]);
  });

  it("clips a merge to the rows shown", () => {
    const p = draftPreview(draft, 1);
    expect(p.rows).toHaveLength(1);
    expect(p.rows[0].cells[0]).toEqual({ text: "项目", colSpan: 1, rowSpan: 1 });
  });
});

describe("visiblePlaceholders", () => {
  it("counts the 【请填写：…】 in the text", () => {
    expect(visiblePlaceholders([{ text: "甲【请填写：A】乙【请填写：B】" }, { text: "无" }, { text: "【请填写：A】" }])).toBe(3);
  });
});
