/**
 * Compares a validator's report on a sample with the sample's expectations: which expected
 * findings were reported, which errors/warnings were not expected, which rounding differences
 * were wrongly called errors. Pure: the caller validates and resolves anchors.
 */
import type { Finding, WorkbookReport } from "../../src/core/report";
import type { CellRef } from "../../src/core/model";
import type { AnchorMap } from "./anchors";
import type { ExpectedFinding, SampleWorkbook } from "./expectation";

export interface Conformance {
  id: string;
  /** Expected findings that no reported finding matched. */
  missed: ExpectedFinding[];
  /** Reported errors and warnings on none of the cells an expected or optional finding names. */
  unexpected: Finding[];
  /** Errors reported on a cell the sample says is not an error. */
  falseErrors: Finding[];
  /** Differences in unit, year, recognized or missing tables, or readability. */
  problems: string[];
}

const sameCell = (f: Pick<Finding, "sheet" | "cell">, ref: CellRef) => f.sheet === ref.sheet && f.cell === ref.cell;

function onCells(f: Finding, e: ExpectedFinding, anchors: AnchorMap): boolean {
  return e.at.map((a) => anchors[a]).some((ref) => ref && sameCell(f, ref));
}

/** The finding is the one expected: on one of its cells, with an accepted severity and category. */
function matches(f: Finding, e: ExpectedFinding, anchors: AnchorMap): boolean {
  return e.severity.includes(f.severity) && (!e.category || e.category === f.category) && onCells(f, e, anchors);
}

export function conformance(sample: SampleWorkbook, report: WorkbookReport, anchors: AnchorMap): Conformance {
  const e = sample.expect;
  const problems: string[] = [];
  if (e.readError) {
    if (!report.error) problems.push("the file should not be readable, but the report has no error object");
    return { id: sample.id, missed: [], unexpected: [], falseErrors: [], problems };
  }
  if (report.error) problems.push(`could not be read: ${report.error.message}`);
  if (e.unit && report.unit !== e.unit) problems.push(`unit ${report.unit ?? "(none)"} ≠ ${e.unit}`);
  if (e.year && report.year !== e.year) problems.push(`year ${report.year ?? "(none)"} ≠ ${e.year}`);
  const found = new Set(report.tables.map((t) => t.id));
  const notFound = e.tables.filter((t) => !found.has(t));
  if (notFound.length) problems.push(`tables not recognized: ${notFound.join(" ")}`);
  for (const t of e.missingTables ?? []) if (!report.missingTables.includes(t)) problems.push(`${t} not listed as missing`);
  for (const t of e.tables) {
    const ref = anchors[`${t}/title`];
    const got = report.tables.find((x) => x.id === t);
    if (ref && got && got.sheet !== ref.sheet) problems.push(`${t} taken from sheet ${got.sheet}, expected ${ref.sheet}`);
  }
  const known = [...e.findings, ...(e.optional ?? [])];
  const missed = e.findings.filter((x) => !report.findings.some((f) => matches(f, x, anchors)));
  // Other rules may report the same defect on the same cells (a changed 项 breaks its 款 and the
  // table beside it): anything on an expected finding's cells is explained.
  const unexpected = report.findings.filter((f) => f.severity !== "info" && !known.some((x) => onCells(f, x, anchors)));
  const falseErrors = report.findings.filter(
    (f) => f.severity === "error" && e.notErrors.some((n) => anchors[n.at] && sameCell(f, anchors[n.at])),
  );
  return { id: sample.id, missed, unexpected, falseErrors, problems };
}

export function conforms(c: Conformance): boolean {
  return !c.missed.length && !c.unexpected.length && !c.falseErrors.length && !c.problems.length;
}
