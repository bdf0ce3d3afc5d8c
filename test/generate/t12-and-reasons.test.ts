/**
 * 表十二 from the seed's 项目支出绩效目标表, and the Chinese reasons given when a table cannot be derived.
 */
import { describe, expect, it } from "vitest";
import Decimal from "decimal.js";
import { generateTables, GenerationError, planGeneration } from "../../src/core/generate";
import { validateGrids } from "../../src/core/engine";
import type { Disclosure, RecognizedTable, TableRow } from "../../src/core/model";
import { amount } from "../../src/core/money";
import { addDraftSheet } from "../../src/hosts/xlsx/write-table";
import { disclosureOf, gridsOf, openWorkbook, PUTUO, sampleBytes, SEED, toBytes } from "./helpers";
import { evaluate, lookupIn } from "./evaluate";

const seed = disclosureOf(sampleBytes(SEED));

function withRows(d: Disclosure, id: string, edit: (r: TableRow) => TableRow): Disclosure {
  return { ...d, tables: d.tables.map((t): RecognizedTable => (t.id === id ? { ...t, rows: t.rows.map(edit) } : t)) };
}

const entry = (d: Disclosure, id: string, opts = {}) => planGeneration(d, opts).all.find((e) => e.id === id)!;

describe("T12 项目支出表 from the PERF sheets (seed)", () => {
  it("lists the five projects in 万元 and sums to 127.22", async () => {
    const [t12] = generateTables(await seed, ["T12"]);
    const money = t12.rows.map((r) => r[1]).filter((c) => c.role === "money");
    expect(money.map((c) => c.value)).toEqual(["127.22", "0.82", "2.00", "100.00", "22.50", "1.90"]);
    expect(money[1].formula).toBe("ROUND('项目绩效目标表1'!I6/10000,2)");
    expect(money[0].formula).toBe("SUM(B6:B10)");
    expect(t12.rows.map((r) => r[0].value)).toContain("小高炉信访人救助资金");
    expect(t12.title).toBe("2024年项目支出预算表（本年预算）");
  });

  it("written next to the empty 表十二, clears completeness.empty-but-expected; formulas evaluate to the cached values", async () => {
    const d = await seed;
    const bytes = sampleBytes(SEED);
    const before = validateGrids(await gridsOf(bytes)).findings.filter((f) => f.rule === "completeness.empty-but-expected");
    expect(before).toHaveLength(1);
    const wb = await openWorkbook(bytes);
    const name = addDraftSheet(wb, generateTables(d, ["T12"])[0]);
    expect(wb.getWorksheet("表十二")).toBeDefined();
    const out = await toBytes(wb);
    const grids = await gridsOf(out);
    const report = validateGrids(grids);
    expect(report.findings.filter((f) => f.rule === "completeness.empty-but-expected")).toEqual([]);
    expect(report.summary.error).toBe(validateGrids(await gridsOf(bytes)).summary.error - 1);
    const g = grids.find((x) => x.sheet === name)!;
    const lookup = lookupIn(grids);
    let n = 0;
    g.formulas!.forEach((row, r) =>
      row.forEach((f, c) => {
        if (!f) return;
        expect(evaluate(f, name, lookup).toFixed(2)).toBe(new Decimal(g.values[r][c] as number).toFixed(2));
        n++;
      }),
    );
    expect(n).toBe(12);
  });

  it("refuses when the projects disagree with 表三 项目支出", async () => {
    const d = withRows(await seed, "T03", (r) =>
      r.kind === "total" && r.amounts.project ? { ...r, amounts: { ...r.amounts, project: { ...r.amounts.project, amount: amount("100.00", 2, "万元"), text: "100.00" } } } : r,
    );
    expect(entry(d, "T12").reason).toBe("绩效目标表年度资金总额合计 127.22万元 与支出总表项目支出 100.00万元 不符");
  });
});

describe("tables that cannot be derived say why", () => {
  it("T05 and T12 need 表二 to show every row wholly 一般公共预算", async () => {
    const d = withRows(await seed, "T02", (r) => (r.code === "2014004" && r.amounts.gpb ? { ...r, amounts: { ...r.amounts, gpb: { ...r.amounts.gpb, amount: amount("100.00", 2, "万元"), text: "100.00" } } } : r));
    const t05 = entry(d, "T05");
    expect(t05.derivable).toBe(false);
    expect(t05.reason).toBe("预算收入总表（表二）“2014004 信访业务”合计 125.32 不全是一般公共预算（100.00），不能由支出总表推出一般公共预算");
    expect(entry(d, "T12").reason).toMatch(/^无法判断各项目的资金来源：/);
    expect(() => generateTables(d, ["T05"])).toThrow(GenerationError);
  });

  it("T01 names the missing source", async () => {
    const d = await seed;
    const without = { ...d, tables: d.tables.filter((t) => t.id !== "T03") };
    expect(entry(without, "T01").reason).toBe("缺少预算支出总表（表三）");
  });

  it("T11 depends on the unit type", async () => {
    const d = await seed;
    expect(entry(d, "T11", { unitType: "mixedDepartment" }).reason).toMatch(/含非参公事业单位/);
    const [inst] = generateTables(d, ["T11"], { unitType: "institution" });
    expect(inst.rows.flat().filter((c) => c.role === "money").every((c) => c.value === null)).toBe(true);
    expect(inst.rows.at(-1)![0].value).toBe("注：本单位为事业单位，无机关运行经费");
    const [admin] = generateTables(d, ["T11"], { unitType: "administrative" });
    expect(admin.cautions).toEqual([]);
    expect(admin.rows[5].map((c) => c.value)).toEqual(["阳城县信访局", "14.12", "14.12", null, null]);
  });

  it("an empty 三公 table is refused when 表六 has 三公 items (Putuo 公务接待费)", async () => {
    const d = await disclosureOf(sampleBytes(PUTUO));
    expect(entry(d, "T10").reason).toBe("表六有“三公”经费相关科目“公务接待费” 9,500.00，“三公”经费表不应为空");
    expect(entry(d, "T12").reason).toBe("没有填有项目名称和年度资金总额的项目支出绩效目标表");
  });

  it("empty tables carry the standard note; T08 keeps the workbook's code layout", async () => {
    const [t08] = generateTables(await seed, ["T08"]);
    expect(t08.rows.at(-1)![0].value).toBe("注：本表无数据");
    expect(t08.rows[2].map((c) => c.value)).toEqual(["项目", null, "政府性基金预算支出", null, null]);
  });
});

describe("never overwrite", () => {
  it("a taken name gets another one, in the plan and in the writer", async () => {
    const d = await seed;
    const taken = { ...d, sheets: [...d.sheets, "表十二 项目支出预算表（生成）"] };
    const [draft] = generateTables(taken, ["T12"]);
    expect(draft.sheetName).toBe("表十二 项目支出预算表（生成）(2)");
    const wb = await openWorkbook(sampleBytes(SEED));
    const count = wb.worksheets.length;
    const a = addDraftSheet(wb, draft);
    const b = addDraftSheet(wb, draft);
    expect(a).toBe("表十二 项目支出预算表（生成）(2)");
    expect(b).not.toBe(a);
    expect(wb.worksheets.length).toBe(count + 2);
  });
});

describe("plan follows the workbook's template", () => {
  it("Shanghai: no 表七/表十三 offered, 机关运行经费 already in the 三公 table", async () => {
    const plan = planGeneration(await disclosureOf(sampleBytes(PUTUO)));
    expect(plan.available.map((e) => e.id)).toEqual([]);
    expect(plan.all.find((e) => e.id === "T07")).toMatchObject({ derivable: true, inTemplate: false, status: "missing" });
  });

  it("seed: only the empty 表十二 is worth generating", async () => {
    expect(planGeneration(await seed).available.map((e) => e.id)).toEqual(["T12"]);
  });
});
