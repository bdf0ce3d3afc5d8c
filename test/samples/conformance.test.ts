/** The comparison of a report with a sample's expectations (samples/lib/conformance.ts). */
import { describe, expect, it } from "vitest";
import type { Finding, WorkbookReport } from "../../src/core/report";
import { anchorsOf } from "../../samples/lib/anchors";
import { conformance, conforms } from "../../samples/lib/conformance";
import { sampleById } from "../../samples/manifest";

const seed = sampleById("yangcheng-xinfang-2024");
const anchors = anchorsOf(seed.sheets!());
const cellOf = (a: string) => anchors[a];

function finding(at: string, severity: Finding["severity"], category: Finding["category"], rule = "x.y"): Finding {
  return { rule, category, severity, ...cellOf(at), related: [], message: "…" };
}

function report(findings: Finding[], patch: Partial<WorkbookReport> = {}): WorkbookReport {
  return {
    file: seed.file,
    unit: "阳城县信访局",
    year: 2024,
    tables: seed.expect.tables.map((id) => ({ id, title: "", sheet: anchors[`${id}/title`]?.sheet ?? "情况说明", range: "A1", moneyUnit: "万元" })),
    missingTables: [],
    findings,
    summary: { error: 0, warning: 0, info: 0 },
    ...patch,
  };
}

/** One finding per expected finding, on its first cell. */
const allExpected = () => seed.expect.findings.map((e) => finding(e.at[0], e.severity[0], e.category ?? "narrative"));

describe("conformance", () => {
  it("accepts a report with exactly the expected findings, plus infos", () => {
    const c = conformance(seed, report([...allExpected(), finding("T02/20805/total", "info", "total")]), anchors);
    expect(conforms(c)).toBe(true);
  });

  it("lists an expected finding that is missing", () => {
    const c = conformance(seed, report(allExpected().slice(1)), anchors);
    expect(c.missed.map((m) => m.at[0])).toEqual(["NARR/八/1"]);
  });

  it("wants the expected severity and category on the named cell", () => {
    const f = allExpected();
    f[0] = finding("NARR/八/1", "warning", "narrative");
    expect(conformance(seed, report(f), anchors).missed).toHaveLength(1);
    f[0] = finding("NARR/八/1", "error", "total");
    expect(conformance(seed, report(f), anchors).missed).toHaveLength(1);
    f[0] = finding("NARR/八/2", "error", "narrative");
    expect(conformance(seed, report(f), anchors).missed).toHaveLength(1);
  });

  it("lists errors and warnings elsewhere as unexpected, and errors on rounding differences as false", () => {
    const extra = [finding("T03/2010301/total", "warning", "total"), finding("T02/20805/total", "error", "total")];
    const c = conformance(seed, report([...allExpected(), ...extra]), anchors);
    expect(c.unexpected.map((f) => f.cell)).toEqual([cellOf("T03/2010301/total").cell, "C14"]);
    expect(c.falseErrors.map((f) => `${f.sheet}!${f.cell}`)).toEqual(["表二!C14"]);
  });

  it("explains a second rule's finding on an expected cell", () => {
    const c = conformance(seed, report([...allExpected(), finding("NARR/八/1", "warning", "plausibility")]), anchors);
    expect(c.unexpected).toEqual([]);
  });

  it("checks unit, year, tables and the sheet a table was taken from", () => {
    const r = report(allExpected(), { unit: "阳城县", year: 2023 });
    r.tables = r.tables.filter((t) => t.id !== "T07").map((t) => (t.id === "T01" ? { ...t, sheet: "目录" } : t));
    expect(conformance(seed, r, anchors).problems).toEqual([
      "unit 阳城县 ≠ 阳城县信访局",
      "year 2023 ≠ 2024",
      "tables not recognized: T07",
      "T01 taken from sheet 目录, expected 表一",
    ]);
  });

  it("wants an error object for an unreadable file", () => {
    const broken = sampleById("truncated");
    expect(conformance(broken, report([]), {}).problems).toHaveLength(1);
    expect(conforms(conformance(broken, report([], { error: { message: "损坏" } }), {}))).toBe(true);
  });
});
