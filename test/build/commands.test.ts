import { describe, expect, it, vi } from "vitest";
import { runClearMarks, runValidate, type CommandDeps } from "../../src/commands/handlers";
import type { Notice } from "../../src/commands/messages";
import { noticeFromQuery, noticeQuery } from "../../src/commands/notice-query";

function deps(overrides: Partial<CommandDeps> = {}) {
  const notices: Notice[] = [];
  const d: CommandDeps = {
    validate: async () => ({ error: 0, warning: 0, info: 0 }),
    clearMarks: async () => ({ restored: 3, keptUserChanges: 0 }),
    notify: async (n) => {
      notices.push(n);
    },
    ...overrides,
  };
  return { d, notices };
}

describe("ribbon 校验", () => {
  it("reports the counts after marking", async () => {
    const { d, notices } = deps({ validate: async () => ({ error: 2, warning: 1, info: 3 }) });
    await runValidate(d);
    expect(notices).toEqual([
      { kind: "info", title: "校验完成", message: "发现2 个错误、1 个警告、3 条提示，已在工作表中标记。点击“打开助手”查看详情。" },
    ]);
  });

  it("says so when nothing was found", async () => {
    const { d, notices } = deps();
    await runValidate(d);
    expect(notices).toEqual([{ kind: "info", title: "校验完成", message: "未发现问题。" }]);
  });

  it("shows the failure in Chinese and does not throw", async () => {
    const { d, notices } = deps({ validate: async () => Promise.reject(new Error("工作表受保护")) });
    await expect(runValidate(d)).resolves.toBeUndefined();
    expect(notices).toEqual([{ kind: "error", title: "校验失败", message: "校验时出错：工作表受保护" }]);
  });

  it("survives a notice that cannot be shown", async () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const { d } = deps({ notify: async () => Promise.reject(new Error("12007")) });
    await expect(runValidate(d)).resolves.toBeUndefined();
    expect(log).toHaveBeenCalled();
    log.mockRestore();
  });
});

describe("ribbon 清除标记", () => {
  it("is silent when every mark went away", async () => {
    const { d, notices } = deps();
    await runClearMarks(d);
    expect(notices).toEqual([]);
  });

  it("tells the user about cells they changed after marking", async () => {
    const { d, notices } = deps({ clearMarks: async () => ({ restored: 3, keptUserChanges: 2 }) });
    await runClearMarks(d);
    expect(notices[0].message).toBe("有 2 个单元格在标记后被修改过，保留了修改后的格式和批注。");
  });

  it("shows the failure in Chinese", async () => {
    const { d, notices } = deps({ clearMarks: async () => Promise.reject("没有打开的工作簿") });
    await runClearMarks(d);
    expect(notices).toEqual([{ kind: "error", title: "清除标记失败", message: "清除标记时出错：没有打开的工作簿" }]);
  });
});

describe("notice dialog query", () => {
  it("round-trips Chinese text", () => {
    const n: Notice = { kind: "error", title: "校验失败", message: "校验时出错：A&B=“C”？\n第二行" };
    expect(noticeFromQuery(noticeQuery(n))).toEqual(n);
  });

  it("falls back to safe defaults", () => {
    expect(noticeFromQuery("?kind=evil")).toEqual({ kind: "info", title: "提示", message: "" });
  });
});
