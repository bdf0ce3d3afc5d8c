/**
 * The built task pane page opened outside Office, in real headless Chromium, served from dist/ on a
 * local port (office.js from the package's local copy): open the seed sample, validate, click a
 * finding, download the marked copy and check it with ExcelJS; accessibility with axe-core.
 */
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, copyFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "playwright-core";
import { serveStatic, type StaticServer } from "./support/server";
import { launch, type Launched } from "./support/browser";
import { MARK_FILLS } from "../../src/hosts/mark-plan";
import { noteText } from "../../src/hosts/xlsx/marks";

const SAMPLE = "samples/yangcheng-xinfang-2024.xlsx";
const RESULTS = "test-results/e2e";

let server: StaticServer;
let browser: Launched;
let page: Page;
const offsite: string[] = [];
const nonGet: string[] = [];
const OFFICE_JS_LOG_FRAME = "https://telemetryservice.firstpartyapps.oaspapps.com/telemetryservice/telemetryproxy.html";
const pageErrors: string[] = [];

const sha = (file: string) => createHash("sha256").update(readFileSync(file)).digest("hex");

beforeAll(async () => {
  mkdirSync(RESULTS, { recursive: true });
  server = await serveStatic("dist");
  browser = await launch({ width: 380, height: 900 });
  page = await browser.context.newPage();
  page.on("request", (r) => {
    if (r.method() !== "GET") nonGet.push(`${r.method()} ${r.url()}`);
    if (!r.url().startsWith(server.url) && !/^(data|blob):/.test(r.url())) offsite.push(r.url());
  });
  page.on("pageerror", (e) => pageErrors.push(e.message));
  await page.goto(`${server.url}/taskpane.html`);
  await page.waitForSelector("html[data-mode]");
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/**
 * Fluent UI's focus manager (tabster) puts invisible, aria-hidden focus sentinels around focus
 * groups such as the tab list; they hand focus on at once and are not content, so axe skips them.
 */
async function seriousViolations(p: Page) {
  const result = await new AxeBuilder({ page: p }).exclude("[data-tabster-dummy]").analyze();
  return result.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")}`);
}

describe("task pane page in a plain browser", () => {
  it("runs in browser mode: office.js (served locally) reports no Office host", async () => {
    expect(await page.getAttribute("html", "data-mode")).toBe("browser");
    const host = await page.evaluate(async () => (await Office.onReady()).host);
    expect(host).toBeNull();
    expect(server.requests).toContain("/office-js/office.js");
    await expect(page.getByRole("button", { name: "打开工作簿" }).isVisible()).resolves.toBe(true);
    await page.screenshot({ path: join(RESULTS, "1-start.png") });
    expect(await seriousViolations(page)).toEqual([]);
  });

  it("opens the sample, validates it and lists findings grouped by table", async () => {
    const before = sha(SAMPLE);
    await page.setInputFiles('[data-testid="file-input"]', SAMPLE);
    await page.getByText("yangcheng-xinfang-2024.xlsx").waitFor();
    await page.getByRole("button", { name: "校验" }).click();
    const summary = page.getByTestId("summary");
    await summary.waitFor({ timeout: 60_000 });
    // Needs no particular rule: the summary and the recognized tables render.
    await expect(summary.locator("[data-severity]").count()).resolves.toBe(3);
    await page.getByRole("tab", { name: /识别结果/ }).click();
    const tables = page.getByTestId("tables");
    await expect(tables.locator('[data-sheet="表一"]').textContent()).resolves.toMatch(/T01/);
    await page.screenshot({ path: join(RESULTS, "2-tables.png") });
    await page.getByRole("tab", { name: /问题/ }).click();
    // The seed's empty 项目支出预算表 (T12) is an error.
    const t12 = page.locator('[data-table="T12"][data-severity="error"]').first();
    await expect(t12.textContent()).resolves.toMatch(/项目支出预算表.*本表无数据/);
    await t12.click();
    await expect(t12.getAttribute("aria-pressed")).resolves.toBe("true");
    await expect(t12.textContent()).resolves.toMatch(/单元格内容：/);
    await page.screenshot({ path: join(RESULTS, "3-findings.png") });
    await page.screenshot({ path: join(RESULTS, "3-findings-full.png"), fullPage: true });
    expect(sha(SAMPLE)).toBe(before);
  });

  it("downloads a marked copy with the fill and the note on the finding's cell; the original is byte-identical", async () => {
    const before = sha(SAMPLE);
    const t12 = page.locator('[data-table="T12"][data-severity="error"]').first();
    const [sheet, cell] = (await t12.getAttribute("data-cell"))!.split("!");
    const message = (await t12.locator("span > span").first().textContent())!.trim();
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "下载标注版" }).click()]);
    expect(download.suggestedFilename()).toBe("yangcheng-xinfang-2024-标注版.xlsx");
    const saved = join(RESULTS, download.suggestedFilename());
    await download.saveAs(saved);

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(saved);
    const target = wb.getWorksheet(sheet)!.getCell(cell);
    expect((target.fill as ExcelJS.FillPattern).fgColor?.argb).toBe(`FF${MARK_FILLS.error.slice(1)}`);
    expect(noteText(target.note)).toContain(message);
    expect(noteText(target.note)).toMatch(/^【预算公开助手】/);

    expect(sha(SAMPLE)).toBe(before);
    const original = new ExcelJS.Workbook();
    await original.xlsx.readFile(SAMPLE);
    expect(original.getWorksheet(sheet)!.getCell(cell).note).toBeUndefined();
    await page.getByText(/已生成“yangcheng-xinfang-2024-标注版.xlsx”/).waitFor();
  });

  it("has no serious or critical accessibility violations with results shown", async () => {
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole("tab", { name: /识别结果/ }).click();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole("tab", { name: /问题/ }).click();
  });

  it("sent nothing anywhere and raised no page errors", async () => {
    const shot = join(RESULTS, "taskpane.png");
    await page.getByRole("button", { name: "关闭提示" }).click();
    await page.mouse.move(370, 890);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: shot });
    if (process.env.E2E_UPDATE_DOCS) {
      mkdirSync("docs", { recursive: true });
      copyFileSync(shot, "docs/taskpane.png");
    }
    // The workbook never leaves the machine: no request carries a body, and the only request to
    // another host is office.js's own logging frame, which it opens whenever it runs outside Office.
    expect(nonGet).toEqual([]);
    expect(offsite.filter((u) => !u.startsWith(OFFICE_JS_LOG_FRAME))).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});

describe("a large workbook in the browser page", () => {
  it("reads 60,000 cells without freezing the pane, showing progress", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("明细");
    ws.addRow(["2024年项目支出明细"]);
    for (let i = 0; i < 5_000; i++) ws.addRow([`项目${i}`, "2010301", "行政运行", i * 1.5, i, i * 0.5, "备注", 1, 2, 3, 4, 5]);
    const file = join(RESULTS, "large-60000-cells.xlsx");
    await wb.xlsx.writeFile(file);

    const p = await browser.context.newPage();
    await p.goto(`${server.url}/taskpane.html`);
    await p.waitForSelector("html[data-mode]");
    await p.setInputFiles('[data-testid="file-input"]', file);
    await p.getByText("large-60000-cells.xlsx").waitFor();
    // Watch the main thread (longest gap between animation frames) and the status line.
    await p.evaluate(() => {
      const w = window as unknown as { maxGap: number; statuses: string[] };
      w.maxGap = 0;
      w.statuses = [];
      let last = performance.now();
      const tick = (t: number) => {
        w.maxGap = Math.max(w.maxGap, t - last);
        last = t;
        requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
      new MutationObserver(() => {
        const s = document.querySelector('[role="status"]')?.textContent;
        if (s && w.statuses.at(-1) !== s) w.statuses.push(s);
      }).observe(document.body, { subtree: true, childList: true, characterData: true });
    });
    await p.getByRole("button", { name: "校验" }).click();
    await p.getByTestId("summary").waitFor({ timeout: 60_000 });
    const { maxGap, statuses } = await p.evaluate(() => {
      const w = window as unknown as { maxGap: number; statuses: string[] };
      return { maxGap: w.maxGap, statuses: w.statuses };
    });
    console.log(`largest frame gap ${Math.round(maxGap)} ms; status: ${statuses.join(" → ")}`);
    expect(statuses.some((s) => /正在读取/.test(s))).toBe(true);
    expect(maxGap).toBeLessThan(500);
    await p.close();
  });
});
