/**
 * What a sample workbook is and what a correct validator reports on it. Cells are named by
 * anchors (see anchors.ts) and resolved against the built workbook, so expectations follow the
 * layout. Other parts' tests (recognition, rules, CLI) read these instead of hard-coding cells.
 */
import type { Category, Severity } from "../../src/core/report";
import type { TableId } from "../../src/core/model";
import type { SheetSpec } from "./sheet-spec";

export interface ExpectedFinding {
  /** Omitted when more than one category is reasonable. */
  category?: Category;
  /** Acceptable severities. */
  severity: Severity[];
  table?: TableId;
  /** Anchors of cells the finding may point at (any one of them). */
  at: string[];
  /** What the cell should say, for people (units included where they matter). */
  expected?: string;
  /** What the workbook says: text found verbatim in one of the `at` cells. */
  actual?: string;
  /** What is wrong (English, for developers). */
  about: string;
}

export interface NotAnError {
  at: string;
  about: string;
}

export interface SampleExpectation {
  unit?: string;
  year?: number;
  /** Tables a recognizer must find; the anchor "<id>/title" names the cell holding each title. */
  tables: TableId[];
  missingTables?: TableId[];
  /** Must be reported. */
  findings: ExpectedFinding[];
  /** A stricter validator may also report these; a lenient one may not. */
  optional?: ExpectedFinding[];
  /** Must not be reported as errors (rounding differences, legitimate variants). */
  notErrors: NotAnError[];
  /** No error and no warning beyond `findings` and `optional` (info is allowed). */
  clean: boolean;
  /** The workbook could not be read: the CLI reports an error object and exits 2. */
  readError?: boolean;
}

export type SampleKind = "bundled" | "messy" | "defect" | "broken";

export interface SampleWorkbook {
  /** Stable id, also the file's base name. */
  id: string;
  kind: SampleKind;
  /** Path from the repository root. */
  file: string;
  /** One line in Chinese, for the samples README and the demo. */
  title: string;
  /** What the workbook exercises (English, for developers). */
  about: string;
  /** The workbook as sheets, or (for broken files) as bytes. */
  sheets?: () => SheetSpec[];
  bytes?: () => Promise<Uint8Array>;
  /** For a variant: the workbook it is made from. */
  base?: string;
  expect: SampleExpectation;
}
