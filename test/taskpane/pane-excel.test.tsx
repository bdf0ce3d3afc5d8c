// @vitest-environment jsdom
/**
 * The task pane inside "Excel": the real pane, the real Excel host, office-addin-mock proxies over a
 * fake workbook holding the seed sample's cells.
 */
import { readFileSync } from "node:fs";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { cleanup, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { App } from "../../src/taskpane/App";
import { createExcelHost } from "../../src/hosts/excel/host";
import { readGrids } from "../../src/hosts/xlsx/read";
import { MARK_FILLS } from "../../src/hosts/mark-plan";
import { OVERRIDES_SETTING } from "../../src/hosts/excel/mark-state";
import type { Grid } from "../../src/core/grid";
import { FakeWorkbook } from "../hosts/support/excel-fake";
import { installDomShims } from "./support/dom";

let grids: Grid[];
let uninstall: (() => void) | undefined;

beforeAll(async () => {
  installDomShims();
  grids = await readGrids(readFileSync("samples/yangcheng-xinfang-2024.xlsx"));
});
afterEach(() => {
  cleanup();
  uninstall?.();
});
afterAll(() => undefined);

function setup() {
  const book = FakeWorkbook.fromGrids(grids);
  book.cell("表十二", "A6").fill = { pattern: "Solid", color: "#FFFF00", patternColor: null };
  uninstall = book.install();
  render(<App mode="excel" excelHost={createExcelHost()} documentName="阳城县信访局.xlsx" />);
  return book;
}

async function validate() {
  fireEvent.click(screen.getByRole("button", { name: "校验" }));
  return screen.findByTestId("summary", undefined, { timeout: 15_000 });
}

describe("task pane in Excel", () => {
  it("validates, shows counts and findings grouped by table, and marks the cells", async () => {
    const book = setup();
    expect(screen.getByText(/点击“校验”检查当前工作簿/)).toBeTruthy();
    const summary = await validate();
    expect(within(summary).getByText("错误")).toBeTruthy();
    const t12 = document.querySelector<HTMLElement>('[data-table="T12"][data-severity="error"]');
    expect(t12?.textContent).toMatch(/项目支出预算表（本年预算）为空.*本表无数据/);
    expect(t12?.dataset.cell).toBe("表十二!A6");
    // The group heading names the table.
    expect(screen.getByRole("heading", { name: "项目支出预算表（本年预算）" })).toBeTruthy();
    await screen.findByText(/已标记 \d+ 个单元格（填充颜色并附批注）/);
    expect(book.fill("表十二", "A6").color).toBe(MARK_FILLS.error);
    expect(book.note("表十二", "A6")).toMatch(/本表无数据/);
  });

  it("clicking a finding selects its cell in Excel", async () => {
    const book = setup();
    await validate();
    const t12 = document.querySelector<HTMLElement>('[data-table="T12"][data-severity="error"]')!;
    fireEvent.click(t12);
    await waitFor(() => expect(book.selection).toEqual({ sheet: "表十二", cell: "A6" }));
    expect(book.activeSheet).toBe("表十二");
    expect(t12.getAttribute("aria-pressed")).toBe("true");
    expect(t12.textContent).toMatch(/单元格内容：/);
  });

  it("清除标记 restores the cells (the yellow cell is yellow again)", async () => {
    const book = setup();
    await validate();
    await screen.findByText(/已标记/);
    fireEvent.click(screen.getByRole("button", { name: "清除标记" }));
    await screen.findByText(/已清除标记，\d+ 个单元格恢复原样/);
    expect(book.fill("表十二", "A6")).toEqual({ pattern: "Solid", color: "#FFFF00", patternColor: null });
    expect(book.note("表十二", "A6")).toBeUndefined();
  });

  it("filters by severity and by category", async () => {
    setup();
    await validate();
    const count = () => document.querySelectorAll("[data-severity][data-cell]").length;
    const all = count();
    const info = () => document.querySelectorAll('[data-severity="info"][data-cell]').length;
    expect(info()).toBeGreaterThan(0);
    fireEvent.click(screen.getByRole("button", { name: /^提示 \d+$/ }));
    expect(info()).toBe(0);
    expect(count()).toBeLessThan(all);
    fireEvent.click(screen.getByRole("combobox", { name: "类别" }));
    fireEvent.click(await screen.findByRole("option", { name: /^完整性/ }));
    const cats = [...document.querySelectorAll<HTMLElement>("[data-cell]")].map((e) => e.textContent ?? "");
    expect(cats.length).toBeGreaterThan(0);
    for (const c of cats) expect(c).toMatch(/· 完整性$|· 完整性单元格/);
  });

  it("lists the tables recognized on each sheet and remembers a correction in the workbook", async () => {
    const book = setup();
    await validate();
    await screen.findByText(/已标记/);
    const tab = screen.getByRole("tab", { name: /识别结果/ });
    const tablesBefore = Number(/（(\d+)）/.exec(tab.textContent ?? "")![1]);
    fireEvent.click(tab);
    const panel = screen.getByTestId("tables");
    const sheet12 = panel.querySelector<HTMLElement>('[data-sheet="表十二"]')!;
    expect(within(sheet12).getByText("T12")).toBeTruthy();
    const cover = panel.querySelector<HTMLElement>('[data-sheet="封面"]')!;
    expect(within(cover).getByText("未识别出预算公开表")).toBeTruthy();
    // Say 表十三 is not a disclosure table: stored in the workbook settings, validation reruns without it.
    const sheet13 = panel.querySelector<HTMLElement>('[data-sheet="表十三"]')!;
    fireEvent.click(within(sheet13).getByRole("button", { name: "更正" }));
    fireEvent.click(await screen.findByRole("menuitem", { name: "不是预算表" }));
    await waitFor(() => expect(JSON.parse(book.settings.get(OVERRIDES_SETTING) ?? "[]")).toEqual([{ sheet: "表十三", id: "none" }]));
    await waitFor(() => expect(screen.getByTestId("tables").querySelector('[data-sheet="表十三"]')?.textContent).toMatch(/不参与校验/));
    await waitFor(() => expect(screen.getByRole("tab", { name: /识别结果/ }).textContent).toBe(`识别结果（${tablesBefore - 1}）`));
  });
});
