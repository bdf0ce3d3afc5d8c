/** CSV and HTML formatting details: quoting, formula-injection guard, BOM; HTML escaping and counts. */
import { describe, expect, it } from "vitest";
import { csvField, formatCsv } from "../../src/cli/report-csv";
import { formatHtml } from "../../src/cli/report-html";
import { REPORT_SCHEMA_ID, type Report } from "../../src/core/report";

const report: Report = {
  schema: REPORT_SCHEMA_ID,
  workbooks: [
    {
      file: "甲,单位\"<b>.xlsx",
      unit: "甲单位",
      year: 2024,
      tables: [{ id: "T02", title: "2024年预算收入总表", sheet: "表二", range: "A1:F20", moneyUnit: "万元" }],
      missingTables: [],
      findings: [
        { rule: "total.hierarchy", category: "total", severity: "error", table: "T02", sheet: "表二", cell: "C12", related: [{ sheet: "表二", cell: "C13" }], expected: "18.90", actual: "-18.89", message: "=HYPERLINK(\"x\")\n第二行" },
      ],
      summary: { error: 1, warning: 0, info: 0 },
    },
    { file: "坏.xlsx", tables: [], missingTables: [], findings: [], summary: { error: 0, warning: 0, info: 0 }, error: { message: "坏.xlsx：不是有效的 .xlsx 文件" } },
  ],
};

describe("CSV", () => {
  it("fields: quoted when needed; formula-like text defused; negative numbers kept", () => {
    expect(csvField("a,b")).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField("=1+1")).toBe("'=1+1");
    expect(csvField("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(csvField("-18.89")).toBe("-18.89");
    expect(csvField("-cmd")).toBe("'-cmd");
  });

  it("BOM, CRLF, one row per finding and per unreadable file", () => {
    const csv = formatCsv(report);
    expect(csv.startsWith("\uFEFF文件,单位,年度,严重程度")).toBe(true);
    expect(csv).toContain('"甲,单位""<b>.xlsx",甲单位,2024,错误,表内合计,total.hierarchy,T02,预算收入总表,表二,C12,18.90,-18.89,"\'=HYPERLINK(""x"")\n第二行",表二!C13\r\n');
    expect(csv).toContain("坏.xlsx,,,无法读取,,,,,,,,,坏.xlsx：不是有效的 .xlsx 文件,\r\n");
  });
});

describe("HTML", () => {
  it("escapes every text, counts by severity, groups by table", () => {
    const html = formatHtml(report, { generatedAt: new Date(2026, 0, 2, 3, 4) });
    expect(html).not.toContain("<b>.xlsx");
    expect(html).toContain("甲,单位&quot;&lt;b&gt;.xlsx");
    expect(html).toContain("共 2 个工作簿：错误 <b class=\"e\">1</b>，警告 <b class=\"w\">0</b>，提示 <b class=\"i\">0</b>，无法读取 <b class=\"e\">1</b> 个。生成时间 2026-01-02 03:04。");
    expect(html).toContain("<h3>T02 预算收入总表</h3>");
    expect(html).toContain('<td class="n">18.90</td><td class="n">-18.89</td>');
    expect(html).toContain('<tr data-status="unreadable">');
    expect(html).toContain("无法校验：坏.xlsx：不是有效的 .xlsx 文件");
  });
});
