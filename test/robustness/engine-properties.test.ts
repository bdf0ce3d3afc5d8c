/**
 * Property tests of the engine on random and mutated grids (fast-check): whatever the cells hold
 * (random strings, numbers as text, #REF!, merges, shuffled rows, deleted headers and sheets),
 * `validateGrids` returns a report that matches the public schema, no exception escapes, and
 * every finding (and every related cell) points at a cell inside a sheet of the workbook.
 */
import fc from "fast-check";
import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { loadBundledCatalog } from "../../src/core/catalog/catalog";
import { validateGrids } from "../../src/core/engine";
import { fromA1, type CellValue, type Grid, type MergeArea } from "../../src/core/grid";
import { workbookReportSchema, type WorkbookReport } from "../../src/core/report";
import { readGrids } from "../../src/hosts/xlsx/read";

const catalog = loadBundledCatalog();
const ROOT = path.join(__dirname, "../..");
let seed: Grid[];
let putuo: Grid[];

beforeAll(async () => {
  seed = await readGrids(new Uint8Array(readFileSync(path.join(ROOT, "samples/yangcheng-xinfang-2024.xlsx"))));
  putuo = await readGrids(new Uint8Array(readFileSync(path.join(ROOT, "samples/putuo-finance-2025.xlsx"))));
}, 60_000);

/** Cells a budget workbook might hold, good and bad. */
const budgetWords = fc.constantFrom(
  "合计", "总计", "小计", "科目编码", "科目名称", "类", "款", "项", "基本支出", "项目支出", "一般公共预算", "单位：万元", "单位：元",
  "2024年预算收支总表", "预算支出总表", "“三公”经费", "201", "20101", "2010101", "208 05", "２０１", "XX", "…", "-", "—",
  "#REF!", "#DIV/0!", "#N/A", "#VALUE!", "=SUM(C6:C9)", "本表无数据", "情况说明", "比上年增加12.5万元", "占比48.26%",
);
const numberText = fc.double({ min: -1e9, max: 1e9, noNaN: true }).map((n) => fc.sample(fc.constantFrom(String(n), n.toFixed(2), `${n.toFixed(2)}万元`, n.toLocaleString("en-US"), ` ${n} `), 1)[0]);
const cellValue: fc.Arbitrary<CellValue> = fc.oneof(
  { weight: 3, arbitrary: fc.constant(null) },
  { weight: 3, arbitrary: fc.double({ min: -1e12, max: 1e12, noNaN: true }) },
  { weight: 1, arbitrary: fc.constantFrom(Number.MAX_VALUE, -0, 1e-12, Infinity, -Infinity) },
  { weight: 3, arbitrary: budgetWords },
  { weight: 2, arbitrary: numberText },
  { weight: 2, arbitrary: fc.string({ maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: "grapheme", maxLength: 30 }) },
  { weight: 1, arbitrary: fc.boolean() },
);

function toGrid(sheet: string, values: CellValue[][], merges: MergeArea[] = [], originRow = 0, originCol = 0): Grid {
  return {
    sheet,
    originRow,
    originCol,
    values,
    text: values.map((r) => r.map((v) => (v === null ? "" : String(v)))),
    formats: values.map((r) => r.map((v) => (typeof v === "number" ? fcPick(["0.00", "General", "#,##0.00", "0.00%"], Math.abs(Math.round(v))) : "General"))),
    merges,
  };
}
const fcPick = <T,>(xs: T[], i: number) => xs[(Number.isFinite(i) ? i : 0) % xs.length];

const randomGrid = fc
  .record({
    sheet: fc.oneof(fc.constantFrom("表一", "表二", "表三", "Sheet1", "情况说明", "项目绩效目标表1"), fc.string({ minLength: 1, maxLength: 10 })),
    rows: fc.integer({ min: 0, max: 25 }),
    cols: fc.integer({ min: 1, max: 9 }),
    originRow: fc.integer({ min: 0, max: 5 }),
    originCol: fc.integer({ min: 0, max: 3 }),
  })
  .chain(({ sheet, rows, cols, originRow, originCol }) =>
    fc.record({
      values: fc.array(fc.array(cellValue, { minLength: cols, maxLength: cols }), { minLength: rows, maxLength: rows }),
      merges: fc.array(
        fc.record({ r: fc.nat(Math.max(0, rows - 1)), c: fc.nat(cols - 1), h: fc.nat(3), w: fc.nat(4) }),
        { maxLength: 4 },
      ),
    }).map(({ values, merges }) => {
      const areas: MergeArea[] = rows
        ? merges.map(({ r, c, h, w }) => ({
            top: originRow + r,
            left: originCol + c,
            bottom: originRow + Math.min(rows - 1, r + h),
            right: originCol + Math.min(cols - 1, c + w),
          }))
        : [];
      return toGrid(sheet, values, areas, originRow, originCol);
    }),
  );

/** Sheet names made unique, as in a real workbook. */
function uniqueSheets(grids: Grid[]): Grid[] {
  const seen = new Set<string>();
  return grids.map((g, i) => {
    let name = g.sheet;
    while (seen.has(name)) name = `${g.sheet}(${i})`;
    seen.add(name);
    return { ...g, sheet: name };
  });
}

/** Mutations of a real workbook's grids. */
type Mutation =
  | { kind: "cell"; sheet: number; row: number; col: number; value: CellValue }
  | { kind: "deleteRow"; sheet: number; row: number }
  | { kind: "shuffle"; sheet: number; seed: number }
  | { kind: "merge"; sheet: number; row: number; col: number; h: number; w: number }
  | { kind: "deleteSheet"; sheet: number }
  | { kind: "numbersAsText"; sheet: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ kind: fc.constant("cell" as const), sheet: fc.nat(), row: fc.nat(60), col: fc.nat(10), value: cellValue }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant("deleteRow" as const), sheet: fc.nat(), row: fc.nat(8) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("shuffle" as const), sheet: fc.nat(), seed: fc.nat() }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant("merge" as const), sheet: fc.nat(), row: fc.nat(40), col: fc.nat(8), h: fc.nat(3), w: fc.nat(4) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("deleteSheet" as const), sheet: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("numbersAsText" as const), sheet: fc.nat() }) },
);

function mutate(base: Grid[], ms: Mutation[]): Grid[] {
  let grids = base.map((g) => ({ ...g, values: g.values.map((r) => [...r]), merges: [...g.merges] }));
  for (const m of ms) {
    if (!grids.length) break;
    const i = m.sheet % grids.length;
    const g = grids[i];
    const rows = g.values.length;
    const cols = rows ? g.values[0].length : 0;
    switch (m.kind) {
      case "cell":
        if (rows && cols) g.values[m.row % rows][m.col % cols] = m.value;
        break;
      case "deleteRow":
        // The first rows hold titles and headers: deleting them is "deleted headers".
        if (rows) g.values.splice(m.row % rows, 1);
        g.merges = g.merges.filter((a) => a.bottom - g.originRow < g.values.length);
        break;
      case "shuffle": {
        let s = m.seed || 1;
        for (let k = rows - 1; k > 0; k--) {
          s = (s * 1103515245 + 12345) & 0x7fffffff;
          const j = s % (k + 1);
          [g.values[k], g.values[j]] = [g.values[j], g.values[k]];
        }
        break;
      }
      case "merge":
        if (rows && cols) {
          const top = g.originRow + (m.row % rows);
          const left = g.originCol + (m.col % cols);
          g.merges.push({ top, left, bottom: Math.min(g.originRow + rows - 1, top + m.h), right: Math.min(g.originCol + cols - 1, left + m.w) });
        }
        break;
      case "deleteSheet":
        grids = grids.filter((_, k) => k !== i);
        break;
      case "numbersAsText":
        g.values = g.values.map((r) => r.map((v) => (typeof v === "number" ? v.toFixed(2) : v)));
        break;
    }
  }
  return grids.map((g) => toGrid(g.sheet, g.values, g.merges, g.originRow, g.originCol));
}

/**
 * Every finding and related cell is on a sheet the workbook has, inside its used range; A1 (the
 * anchor of workbook-level findings such as "no tables") is a real cell of any sheet.
 */
function assertPointsAtRealCells(grids: Grid[], report: WorkbookReport): void {
  workbookReportSchema.parse(report);
  const bySheet = new Map(grids.map((g) => [g.sheet, g]));
  const check = (sheet: string, cell: string, what: string) => {
    const g = bySheet.get(sheet);
    expect(g, `${what}: sheet “${sheet}” is not in the workbook`).toBeDefined();
    const { row, col } = fromA1(cell);
    const rows = g!.values.length;
    const cols = rows ? Math.max(...g!.values.map((r) => r.length)) : 0;
    const inside = (row === 0 && col === 0) || (row >= g!.originRow && col >= g!.originCol && row < g!.originRow + Math.max(1, rows) && col < g!.originCol + Math.max(1, cols));
    expect(inside, `${what}: ${sheet}!${cell} is outside the used range`).toBe(true);
  };
  for (const f of report.findings) {
    check(f.sheet, f.cell, f.rule);
    for (const r of f.related) check(r.sheet, r.cell, `${f.rule} (related)`);
  }
}

describe("engine under random and mutated grids", () => {
  it("random grids: no exception, every finding at a real cell", () => {
    fc.assert(
      fc.property(fc.array(randomGrid, { minLength: 0, maxLength: 5 }), (raw) => {
        const grids = uniqueSheets(raw);
        assertPointsAtRealCells(grids, validateGrids(grids, { catalog }));
      }),
      { numRuns: 300 },
    );
  });

  it("mutated seed workbook (random cells, #REF!, numbers as text, merges, shuffled rows, deleted headers and sheets)", () => {
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 25 }), (ms) => {
        const grids = mutate(seed, ms);
        assertPointsAtRealCells(grids, validateGrids(grids, { catalog }));
      }),
      { numRuns: 150 },
    );
  });

  it("mutated Putuo workbook (元 with thousands separators, split codes)", () => {
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 25 }), (ms) => {
        const grids = mutate(putuo, ms);
        assertPointsAtRealCells(grids, validateGrids(grids, { catalog }));
      }),
      { numRuns: 100 },
    );
  });

  it("the unmutated samples satisfy the same property (the oracle is not vacuous)", () => {
    for (const grids of [seed, putuo]) {
      const report = validateGrids(grids, { catalog });
      expect(report.findings.length).toBeGreaterThan(3);
      assertPointsAtRealCells(grids, report);
    }
  });
});
