import { describe, expect, it } from "vitest";
import type { Finding } from "../../src/core/report";
import type { Grid } from "../../src/core/grid";
import { ALL_SEVERITIES, filterFindings, groupFindings } from "../../src/taskpane/model/findings";
import { sheetOverview } from "../../src/taskpane/model/tables";
import { titleCell } from "../../src/hosts/validate";
import { withOverride } from "../../src/hosts/overrides";

const f = (table: Finding["table"], severity: Finding["severity"], category: Finding["category"] = "total"): Finding => ({
  rule: "r",
  category,
  severity,
  table,
  sheet: "表",
  cell: "A1",
  related: [],
  message: `${table}-${severity}-${category}`,
});

describe("findings list model", () => {
  it("groups by table, groups with errors first, then table order; severities inside each group", () => {
    const groups = groupFindings([f("T01", "info"), f("T12", "error"), f(undefined, "warning"), f("T03", "warning"), f("T12", "info")]);
    expect(groups.map((g) => g.table)).toEqual(["T12", "T03", null, "T01"]);
    expect(groups[0].title).toBe("项目支出预算表（本年预算）");
    expect(groups[0].bySeverity.map((s) => s.severity)).toEqual(["error", "info"]);
    expect(groups[2].title).toBe("其他");
  });

  it("filters by severity set and category", () => {
    const all = [f("T01", "info"), f("T12", "error", "completeness"), f("T03", "warning")];
    expect(filterFindings(all, { severities: new Set(["error", "warning"]), category: null })).toHaveLength(2);
    expect(filterFindings(all, { severities: ALL_SEVERITIES, category: "completeness" }).map((x) => x.table)).toEqual(["T12"]);
  });
});

describe("recognized tables model", () => {
  const grid: Grid = {
    sheet: "表一",
    originRow: 0,
    originCol: 0,
    values: [[null, "2024年预算收支总表", null], ["单位：万元", null, null]],
    text: [["", "2024年预算收支总表", ""], ["单位：万元", "", ""]],
    formats: [["General", "General", "General"], ["General", "General", "General"]],
    merges: [],
  };

  it("names a block by its title cell", () => {
    expect(titleCell(grid, "A1:C2")).toBe("B1");
    expect(titleCell(undefined, "A1:C2")).toBe("A1");
  });

  it("shows corrections, exclusions and sheets without tables", () => {
    const report = { file: "", tables: [{ id: "T03" as const, title: "2024年预算收支总表", sheet: "表一", range: "A1:C2", moneyUnit: "万元" as const }], missingTables: [], findings: [], summary: { error: 0, warning: 0, info: 0 } };
    const overrides = [{ sheet: "表一", cell: "B1", id: "T03" as const }, { sheet: "封面", id: "none" as const }];
    const rows = sheetOverview(["表一", "封面", "目录"], [grid], report, overrides);
    expect(rows[0].tables[0]).toMatchObject({ id: "T03", cell: "B1", corrected: true, overrideCell: "B1" });
    expect(rows[1]).toMatchObject({ excluded: true, tables: [] });
    expect(rows[2]).toMatchObject({ excluded: false, tables: [] });
  });

  it("replaces or removes a correction for the same sheet and cell", () => {
    let list = withOverride([], { sheet: "表一", cell: "B1", id: "T03" });
    list = withOverride(list, { sheet: "表一", cell: "B1", id: "T01" });
    expect(list).toEqual([{ sheet: "表一", cell: "B1", id: "T01" }]);
    expect(withOverride(list, { sheet: "表一", cell: "B1", id: null })).toEqual([]);
  });
});
