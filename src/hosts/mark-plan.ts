/**
 * What to put on each cell for a set of findings, independent of the host: one mark per cell,
 * coloured by its worst severity, with every finding's explanation in one note.
 * Info findings are not marked (they live only in the task pane's list).
 */
import type { Finding, Severity } from "../core/report";
import { CATEGORY_NAMES, SEVERITY_NAMES } from "../core/report";
import { fromA1 } from "../core/grid";
import { addToGroup } from "../core/collections";

export type MarkSeverity = Exclude<Severity, "info">;

/** Fill colours of the marks (#RRGGBB, upper case as Excel reports them). */
export const MARK_FILLS: Record<MarkSeverity, string> = {
  error: "#FFC7CE",
  warning: "#FFD98C",
};

/** Every note or comment the add-in writes starts with this, so its own text can be recognized. */
export const NOTE_PREFIX = "【预算公开助手】";

/** Excel caps a note's text; keep ours well inside it. */
const MAX_NOTE_CHARS = 8000;

export interface CellMark {
  sheet: string;
  /** A1 address without sheet prefix. */
  cell: string;
  severity: MarkSeverity;
  fill: string;
  note: string;
  findings: Finding[];
}

/** Groups markable findings by cell, in sheet order then row/column order. */
export function planMarks(findings: Finding[]): CellMark[] {
  const byCell = new Map<string, Finding[]>();
  for (const f of findings) {
    if (f.severity === "info") continue;
    addToGroup(byCell, `${f.sheet}\u0000${f.cell}`, f);
  }
  const marks: CellMark[] = [];
  for (const list of byCell.values()) {
    const severity: MarkSeverity = list.some((f) => f.severity === "error") ? "error" : "warning";
    const ordered = [...list].sort((a, b) => rank(a.severity) - rank(b.severity));
    marks.push({ sheet: list[0].sheet, cell: list[0].cell, severity, fill: MARK_FILLS[severity], note: noteText(ordered), findings: ordered });
  }
  return marks.sort(compareCells);
}

function rank(s: Severity): number {
  return s === "error" ? 0 : s === "warning" ? 1 : 2;
}

function compareCells(a: { sheet: string; cell: string }, b: { sheet: string; cell: string }): number {
  if (a.sheet !== b.sheet) return a.sheet < b.sheet ? -1 : 1;
  const pa = fromA1(a.cell);
  const pb = fromA1(b.cell);
  return pa.row - pb.row || pa.col - pb.col;
}

/** The explanation attached to a cell: one paragraph per finding. */
export function noteText(findings: Finding[]): string {
  const parts = findings.map((f) => {
    const lines = [`${SEVERITY_NAMES[f.severity]}（${CATEGORY_NAMES[f.category]}）：${f.message}`];
    const ea = [f.expected !== undefined ? `应为 ${f.expected}` : "", f.actual !== undefined ? `实为 ${f.actual}` : ""].filter(Boolean);
    if (ea.length) lines.push(ea.join("，"));
    return lines.join("\n");
  });
  const text = `${NOTE_PREFIX}\n${parts.join("\n\n")}`;
  return text.length > MAX_NOTE_CHARS ? `${text.slice(0, MAX_NOTE_CHARS - 1)}…` : text;
}

/** Our note when the cell already had one: the user's text stays readable below ours. */
export function noteWithOriginal(ours: string, original: string | null): string {
  if (!original) return ours;
  return `${ours}\n\n—— 原批注 ——\n${original}`;
}

/** Same colour, whatever case or alpha prefix a host reports. */
export function sameColor(a: string | null | undefined, b: string | null | undefined): boolean {
  const norm = (c: string | null | undefined) => (c ?? "").replace(/^#/, "").replace(/^FF(?=[0-9A-F]{6}$)/i, "").toUpperCase();
  return norm(a) !== "" && norm(a) === norm(b);
}
