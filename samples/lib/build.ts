/** Builds a sample's bytes and resolves its anchors. */
import type { SampleWorkbook } from "./expectation";
import { anchorsOf, type AnchorMap } from "./anchors";
import { workbookBuffer } from "./write-xlsx";

export interface BuiltSample {
  bytes: Uint8Array;
  /** Empty for broken files. */
  anchors: AnchorMap;
}

export async function buildSample(sample: SampleWorkbook): Promise<BuiltSample> {
  if (sample.bytes) return { bytes: await sample.bytes(), anchors: {} };
  const sheets = sample.sheets!();
  return { bytes: await workbookBuffer(sheets), anchors: anchorsOf(sheets) };
}
