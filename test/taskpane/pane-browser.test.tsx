// @vitest-environment jsdom
/** The task pane outside Office: open a local .xlsx, validate, download a marked copy. */
import { readFileSync } from "node:fs";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { cleanup, fireEvent, render, screen, waitFor } from "@testing-library/react";
import ExcelJS from "exceljs";
import { App } from "../../src/taskpane/App";
import { MARK_FILLS } from "../../src/hosts/mark-plan";
import { noteText } from "../../src/hosts/xlsx/marks";
import { installDomShims } from "./support/dom";

const SAMPLE = "samples/yangcheng-xinfang-2024.xlsx";

beforeAll(() => installDomShims());
afterEach(() => cleanup());

describe("task pane in a plain browser", () => {
  it("opens a workbook, validates it and hands over a marked copy; the opened bytes stay as they were", async () => {
    const save = vi.fn<(bytes: Uint8Array, name: string) => void>();
    render(<App mode="browser" save={save} />);
    expect(screen.getByRole("button", { name: "校验" }).hasAttribute("disabled")).toBe(true);
    expect(screen.getByText("尚未打开工作簿")).toBeTruthy();

    const original = readFileSync(SAMPLE);
    const file = new File([new Uint8Array(original)], "yangcheng-xinfang-2024.xlsx");
    fireEvent.change(screen.getByTestId("file-input"), { target: { files: [file] } });
    await screen.findByText("yangcheng-xinfang-2024.xlsx", undefined, { timeout: 15_000 });
    await waitFor(() => expect(screen.getByRole("button", { name: "校验" }).hasAttribute("disabled")).toBe(false), { timeout: 15_000 });
    fireEvent.click(screen.getByRole("button", { name: "校验" }));
    await screen.findByTestId("summary", undefined, { timeout: 15_000 });
    await screen.findByText(/下载的副本将标记 \d+ 个单元格/, undefined, { timeout: 15_000 });

    const t12 = document.querySelector<HTMLElement>('[data-table="T12"][data-severity="error"]')!;
    fireEvent.click(t12);
    expect(t12.getAttribute("aria-pressed")).toBe("true");

    fireEvent.click(screen.getByRole("button", { name: "下载标注版" }));
    await waitFor(() => expect(save).toHaveBeenCalledTimes(1), { timeout: 20_000 });
    const [bytes, name] = save.mock.calls[0];
    expect(name).toBe("yangcheng-xinfang-2024-标注版.xlsx");
    await screen.findByText("已生成“yangcheng-xinfang-2024-标注版.xlsx”。", undefined, { timeout: 15_000 });

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
    const cell = wb.getWorksheet("表十二")!.getCell("A6");
    expect((cell.fill as ExcelJS.FillPattern).fgColor?.argb).toBe(`FF${MARK_FILLS.error.slice(1)}`);
    expect(noteText(cell.note)).toMatch(/本表无数据/);
    expect(Buffer.compare(readFileSync(SAMPLE), original)).toBe(0);
  });
});
