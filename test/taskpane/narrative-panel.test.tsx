// @vitest-environment jsdom
/** 生成情况说明 as a component over the seed sample, and the writer it hands its text to. */
import { readFileSync } from "node:fs";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { cleanup, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { FluentProvider } from "@fluentui/react-components";
import type { CellValue, Grid } from "../../src/core/grid";
import { FACTS_SHEET, factsSheetRows, type GeneratedNarrative } from "../../src/core/narrative/generate";
import type { HostPort } from "../../src/hosts/port";
import { readGrids } from "../../src/hosts/xlsx/read";
import { NarrativePanel } from "../../src/taskpane/components/NarrativePanel";
import { textParts } from "../../src/taskpane/model/narrative";
import { paneTheme } from "../../src/taskpane/theme";
import { writeNarrative, type NarrativeWrite } from "../../src/taskpane/writers";
import { installDomShims } from "./support/dom";

let grids: Grid[];

beforeAll(async () => {
  installDomShims();
  grids = await readGrids(readFileSync("samples/yangcheng-xinfang-2024.xlsx"));
});
afterEach(() => cleanup());

/** The seed's grids plus an input sheet with these facts filled in. */
function withFacts(values: Record<string, CellValue>): Grid[] {
  const rows: CellValue[][] = [[FACTS_SHEET], ["说明"], ["项目", "填写值", "说明", "键"], ...Object.entries(values).map(([k, v]) => [k, v, "", k])];
  const facts = { sheet: FACTS_SHEET, originRow: 0, originCol: 0, values: rows, text: rows.map((r) => r.map((v) => (v === null ? "" : String(v)))), formats: [], merges: [] } as unknown as Grid;
  return [...grids, facts];
}

function show(opts: { browser?: boolean; reread?: () => Promise<Grid[]>; fail?: Error } = {}) {
  const onWrite = vi.fn(async (_g: GeneratedNarrative, _grids: Grid[]): Promise<NarrativeWrite> => {
    if (opts.fail) throw opts.fail;
    return { sheet: "情况说明（生成）", factsSheet: FACTS_SHEET };
  });
  const onReread = vi.fn(opts.reread ?? (async () => grids));
  render(
    <FluentProvider theme={paneTheme}>
      <NarrativePanel grids={grids} overrides={[]} browser={opts.browser ?? false} disabled={false} onReread={onReread} onWrite={onWrite} onDownload={() => undefined} />
    </FluentProvider>,
  );
  return { onWrite, onReread };
}

describe("生成情况说明", () => {
  it("offers the built-in templates and previews the seed-style text with its placeholders highlighted", () => {
    show();
    const seed = screen.getByRole<HTMLInputElement>("radio", { name: "单位预算情况说明（山西县级模板）" });
    expect(seed.checked).toBe(true);
    expect(screen.getByRole("radio", { name: "部门预算编制说明（上海模板）" })).toBeTruthy();
    const preview = screen.getByTestId("narrative-preview");
    expect(within(preview).getByRole("heading", { name: "第三部分 2024年度单位预算情况说明" })).toBeTruthy();
    expect(preview.textContent).toContain("2024年度阳城县信访局预算收入总计263.64万元");
    const marks = [...preview.querySelectorAll("mark[data-placeholder]")].map((m) => m.textContent);
    expect(marks).toContain("【请填写：2023年预算收入总计（万元）】");
    expect(marks.every((m) => /^【请填写：.+】$/.test(m ?? ""))).toBe(true);
    expect(screen.getByText(`预览中有 ${marks.length} 处【请填写】`)).toBeTruthy();
    const missing = screen.getByRole("region", { name: /^待填写的信息（\d+）$/ });
    expect(within(missing).getByText("预算收入比上年增减的主要原因")).toBeTruthy();
  });

  it("switching the template regenerates the preview in that style", async () => {
    show();
    const before = screen.getByTestId("narrative-preview").textContent;
    fireEvent.click(screen.getByRole("radio", { name: "部门预算编制说明（上海模板）" }));
    await waitFor(() => expect(screen.getByTestId("narrative-preview").textContent).not.toBe(before));
  });

  it("写入工作表 hands over the generated text; the result names the new sheets", async () => {
    const { onWrite } = show();
    fireEvent.click(screen.getByRole("button", { name: "写入工作表" }));
    await screen.findByText("已写入工作表“情况说明（生成）”，并新建“上年数及补充信息”供填写补充信息，填写后可重新生成。");
    const [g, used] = onWrite.mock.calls[0];
    expect(g.templateId).toBe("seed");
    expect(g.paragraphs[0].text).toBe("第三部分 2024年度单位预算情况说明");
    expect(used).toBe(grids);
  });

  it("a failed write is reported in Chinese and nothing claims success", async () => {
    show({ fail: new Error("InvalidOperation") });
    fireEvent.click(screen.getByRole("button", { name: "写入工作表" }));
    await screen.findByText("生成或写入失败（InvalidOperation）");
    expect(screen.queryByText(/已写入工作表/)).toBeNull();
  });

  it("facts filled in the input sheet replace their placeholders after 重新读取", async () => {
    const filled = withFacts({ "prior.incomeTotal": 250, "reason.income": "人员增加" });
    show({ reread: async () => filled });
    const count = () => screen.getByTestId("narrative-preview").querySelectorAll("mark[data-placeholder]").length;
    const before = count();
    fireEvent.click(screen.getByRole("button", { name: "重新读取并生成预览" }));
    await waitFor(() => expect(count()).toBe(before - 2));
    expect(screen.getByTestId("narrative-preview").textContent).toContain("人员增加");
  });
});

describe("writeNarrative", () => {
  function stubHost(): HostPort & { sheets: { name: string; rows: CellValue[][] }[] } {
    const sheets: { name: string; rows: CellValue[][] }[] = [];
    return {
      sheets,
      writeSheet: async (name: string, rows: CellValue[][]) => {
        sheets.push({ name, rows });
        return name;
      },
    } as unknown as HostPort & { sheets: typeof sheets };
  }
  const g = {
    templateId: "seed",
    paragraphs: [
      { id: "h", section: "", kind: "heading", text: "第三部分", placeholders: [] },
      { id: "b", section: "", kind: "body", text: "收入【请填写：原因】。", placeholders: [] },
    ],
    placeholders: [],
    missingFacts: [],
    requestedFacts: [{ key: "reason.income", label: "原因", note: "文字", kind: "text" }],
  } as unknown as GeneratedNarrative;

  it("a new sheet after the taken versions, one paragraph per row, and the labelled input sheet", async () => {
    const host = stubHost();
    const res = await writeNarrative(host, g, ["表一", "情况说明（生成）"], false);
    expect(res).toEqual({ sheet: "情况说明（生成2）", factsSheet: FACTS_SHEET });
    expect(host.sheets[0]).toEqual({ name: "情况说明（生成2）", rows: [["第三部分"], ["收入【请填写：原因】。"]] });
    expect(host.sheets[1]).toEqual({ name: FACTS_SHEET, rows: factsSheetRows(g.requestedFacts as never) });
    expect(host.sheets[1].rows[3]).toEqual(["原因", "", "文字", "reason.income"]);
  });

  it("leaves an existing input sheet alone", async () => {
    const host = stubHost();
    expect(await writeNarrative(host, g, ["表一"], true)).toEqual({ sheet: "情况说明（生成）", factsSheet: null });
    expect(host.sheets.map((s) => s.name)).toEqual(["情况说明（生成）"]);
  });
});

describe("textParts", () => {
  it("splits a paragraph around its placeholders", () => {
    expect(textParts("比上年【请填写：原因】，共【请填写：X】")).toEqual([
      { text: "比上年", placeholder: false },
      { text: "【请填写：原因】", placeholder: true },
      { text: "，共", placeholder: false },
      { text: "【请填写：X】", placeholder: true },
    ]);
  });
});
