import { describe, expect, it } from "vitest";
import { rule } from "../../src/core/rules/completeness-no-tables";
import { coded, findingsOf, grid } from "../support/grid";

describe("completeness.no-tables", () => {
  it("valid: a workbook with a budget table", () => {
    expect(findingsOf(rule, [grid("s", coded("2024年预算支出总表", [["201", "x", 1, 1, null]]))])).toEqual([]);
  });
  it("invalid: no table recognized → one info saying so", () => {
    const f = findingsOf(rule, [grid("通讯录", [["姓名", "电话"], ["张三", "123"]])]);
    expect(f.map((x) => [x.severity, x.message.slice(0, 9)])).toEqual([["info", "未识别到预算公开表"]]);
  });
});
