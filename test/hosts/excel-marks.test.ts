import { afterEach, describe, expect, it } from "vitest";
import { FakeWorkbook } from "./support/excel-fake";
import { createExcelHost } from "../../src/hosts/excel/host";
import { MARKS_SETTING } from "../../src/hosts/excel/mark-state";
import { MARK_FILLS, NOTE_PREFIX } from "../../src/hosts/mark-plan";
import type { Finding } from "../../src/core/report";

let uninstall: (() => void) | undefined;
afterEach(() => uninstall?.());

function finding(cell: string, severity: Finding["severity"], message = `${cell} 合计不等于各项之和`, sheet = "表二"): Finding {
  return { rule: "total.hierarchy", category: "total", severity, sheet, cell, related: [], expected: "18.90", actual: "18.89", message };
}

function workbook(): FakeWorkbook {
  const b = new FakeWorkbook();
  b.addSheet("表二", [
    ["科目编码", "科目名称", "合计"],
    ["201", "一般公共服务支出", 18.89],
    ["20101", "人大事务", 10],
    ["20102", "政协事务", 8.9],
  ]);
  // The user's own colouring and note, which marking must not lose.
  b.cell("表二", "C2").fill = { pattern: "Solid", color: "#FFFF00", patternColor: null };
  b.cell("表二", "C3").note = "请财务科核对";
  return b;
}

describe("Excel host: marks (notes, ExcelApi 1.18)", () => {
  it("fills each finding's cell by severity and attaches the explanation as a note; info is not marked", async () => {
    const b = workbook();
    uninstall = b.install();
    const res = await createExcelHost().applyMarks([finding("C2", "error"), finding("C3", "warning"), finding("C4", "info")]);
    expect(res).toEqual({ marked: 2, restored: 0, skipped: 0, annotation: "note" });
    expect(b.fill("表二", "C2")).toMatchObject({ pattern: "Solid", color: MARK_FILLS.error });
    expect(b.fill("表二", "C3")).toMatchObject({ pattern: "Solid", color: MARK_FILLS.warning });
    expect(b.fill("表二", "C4").pattern).toBe("None");
    expect(b.note("表二", "C2")).toMatch(new RegExp(`^${NOTE_PREFIX}\\n错误（表内合计）：C2 合计不等于各项之和\\n应为 18.90，实为 18.89$`));
    // An existing note stays readable under ours.
    expect(b.note("表二", "C3")).toContain("—— 原批注 ——\n请财务科核对");
    expect(b.note("表二", "C4")).toBeUndefined();
  });

  it("marks in 2 syncs the first time (read originals, write) and remembers the originals in workbook settings", async () => {
    const b = workbook();
    uninstall = b.install();
    await createExcelHost().applyMarks([finding("C2", "error"), finding("C3", "warning")]);
    expect(b.syncs).toBe(2);
    const state = JSON.parse(b.settings.get(MARKS_SETTING)!);
    expect(state.marks).toHaveLength(2);
    expect(state.marks[0]).toMatchObject({ sheet: "表二", cell: "C2", original: { fill: { pattern: "Solid", color: "#FFFF00" }, note: null } });
    expect(state.marks[1]).toMatchObject({ cell: "C3", original: { fill: { pattern: "None" }, note: "请财务科核对" } });
    const probes = b.loads.filter((l) => l.kind === "range");
    expect(probes.map((l) => l.props)).toEqual(Array(2).fill("format/fill/color,format/fill/pattern,format/fill/patternColor"));
    expect(b.loads.filter((l) => l.kind === "note").map((l) => l.props)).toEqual(["content", "content"]);
  });

  it("uses the same number of syncs for 1 and for 300 findings", async () => {
    const counts: number[] = [];
    for (const n of [1, 300]) {
      const b = new FakeWorkbook();
      b.addSheet("表二", Array.from({ length: n }, (_, i) => [i]));
      uninstall = b.install();
      await createExcelHost().applyMarks(Array.from({ length: n }, (_, i) => finding(`A${i + 1}`, "error")));
      counts.push(b.syncs);
      uninstall();
    }
    expect(counts).toEqual([2, 2]);
  });

  it("marking twice does not stack: same fill, one note, originals kept from the first time", async () => {
    const b = workbook();
    uninstall = b.install();
    const host = createExcelHost();
    await host.applyMarks([finding("C2", "error"), finding("C3", "warning")]);
    const noteOnce = b.note("表二", "C3");
    await host.applyMarks([finding("C2", "error"), finding("C3", "warning")]);
    expect(b.note("表二", "C3")).toBe(noteOnce);
    expect(b.note("表二", "C3")!.split(NOTE_PREFIX)).toHaveLength(2);
    const state = JSON.parse(b.settings.get(MARKS_SETTING)!);
    expect(state.marks[0].original.fill.color).toBe("#FFFF00");
    expect(state.marks[1].original.note).toBe("请财务科核对");
  });

  it("re-marking restores cells that no longer have a finding (3 syncs: they are read too)", async () => {
    const b = workbook();
    uninstall = b.install();
    const host = createExcelHost();
    await host.applyMarks([finding("C2", "error"), finding("C3", "warning")]);
    b.syncs = 0;
    const res = await host.applyMarks([finding("C4", "error")]);
    expect(res.restored).toBe(2);
    expect(b.syncs).toBe(3);
    expect(b.fill("表二", "C2")).toMatchObject({ pattern: "Solid", color: "#FFFF00" });
    expect(b.fill("表二", "C3").pattern).toBe("None");
    expect(b.note("表二", "C3")).toBe("请财务科核对");
    expect(b.fill("表二", "C4").color).toBe(MARK_FILLS.error);
  });

  it("清除标记 removes exactly what was added: the yellow cell is yellow again, the user's note is back", async () => {
    const b = workbook();
    uninstall = b.install();
    await createExcelHost().applyMarks([finding("C2", "error"), finding("C3", "warning"), finding("B4", "error")]);
    b.syncs = 0;
    // A new session (the workbook was closed and reopened): only the settings remember.
    const res = await createExcelHost().clearMarks();
    expect(res).toEqual({ restored: 3, keptUserChanges: 0 });
    expect(b.syncs).toBe(3);
    expect(b.fill("表二", "C2")).toEqual({ pattern: "Solid", color: "#FFFF00", patternColor: null });
    expect(b.fill("表二", "C3").pattern).toBe("None");
    expect(b.fill("表二", "B4").pattern).toBe("None");
    expect(b.note("表二", "C3")).toBe("请财务科核对");
    expect(b.note("表二", "C2")).toBeUndefined();
    expect(b.note("表二", "B4")).toBeUndefined();
    expect(b.settings.has(MARKS_SETTING)).toBe(false);
  });

  it("keeps what the user changed after marking (a recoloured cell, an edited note)", async () => {
    const b = workbook();
    uninstall = b.install();
    await createExcelHost().applyMarks([finding("C2", "error"), finding("C4", "warning")]);
    b.cell("表二", "C2").fill = { pattern: "Solid", color: "#00B050", patternColor: null };
    b.cell("表二", "C4").note = "已核实，无误";
    const res = await createExcelHost().clearMarks();
    expect(res).toEqual({ restored: 0, keptUserChanges: 2 });
    expect(b.fill("表二", "C2").color).toBe("#00B050");
    expect(b.note("表二", "C2")).toBeUndefined();
    expect(b.fill("表二", "C4").pattern).toBe("None");
    expect(b.note("表二", "C4")).toBe("已核实，无误");
  });

  it("finds its marks after the sheet was renamed (by worksheet id)", async () => {
    const b = workbook();
    uninstall = b.install();
    await createExcelHost().applyMarks([finding("C2", "error")]);
    b.sheets[0].name = "表二（修订）";
    await createExcelHost().clearMarks();
    expect(b.fill("表二（修订）", "C2").color).toBe("#FFFF00");
  });

  it("clearing with nothing marked is one sync and changes nothing", async () => {
    const b = workbook();
    uninstall = b.install();
    expect(await createExcelHost().clearMarks()).toEqual({ restored: 0, keptUserChanges: 0 });
    expect(b.syncs).toBe(1);
    expect(b.fill("表二", "C2").color).toBe("#FFFF00");
  });
});

describe("Excel host: marks in an Excel without notes (comments, ExcelApi 1.10)", () => {
  it("adds its own comments, leaves the user's comments alone, and deletes only its own on clear", async () => {
    const b = workbook();
    b.apiVersion = "1.17";
    b.comments.push({ id: "user-1", sheet: "表二", cell: "C3", content: "这里要再看看" });
    uninstall = b.install();
    const res = await createExcelHost().applyMarks([finding("C2", "error"), finding("C3", "warning")]);
    expect(res.annotation).toBe("comment");
    expect(b.comments.map((c) => [c.cell, c.content.startsWith(NOTE_PREFIX)])).toEqual([
      ["C3", false],
      ["C2", true],
    ]);
    expect(b.fill("表二", "C3").color).toBe(MARK_FILLS.warning);
    // Marking again replaces our comment instead of adding a second.
    await createExcelHost().applyMarks([finding("C2", "error")]);
    expect(b.comments.filter((c) => c.cell === "C2")).toHaveLength(1);
    await createExcelHost().clearMarks();
    expect(b.comments.map((c) => c.id)).toEqual(["user-1"]);
    expect(b.fill("表二", "C2").color).toBe("#FFFF00");
    expect(b.fill("表二", "C3").pattern).toBe("None");
  });

  it("fills only when the Excel has neither notes nor comments", async () => {
    const b = workbook();
    b.apiVersion = "1.9";
    uninstall = b.install();
    const res = await createExcelHost().applyMarks([finding("C2", "error")]);
    expect(res.annotation).toBe("none");
    expect(b.fill("表二", "C2").color).toBe(MARK_FILLS.error);
    expect(b.loads.some((l) => l.kind === "note" || l.kind === "comments")).toBe(false);
  });
});

describe("Excel host: other port operations", () => {
  it("selects a cell on its sheet in one sync", async () => {
    const b = workbook();
    b.addSheet("表十二", [["项目支出预算表"]]);
    uninstall = b.install();
    await createExcelHost().selectCell("表十二", "A1");
    expect(b.selection).toEqual({ sheet: "表十二", cell: "A1" });
    expect(b.activeSheet).toBe("表十二");
    expect(b.syncs).toBe(1);
  });

  it("writes a new sheet without overwriting an existing one", async () => {
    const b = workbook();
    b.addSheet("校验结果", [["旧内容"]]);
    uninstall = b.install();
    const name = await createExcelHost().writeSheet("校验结果", [["表", "单元格"], ["表二", "C2"], ["只有一列"]]);
    expect(name).toBe("校验结果 (2)");
    expect(b.cell("校验结果", "A1").value).toBe("旧内容");
    expect(b.cell("校验结果 (2)", "B2").value).toBe("C2");
    expect(b.cell("校验结果 (2)", "B3").value).toBeNull();
  });

  it("remembers recognition corrections in the workbook", async () => {
    const b = workbook();
    uninstall = b.install();
    await createExcelHost().setTableOverrides([{ sheet: "表二", cell: "A1", id: "T03" }, { sheet: "封面", id: "none" }]);
    expect(await createExcelHost().getTableOverrides()).toEqual([{ sheet: "表二", cell: "A1", id: "T03" }, { sheet: "封面", id: "none" }]);
  });
});

describe("Excel host: marks with nothing to do", () => {
  it("a clean workbook with no findings costs one sync and writes nothing", async () => {
    const b = workbook();
    uninstall = b.install();
    expect(await createExcelHost().applyMarks([])).toEqual({ marked: 0, restored: 0, skipped: 0, annotation: "note" });
    expect(b.syncs).toBe(1);
    expect(b.settings.size).toBe(0);
  });
});
