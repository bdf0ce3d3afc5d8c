/**
 * What the add-in remembers in the workbook (Excel workbook settings, saved inside the file, so it
 * survives closing and reopening): for each marked cell, its original fill and note and what the
 * add-in put there; and the user's corrections of table recognition.
 */
import { z } from "zod";
import type { TableOverride } from "../port";
export { parseOverrides } from "../overrides";

export const MARKS_SETTING = "budgetCheck.marks";
export const OVERRIDES_SETTING = "budgetCheck.tableOverrides";

const fillSchema = z.object({
  /** Office.js fill pattern ("None" = no fill, "Solid", "Gray50"…). */
  pattern: z.string(),
  color: z.string().nullable(),
  patternColor: z.string().nullable(),
});
export type FillSnapshot = z.infer<typeof fillSchema>;

const markRecordSchema = z.object({
  /** Worksheet id: survives renaming the sheet. */
  sheetId: z.string(),
  sheet: z.string(),
  cell: z.string().regex(/^[A-Z]+[0-9]+$/),
  original: z.object({ fill: fillSchema, note: z.string().nullable() }),
  /** What the add-in wrote: its fill colour and, in note mode, a digest of the note's text. */
  applied: z.object({ fill: z.string(), noteDigest: z.string().nullable() }),
});
export type MarkRecord = z.infer<typeof markRecordSchema>;

const marksStateSchema = z.object({ version: z.literal(1), marks: z.array(markRecordSchema) });
export type MarksState = z.infer<typeof marksStateSchema>;

export const EMPTY_STATE: MarksState = { version: 1, marks: [] };

function parseJson(value: unknown): unknown {
  if (typeof value !== "string") return value;
  try {
    return JSON.parse(value);
  } catch {
    return undefined;
  }
}

/** The stored marks; anything unreadable counts as no marks (the add-in never guesses). */
export function parseMarksState(value: unknown): MarksState {
  const parsed = marksStateSchema.safeParse(parseJson(value));
  return parsed.success ? parsed.data : EMPTY_STATE;
}

/**
 * A short fingerprint of a note's text (length + FNV-1a), enough to tell "still our note" from
 * "edited by the user" without storing every note twice in the workbook's settings.
 */
export function noteDigest(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return `${text.length}:${h.toString(16).padStart(8, "0")}`;
}

export function serialize(value: MarksState | TableOverride[]): string {
  return JSON.stringify(value);
}
