import { describe, expect, it } from "vitest";
import { rule, REQUIRED_TABLES } from "../../src/core/rules/completeness-missing-table";
import { coded, findingsOf, grid } from "../support/grid";

describe("completeness.missing-table", () => {
  it("invalid: only T03 present → every other required table is reported", () => {
    const f = findingsOf(rule, [grid("s", coded("2024年预算支出总表", [["201", "x", 1, 1, null]]))]);
    expect(f).toHaveLength(REQUIRED_TABLES.length - 1);
    expect(f.every((x) => x.severity === "warning")).toBe(true);
    expect(f.some((x) => x.message.includes("预算收支总表（T01）"))).toBe(true);
  });
  it("valid: nothing recognized at all is not this rule's business", () => {
    expect(findingsOf(rule, [grid("s", [["x"]])])).toEqual([]);
  });
});
