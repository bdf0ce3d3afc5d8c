// @vitest-environment jsdom
/**
 * The two generation tabs in the real pane over the real hosts: inside "Excel" (office-addin-mock
 * over the seed's cells) and in a plain browser (the new sheets go into the downloaded copy).
 */
import { readFileSync } from "node:fs";
import ExcelJS from "exceljs";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { cleanup, fireEvent, render, screen, waitFor } from "@testing-library/react";
import type { Grid } from "../../src/core/grid";
import { FACTS_SHEET } from "../../src/core/narrative/generate";
import { createExcelHost } from "../../src/hosts/excel/host";
import { readGrids } from "../../src/hosts/xlsx/read";
import { App } from "../../src/taskpane/App";
import { FakeWorkbook } from "../hosts/support/excel-fake";
import { installDomShims } from "./support/dom";

const SAMPLE = "samples/yangcheng-xinfang-2024.xlsx";
const T12_SHEET = "表十二 项目支出预算表（生成）";
let grids: Grid[];
let uninstall: (() => void) | undefined;

beforeAll(async () => {
  installDomShims();
  grids = await readGrids(readFileSync(SAMPLE));
});
afterEach(() => {
  cleanup();
  uninstall?.();
  uninstall = undefined;
});

async function validate() {
  fireEvent.click(screen.getByRole("button", { name: /^(校验|重新校验)$/ }));
  await screen.findByTestId("summary", undefined, { timeout: 15_000 });
  await waitFor(() => expect(screen.getByRole("button", { name: "重新校验" }).hasAttribute("disabled")).toBe(false), { timeout: 15_000 });
}

describe("generation tabs in Excel", () => {
  it("生成 writes 表十二 with formulas on a new sheet; a second time gets a new name", async () => {
    const book = FakeWorkbook.fromGrids(grids);
    uninstall = book.install();
    render(<App mode="excel" excelHost={createExcelHost()} documentName="阳城县信访局.xlsx" />);
    await validate();
    fireEvent.click(screen.getByRole("tab", { name: "生成缺失表" }));
    fireEvent.click(screen.getByRole("button", { name: "生成" }));
    await screen.findByText(`已生成 1 张表：“${T12_SHEET}”。`);
    expect(book.cell(T12_SHEET, "A1").value).toBe("2024年项目支出预算表（本年预算）");
    expect(book.cell(T12_SHEET, "B5").formula).toBe("=SUM(B6:B10)");
    expect(book.cell(T12_SHEET, "B6").formula).toMatch(/^=.*项目绩效目标表/);
    fireEvent.click(screen.getByRole("button", { name: "生成" }));
    await screen.findByText(`已生成 1 张表：“${T12_SHEET} (2)”。`, { exact: false });
    expect(book.sheets.map((s) => s.name)).toContain(`${T12_SHEET} (2)`);
  });

  it("写入工作表 adds 情况说明（生成） and the input sheet; filled facts show up after re-reading; a second write is a new version", async () => {
    const book = FakeWorkbook.fromGrids(grids);
    uninstall = book.install();
    render(<App mode="excel" excelHost={createExcelHost()} documentName="阳城县信访局.xlsx" />);
    await validate();
    fireEvent.click(screen.getByRole("tab", { name: "生成情况说明" }));
    fireEvent.click(screen.getByRole("button", { name: "写入工作表" }));
    await screen.findByText("已写入工作表“情况说明（生成）”，并新建“上年数及补充信息”供填写补充信息，填写后可重新生成。");
    expect(book.cell("情况说明（生成）", "A1").value).toBe("第三部分 2024年度单位预算情况说明");
    expect(String(book.cell("情况说明（生成）", "A3").value)).toContain("【请填写：2023年预算收入总计（万元）】");
    const styles = book.sheet("情况说明（生成）").styles;
    expect(styles).toContainEqual({ range: "A1", prop: "columnWidth", value: 110 * 7 });
    expect(styles.some((x) => x.prop === "wrapText" && x.value === true)).toBe(true);
    expect(book.cell(FACTS_SHEET, "C3").value).toBe("说明");
    // The 键 column ties rows to facts; the user does not need to see it.
    expect(book.sheet(FACTS_SHEET).styles).toContainEqual({ range: "D1", prop: "columnHidden", value: true });
    expect(book.cell(FACTS_SHEET, "A4").value).toBe("2023年预算收入总计（万元）");
    expect(book.cell("情况说明", "A1").value).toBe(grids.find((g) => g.sheet === "情况说明")!.values[0][0]);

    // The user fills the first fact in Excel, then regenerates from the workbook.
    book.cell(FACTS_SHEET, "B4").value = 250;
    fireEvent.click(screen.getByRole("button", { name: "重新读取并生成预览" }));
    await waitFor(() => expect(screen.getByTestId("narrative-preview").textContent).not.toContain("【请填写：2023年预算收入总计（万元）】"));
    fireEvent.click(screen.getByRole("button", { name: "写入工作表" }));
    await screen.findByText("已写入工作表“情况说明（生成2）”。");
    expect(String(book.cell("情况说明（生成2）", "A3").value)).not.toContain("【请填写：2023年预算收入总计（万元）】");
    expect(String(book.cell("情况说明（生成）", "A3").value)).toContain("【请填写：2023年预算收入总计（万元）】");
  });
});

describe("generation tabs in a plain browser", () => {
  it("the generated table and 情况说明 go into the downloaded copy, formulas with their values", async () => {
    const save = vi.fn<(bytes: Uint8Array, name: string) => void>();
    render(<App mode="browser" save={save} />);
    const original = readFileSync(SAMPLE);
    fireEvent.change(screen.getByTestId("file-input"), { target: { files: [new File([new Uint8Array(original)], "seed.xlsx")] } });
    await screen.findByText("seed.xlsx");
    await waitFor(() => expect(screen.getByRole("button", { name: "校验" }).hasAttribute("disabled")).toBe(false));
    await validate();

    fireEvent.click(screen.getByRole("tab", { name: "生成缺失表" }));
    fireEvent.click(screen.getByRole("button", { name: "生成" }));
    await screen.findByText(`已将 1 张表加入副本：“${T12_SHEET}”。请下载副本查看。`);
    fireEvent.click(screen.getByRole("tab", { name: "生成情况说明" }));
    expect(screen.queryByRole("button", { name: "重新读取并生成预览" })).toBeNull();
    fireEvent.click(screen.getByRole("button", { name: "写入工作表" }));
    await screen.findByText("已将“情况说明（生成）”和“上年数及补充信息”加入副本，请下载副本查看。");
    fireEvent.click(screen.getByRole("button", { name: "下载含情况说明的副本" }));
    await waitFor(() => expect(save).toHaveBeenCalledTimes(1), { timeout: 15_000 });

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(save.mock.calls[0][0]) as unknown as ArrayBuffer);
    const t12 = wb.getWorksheet(T12_SHEET)!;
    expect(t12.getCell("B5").value).toEqual({ formula: "SUM(B6:B10)", result: 127.22 });
    expect(wb.getWorksheet("情况说明（生成）")!.getCell("A1").value).toBe("第三部分 2024年度单位预算情况说明");
    expect(wb.getWorksheet(FACTS_SHEET)!.getCell("A3").value).toBe("项目");
    expect(Buffer.compare(readFileSync(SAMPLE), original)).toBe(0);
  });
});
