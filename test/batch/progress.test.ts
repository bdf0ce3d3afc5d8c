/** Progress output: plain lines when not a terminal, a bar redrawn in place on one; silent for one file. */
import { describe, expect, it } from "vitest";
import { createProgress } from "../../src/cli/batch/progress";
import type { WorkbookReport } from "../../src/core/report";

const wb = (file: string, error = 0, unreadable = false): WorkbookReport => ({
  file,
  tables: [],
  missingTables: [],
  findings: [],
  summary: { error, warning: 1, info: 0 },
  ...(unreadable ? { error: { message: `${file}：坏了` } } : {}),
});

function capture(tty: boolean, total: number) {
  let out = "";
  let t = 0;
  const p = createProgress((s) => (out += s), tty, total, () => (t += 500));
  return { p, out: () => out };
}

describe("batch progress", () => {
  it("not a TTY: one line per file with its result, then a summary", () => {
    const { p, out } = capture(false, 2);
    p.file(wb("a.xlsx", 2), 1, 2);
    p.file(wb("b.xlsx", 0, true), 2, 2);
    p.end();
    expect(out().split("\n")).toEqual(["[1/2] a.xlsx：错误 2，警告 1", "[2/2] b.xlsx：无法读取", "已校验 2 个工作簿，用时 0.5 秒", ""]);
  });

  it("TTY: a bar redrawn with carriage returns, no line per file, cleared at the end", () => {
    const { p, out } = capture(true, 4);
    p.file(wb("a.xlsx"), 1, 4);
    p.file(wb("b.xlsx"), 2, 4);
    const drawn = out();
    expect(drawn.split("\r\x1b[2K").filter(Boolean)).toHaveLength(2);
    expect(drawn).toContain("2/4");
    expect(drawn).toContain("█".repeat(14) + "░".repeat(14));
    expect(drawn).not.toContain("\n");
    p.end();
    expect(out().endsWith("\r\x1b[2K已校验 4 个工作簿，用时 1.5 秒\n")).toBe(true);
  });

  it("a single file: nothing", () => {
    const { p, out } = capture(false, 1);
    p.file(wb("a.xlsx"), 1, 1);
    p.end();
    expect(out()).toBe("");
  });
});
