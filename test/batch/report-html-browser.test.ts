/**
 * The HTML report in a real (headless) Chromium: it loads with no request beyond the file itself,
 * no script error, and its table sorts and filters. Skipped where Chromium is not installed.
 */
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { formatHtml } from "../../src/cli/report-html";
import { REPORT_SCHEMA_ID, type Report, type WorkbookReport } from "../../src/core/report";
import { CHROMIUM, launch, type Launched } from "../e2e/support/browser";

const wb = (file: string, unit: string, error: number, warning: number, unreadable = false): WorkbookReport => ({
  file,
  unit,
  year: 2024,
  tables: [],
  missingTables: [],
  findings: [],
  summary: { error, warning, info: 0 },
  ...(unreadable ? { error: { message: `${file}：工作簿不完整` } } : {}),
});

const report: Report = {
  schema: REPORT_SCHEMA_ID,
  workbooks: [wb("甲.xlsx", "甲局", 2, 0), wb("乙.xlsx", "乙局", 10, 1), wb("丙.xlsx", "丙中心", 0, 0), wb("丁.xlsx", "", 0, 0, true), wb("戊.xlsx", "戊局", 0, 3)],
};

describe.skipIf(!existsSync(CHROMIUM))("HTML report in Chromium", () => {
  let browser: Launched;
  let url: string;
  beforeAll(async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "bc-html-"));
    const file = path.join(dir, "报告.html");
    writeFileSync(file, formatHtml(report));
    url = pathToFileURL(file).href;
    browser = await launch({ width: 1200, height: 900 });
  }, 120_000);
  afterAll(async () => browser?.close());

  it("self-contained, sortable by count, filterable by text and status", async () => {
    const page = await browser.context.newPage();
    const requests: string[] = [];
    const errors: string[] = [];
    page.on("request", (r) => requests.push(r.url()));
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto(url);
    expect(requests).toEqual([url]);
    expect(errors).toEqual([]);
    const files = () => page.$$eval("#books tbody tr:not([hidden]) td:first-child", (tds) => tds.map((td) => td.textContent));
    expect(await page.textContent("#count")).toBe("显示 5 / 5 个工作簿");

    await page.click("#books th:nth-child(4)"); // 错误, ascending
    expect((await files())[4]).toBe("乙.xlsx");
    await page.click("#books th:nth-child(4)"); // descending
    expect((await files()).slice(0, 2)).toEqual(["乙.xlsx", "甲.xlsx"]);
    expect(await page.getAttribute("#books th:nth-child(4)", "aria-sort")).toBe("descending");

    await page.fill("#q", "局");
    expect((await files()).sort()).toEqual(["乙.xlsx", "戊.xlsx", "甲.xlsx"].sort());
    await page.fill("#q", "");
    await page.selectOption("#st", "unreadable");
    expect(await files()).toEqual(["丁.xlsx"]);
    await page.selectOption("#st", "warning");
    expect(await files()).toEqual(["戊.xlsx"]);
    expect(await page.textContent("#count")).toBe("显示 1 / 5 个工作簿");
    expect(errors).toEqual([]);
  }, 120_000);
});
