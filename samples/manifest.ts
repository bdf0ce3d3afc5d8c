/**
 * Every sample workbook the project ships or tests with, and what a correct validator reports on
 * each. `npm run samples` writes them; tests and other parts import this list.
 */
import type { SampleWorkbook } from "./lib/expectation";
import { BUNDLED } from "./sets/bundled";
import { MESSY } from "./sets/messy";
import { DEFECTS } from "./sets/defects";
import { BROKEN } from "./sets/broken";

export type { ExpectedFinding, NotAnError, SampleExpectation, SampleKind, SampleWorkbook } from "./lib/expectation";

export const SAMPLES: SampleWorkbook[] = [...BUNDLED, ...MESSY, ...DEFECTS, ...BROKEN];

export function sampleById(id: string): SampleWorkbook {
  const s = SAMPLES.find((x) => x.id === id);
  if (!s) throw new Error(`No sample ${id}`);
  return s;
}
