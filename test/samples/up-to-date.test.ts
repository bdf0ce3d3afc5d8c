import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { SAMPLES } from "../../samples/manifest";
import { buildSample } from "../../samples/lib/build";
import { contentDifference } from "../../samples/lib/compare";
import { ROOT } from "./load";

describe("committed sample workbooks", () => {
  it("lists each file once", () => {
    const files = SAMPLES.map((s) => s.file);
    expect(new Set(files).size).toBe(files.length);
    expect(new Set(SAMPLES.map((s) => s.id)).size).toBe(SAMPLES.length);
  });

  it.each(SAMPLES.map((s) => [s.file, s] as const))("%s is what npm run samples builds", async (file, sample) => {
    const committed = new Uint8Array(readFileSync(join(ROOT, file)));
    const { bytes } = await buildSample(sample);
    expect(await contentDifference(committed, bytes)).toBeNull();
  });

  it("notices a changed cell", async () => {
    const sample = SAMPLES.find((s) => s.id === "yangcheng-xinfang-2024")!;
    const sheets = sample.sheets!();
    const cell = sheets.find((s) => s.name === "表二")!.rows.flat().find((c) => c?.anchor === "T02/20805/total")!;
    cell.money = "18.90";
    const { workbookBuffer } = await import("../../samples/lib/write-xlsx");
    const changed = await workbookBuffer(sheets);
    const committed = new Uint8Array(readFileSync(join(ROOT, sample.file)));
    expect(await contentDifference(committed, changed)).toBe("表二: values differ");
  });
});
