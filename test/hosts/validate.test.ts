import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import type { Grid } from "../../src/core/grid";
import { readGrids } from "../../src/hosts/xlsx/read";
import { runValidation, titleCell } from "../../src/hosts/validate";

let grids: Grid[];
beforeAll(async () => {
  grids = await readGrids(readFileSync("samples/yangcheng-xinfang-2024.xlsx"));
});

describe("validation with recognition corrections", () => {
  it("leaves a sheet marked 'not a table' out of validation", () => {
    const plain = runValidation(grids, { file: "y.xlsx" });
    expect(plain.tables.some((t) => t.sheet === "表十二")).toBe(true);
    const r = runValidation(grids, { file: "y.xlsx", overrides: [{ sheet: "表十二", id: "none" }] });
    expect(r.tables.some((t) => t.sheet === "表十二")).toBe(false);
    expect(r.findings.some((f) => f.sheet === "表十二")).toBe(false);
  });

  it("passes a correction to the engine, which re-types the block at its title cell", () => {
    const t13 = runValidation(grids, { file: "" }).tables.find((t) => t.sheet === "表十三")!;
    const cell = titleCell(grids.find((g) => g.sheet === "表十三"), t13.range);
    const r = runValidation(grids, { file: "", overrides: [{ sheet: "表十三", cell, id: "T14" }] });
    expect(r.tables.find((t) => t.sheet === "表十三")?.id).toBe("T14");
  });
});
