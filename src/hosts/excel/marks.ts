/**
 * Marks through Office.js: a fill by severity and the explanation as a note (ExcelApi 1.18) or a
 * threaded comment (ExcelApi 1.10), with each cell's original fill and note remembered in the
 * workbook's settings so 清除标记 puts back exactly what was there.
 *
 * Round trips, whatever the number of findings:
 *   A — stored state, sheet ids, (comment mode: comments) and the current fill/note of every cell to mark;
 *   B — only when needed: cells marked earlier that no longer have a finding, and where users' comments sit;
 *   C — every write at once (fills, notes, comments, the new state).
 * A cell the user changed after it was marked (other fill, edited note) keeps the user's change.
 */
import type { Finding } from "../../core/report";
import type { ClearResult, MarkResult } from "../port";
import { NOTE_PREFIX, noteWithOriginal, planMarks, sameColor, type CellMark } from "../mark-plan";
import { annotationKind, excelApiSupported, type AnnotationKind } from "./capabilities";
import { EMPTY_STATE, MARKS_SETTING, noteDigest, parseMarksState, serialize, type FillSnapshot, type MarkRecord, type MarksState } from "./mark-state";

/** Workbook settings are small: past this many cells only the most severe are marked. */
export const MAX_MARKED_CELLS = 2000;

interface Probe {
  ws: Excel.Worksheet;
  range: Excel.Range;
  note: Excel.Note | null;
}

interface Session {
  kind: AnnotationKind;
  patterns: boolean;
  setting: Excel.Setting;
  sheets: Excel.WorksheetCollection;
  comments: Excel.CommentCollection | null;
}

const key = (sheet: string, cell: string) => `${sheet}\u0000${cell}`;

function openSession(context: Excel.RequestContext): Session {
  const kind = annotationKind();
  const setting = context.workbook.settings.getItemOrNullObject(MARKS_SETTING);
  setting.load("value");
  const sheets = context.workbook.worksheets;
  sheets.load("items/name,items/id");
  const comments = kind === "comment" ? context.workbook.comments.load("items/id,items/content") : null;
  return { kind, patterns: excelApiSupported("1.9"), setting, sheets, comments };
}

function probe(context: Excel.RequestContext, s: Session, sheet: string, cell: string): Probe {
  const ws = context.workbook.worksheets.getItem(sheet);
  const range = ws.getRange(cell);
  range.load(s.patterns ? "format/fill/color,format/fill/pattern,format/fill/patternColor" : "format/fill/color");
  const note = s.kind === "note" ? ws.notes.getItemOrNullObject(cell).load("content") : null;
  return { ws, range, note };
}

function currentFill(p: Probe, patterns: boolean): FillSnapshot {
  const fill = p.range.format.fill;
  const color = fill.color ?? null;
  if (patterns) return { pattern: String(fill.pattern ?? "None"), color, patternColor: fill.patternColor ?? null };
  // Without patterns Excel reports white for "no fill".
  return { pattern: !color || sameColor(color, "#FFFFFF") ? "None" : "Solid", color, patternColor: null };
}

function currentNote(p: Probe): string | null {
  return p.note && !p.note.isNullObject ? p.note.content : null;
}

/** Our fill is still on the cell (the user has not recoloured it). */
function fillIsOurs(p: Probe, r: MarkRecord, patterns: boolean): boolean {
  const now = currentFill(p, patterns);
  return now.pattern === "Solid" && sameColor(now.color, r.applied.fill);
}

function restoreFill(range: Excel.Range, f: FillSnapshot, patterns: boolean): void {
  if (f.pattern === "None" || !f.color) {
    range.format.fill.clear();
    return;
  }
  range.format.fill.color = f.color;
  if (patterns && f.pattern !== "Solid") {
    range.format.fill.pattern = f.pattern as Excel.FillPattern;
    if (f.patternColor) range.format.fill.patternColor = f.patternColor;
  }
}

/**
 * Restores one cell marked earlier: what is still ours goes back to the original; what the user
 * changed since stays. "kept" when any user change was kept, else "restored".
 */
function restoreCell(p: Probe, r: MarkRecord, s: Session): "restored" | "kept" {
  let kept = false;
  if (fillIsOurs(p, r, s.patterns)) restoreFill(p.range, r.original.fill, s.patterns);
  else kept = true;
  if (s.kind === "note" && r.applied.noteDigest !== null) {
    const now = currentNote(p);
    if (now !== null && noteDigest(now) === r.applied.noteDigest && p.note) {
      if (r.original.note === null) p.note.delete();
      else p.note.content = r.original.note;
    } else if (now !== r.original.note) kept = true;
  }
  return kept ? "kept" : "restored";
}

/** Records whose sheet still exists (found by id), with the sheet's current name. */
function liveRecords(state: MarksState, s: Session): MarkRecord[] {
  const nameById = new Map(s.sheets.items.map((w) => [w.id, w.name]));
  return state.marks.flatMap((r) => {
    const name = nameById.get(r.sheetId);
    return name === undefined ? [] : [{ ...r, sheet: name }];
  });
}

function ourComments(s: Session): Excel.Comment[] {
  return s.comments ? s.comments.items.filter((c) => c.content.startsWith(NOTE_PREFIX)) : [];
}

/** Errors first, then warnings, up to the cap. */
function capped(plan: CellMark[]): { kept: CellMark[]; skipped: number } {
  if (plan.length <= MAX_MARKED_CELLS) return { kept: plan, skipped: 0 };
  const chosen = new Set([...plan].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === "error" ? -1 : 1)).slice(0, MAX_MARKED_CELLS));
  return { kept: plan.filter((m) => chosen.has(m)), skipped: plan.length - MAX_MARKED_CELLS };
}

export async function applyMarksExcel(context: Excel.RequestContext, findings: Finding[]): Promise<MarkResult> {
  const { kept: plan, skipped } = capped(planMarks(findings));
  const s = openSession(context);
  const planProbes = plan.map((m) => probe(context, s, m.sheet, m.cell));
  await context.sync(); // A

  const state = parseMarksState(s.setting.isNullObject ? null : s.setting.value);
  const records = liveRecords(state, s);
  const recordByKey = new Map(records.map((r) => [key(r.sheet, r.cell), r]));
  const planKeys = new Set(plan.map((m) => key(m.sheet, m.cell)));
  const stale = records.filter((r) => !planKeys.has(key(r.sheet, r.cell)));
  if (!plan.length && !stale.length && !ourComments(s).length && s.setting.isNullObject) {
    return { marked: 0, restored: 0, skipped, annotation: s.kind }; // nothing marked before, nothing to mark
  }
  const staleProbes = stale.map((r) => probe(context, s, r.sheet, r.cell));
  const userComments = s.comments ? s.comments.items.filter((c) => !c.content.startsWith(NOTE_PREFIX)) : [];
  const userCommentCells = userComments.map((c) => c.getLocation().load("address"));
  if (staleProbes.length || userCommentCells.length) await context.sync(); // B

  let restored = 0;
  stale.forEach((r, i) => {
    if (restoreCell(staleProbes[i], r, s) === "restored") restored++;
  });
  for (const c of ourComments(s)) c.delete();
  const commented = new Set(userCommentCells.map((r) => r.address.replace(/\$/g, "")));

  const idByName = new Map(s.sheets.items.map((w) => [w.name, w.id]));
  const next: MarkRecord[] = plan.map((m, i) => {
    const p = planProbes[i];
    const before = recordByKey.get(key(m.sheet, m.cell));
    const fillOurs = before !== undefined && fillIsOurs(p, before, s.patterns);
    const originalFill = fillOurs ? before.original.fill : currentFill(p, s.patterns);
    let originalNote: string | null = null;
    let appliedNote: string | null = null;
    if (s.kind === "note") {
      const now = currentNote(p);
      const stillOurs = before !== undefined && before.applied.noteDigest !== null && now !== null && (noteDigest(now) === before.applied.noteDigest || now.startsWith(NOTE_PREFIX));
      originalNote = stillOurs ? before.original.note : now;
      appliedNote = noteWithOriginal(m.note, originalNote);
      if (p.note && !p.note.isNullObject) p.note.content = appliedNote;
      else p.ws.notes.add(m.cell, appliedNote);
    } else if (s.kind === "comment" && !commented.has(`${qualify(m.sheet)}!${m.cell}`) && !commented.has(`${m.sheet}!${m.cell}`)) {
      context.workbook.comments.add(p.range, m.note);
    }
    p.range.format.fill.color = m.fill;
    return {
      sheetId: idByName.get(m.sheet) ?? m.sheet,
      sheet: m.sheet,
      cell: m.cell,
      original: { fill: originalFill, note: originalNote },
      applied: { fill: m.fill, noteDigest: appliedNote === null ? null : noteDigest(appliedNote) },
    };
  });
  writeState(context, s, { version: 1, marks: next });
  await context.sync(); // C
  return { marked: plan.length, restored, skipped, annotation: s.kind };
}

export async function clearMarksExcel(context: Excel.RequestContext): Promise<ClearResult> {
  const s = openSession(context);
  await context.sync(); // A
  const state = parseMarksState(s.setting.isNullObject ? null : s.setting.value);
  const records = liveRecords(state, s);
  const mine = ourComments(s);
  if (!records.length && !mine.length && s.setting.isNullObject) return { restored: 0, keptUserChanges: 0 };
  const probes = records.map((r) => probe(context, s, r.sheet, r.cell));
  if (probes.length) await context.sync(); // B
  let restored = 0;
  let keptUserChanges = 0;
  records.forEach((r, i) => {
    if (restoreCell(probes[i], r, s) === "restored") restored++;
    else keptUserChanges++;
  });
  for (const c of mine) c.delete();
  writeState(context, s, EMPTY_STATE);
  await context.sync(); // C
  return { restored, keptUserChanges };
}

function writeState(context: Excel.RequestContext, s: Session, state: MarksState): void {
  if (state.marks.length) context.workbook.settings.add(MARKS_SETTING, serialize(state));
  else if (!s.setting.isNullObject) s.setting.delete();
}

/** Sheet name as it appears in a qualified address ('表 一'!A1). */
function qualify(sheet: string): string {
  return /^[A-Za-z_\u4e00-\u9fff][\w\u4e00-\u9fff.]*$/.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
}
