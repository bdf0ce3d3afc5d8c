// @vitest-environment jsdom
/** 生成缺失表 as a component over the real samples' disclosures: list, checkboxes, reasons, preview, write. */
import { readFileSync } from "node:fs";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { cleanup, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { FluentProvider } from "@fluentui/react-components";
import type { TableDraft } from "../../src/core/generate";
import type { Disclosure } from "../../src/core/model";
import { recognize } from "../../src/core/recognize";
import { readGrids } from "../../src/hosts/xlsx/read";
import { GeneratePanel } from "../../src/taskpane/components/GeneratePanel";
import { paneTheme } from "../../src/taskpane/theme";
import { installDomShims } from "./support/dom";

let seed: Disclosure;
let putuo: Disclosure;

beforeAll(async () => {
  installDomShims();
  seed = recognize(await readGrids(readFileSync("samples/yangcheng-xinfang-2024.xlsx")));
  putuo = recognize(await readGrids(readFileSync("samples/putuo-finance-2025.xlsx")));
});
afterEach(() => cleanup());

function show(disclosure: Disclosure, onWrite = vi.fn(async (ds: TableDraft[]) => ds.map((d) => d.sheetName)), browser = false) {
  const onDownload = vi.fn();
  render(
    <FluentProvider theme={paneTheme}>
      <GeneratePanel disclosure={disclosure} browser={browser} disabled={false} onWrite={onWrite} onDownload={onDownload} />
    </FluentProvider>,
  );
  return { onWrite, onDownload };
}

const box = (name: RegExp) => screen.getByRole<HTMLInputElement>("checkbox", { name });
const item = (id: string) => document.querySelector<HTMLElement>(`[data-table="${id}"]`)!;

describe("生成缺失表", () => {
  it("lists every generatable table with its source and status; the available ones are ticked", () => {
    show(seed);
    const items = [...document.querySelectorAll<HTMLElement>("[data-table]")].map((e) => e.dataset.table);
    expect(items).toEqual(["T01", "T04", "T05", "T07", "T08", "T09", "T10", "T11", "T12", "T13"]);
    expect(box(/^T12 /).checked).toBe(true);
    expect(box(/^T01 /).checked).toBe(false);
    expect(within(item("T12")).getByText("为空")).toBeTruthy();
    expect(within(item("T01")).getByText("已有")).toBeTruthy();
    expect(within(item("T01")).getByText("来源：表二 预算收入总表 + 表三 预算支出总表")).toBeTruthy();
    // What to confirm before using T11.
    expect(within(item("T11")).getByText(/^请注意：未说明单位类型/)).toBeTruthy();
  });

  it("shows why a table cannot be derived, and its checkbox cannot be ticked", () => {
    show(putuo);
    expect(within(item("T10")).getByText(/^无法生成：表六有“三公”经费相关科目“公务接待费”/)).toBeTruthy();
    expect(within(item("T12")).getByText(/没有填有项目名称和年度资金总额的项目支出绩效目标表/)).toBeTruthy();
    expect(within(item("T12")).getByText("缺少")).toBeTruthy();
    expect(box(/^T10 /).disabled).toBe(true);
    expect(box(/^T12 /).disabled).toBe(true);
    expect(within(item("T07")).getByText("本工作簿的表格体系中没有此表")).toBeTruthy();
  });

  it("the unit type changes the plan: a department with institutions cannot derive 表十一, and says why", async () => {
    show(seed);
    expect(box(/^T11 /).disabled).toBe(false);
    fireEvent.change(screen.getByRole("combobox", { name: "单位类型" }), { target: { value: "mixedDepartment" } });
    await waitFor(() => expect(box(/^T11 /).disabled).toBe(true));
    expect(within(item("T11")).getByText(/部门含非参公事业单位/)).toBeTruthy();
  });

  it("预览 shows the chosen tables' title, target sheet and first rows", () => {
    show(seed);
    fireEvent.click(box(/^T01 /));
    fireEvent.click(screen.getByRole("button", { name: "预览" }));
    const t12 = screen.getByRole("region", { name: "预览：2024年项目支出预算表（本年预算）" });
    expect(within(t12).getByText("将写入新工作表“表十二 项目支出预算表（生成）”；仅显示前 9 行，共 10 行")).toBeTruthy();
    const name = within(t12).getByRole("columnheader", { name: "项目名称" });
    // Merged header cells span as in the sheet.
    expect(name.getAttribute("rowspan")).toBe("2");
    expect(within(t12).getByRole("columnheader", { name: "2024年财政拨款" }).getAttribute("colspan")).toBe("3");
    expect(within(t12).getAllByText("127.22").length).toBeGreaterThan(0);
    expect(within(t12).getByText("2024年市级解决特殊疑难信访问题资金")).toBeTruthy();
    const t01 = screen.getByRole("region", { name: "预览：2024年预算收支总表" });
    expect(within(t01).getByText(/仅显示前 9 行，共 37 行/)).toBeTruthy();
    expect(within(t01).getByText("单位名称：阳城县信访局")).toBeTruthy();
    expect(within(t01).getAllByText("263.64").length).toBeGreaterThan(0);
  });

  it("生成 writes the ticked tables' drafts, in list order, and names the sheets created", async () => {
    const { onWrite } = show(seed);
    fireEvent.click(box(/^T11 /));
    fireEvent.click(screen.getByRole("button", { name: "生成" }));
    await screen.findByText("已生成 2 张表：“表十一 机关运行经费预算表（生成）”、“表十二 项目支出预算表（生成）”。");
    expect(onWrite).toHaveBeenCalledTimes(1);
    const drafts = onWrite.mock.calls[0][0];
    expect(drafts.map((d) => d.id)).toEqual(["T11", "T12"]);
    expect(drafts[1].rows[4].map((c) => c.formula)).toContain("SUM(B6:B10)");
  });

  it("errors are shown in Chinese: nothing ticked, and a failed write", async () => {
    const onWrite = vi.fn(async () => Promise.reject(new Error("工作表无法添加：工作簿受保护")));
    show(seed, onWrite, true);
    fireEvent.click(box(/^T12 /));
    fireEvent.click(screen.getByRole("button", { name: "生成" }));
    expect(screen.getByText("请至少勾选一张表。")).toBeTruthy();
    expect(onWrite).not.toHaveBeenCalled();
    fireEvent.click(box(/^T12 /));
    fireEvent.click(screen.getByRole("button", { name: "生成" }));
    await screen.findByText("工作表无法添加：工作簿受保护");
    expect(screen.queryByRole("button", { name: "下载含生成表的副本" })).toBeNull();
  });

  it("an English message from Excel is introduced in Chinese", async () => {
    show(seed, vi.fn(async () => Promise.reject(new Error("The workbook is protected."))));
    fireEvent.click(screen.getByRole("button", { name: "生成" }));
    await screen.findByText("生成或写入失败（The workbook is protected.）");
  });

  it("in the browser, after 生成 the copy holding the new sheets can be downloaded", async () => {
    const { onDownload } = show(seed, undefined, true);
    fireEvent.click(screen.getByRole("button", { name: "生成" }));
    await screen.findByText(/已将 1 张表加入副本：“表十二 项目支出预算表（生成）”/);
    fireEvent.click(screen.getByRole("button", { name: "下载含生成表的副本" }));
    expect(onDownload).toHaveBeenCalledTimes(1);
  });
});

describe("生成缺失表: corrected copies of coded tables", () => {
  it("offers a copy of 表三 with its missing 20103 款 row, previews it and writes it", async () => {
    const grids = await readGrids(readFileSync("samples/yangcheng-xinfang-2024.xlsx"));
    const g = grids.find((x) => x.sheet === "表三")!;
    const r = g.text.findIndex((row) => row[0] === "20103");
    for (const k of ["values", "text", "formats"] as const) (g[k] as unknown[][]).splice(r, 1);
    g.merges = g.merges.filter((m) => m.top < r);
    const { onWrite } = show(recognize(grids));
    const section = screen.getByTestId("subtotals");
    expect(within(section).getByText(/^T03 预算支出总表（“表三”）：补充了 20103 款/)).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "生成" }));
    await waitFor(() => expect(onWrite).toHaveBeenCalledTimes(1));
    const names = onWrite.mock.calls[0][0].map((d: TableDraft) => d.sheetName);
    expect(names).toContain("表三 预算支出总表（补全）");
    expect(names).toContain("表十二 项目支出预算表（生成）");
  });
  it("nothing to correct in the complete seed: no such section", () => {
    show(seed);
    expect(screen.queryByTestId("subtotals")).toBeNull();
  });
});
