/** Recognition on the two real layouts, read by the real reader. */
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readGrids } from "../../src/hosts/xlsx/read";
import { recognize } from "../../src/core/recognize";
import { lineRow, totalRow } from "../../src/core/rules/support";

const load = async (name: string) => recognize(await readGrids(new Uint8Array(readFileSync(path.join(__dirname, "../../samples", name)))));

describe("recognition: seed layout (one code column, 万元)", () => {
  it("finds every table by content, with unit and year", async () => {
    const d = await load("yangcheng-xinfang-2024.xlsx");
    expect(d.unit).toBe("阳城县信访局");
    expect(d.year).toBe(2024);
    const ids = d.tables.map((t) => t.id);
    for (const id of ["T01", "T02", "T03", "T04", "T05", "T06", "T07", "T08", "T09", "T10", "T11", "T12", "T13", "T14", "NARR"]) expect(ids).toContain(id);
    expect(ids.filter((i) => i === "PERF")).toHaveLength(5);
    expect(ids.filter((i) => i === "NARR")).toHaveLength(1);
  });
  it("reads two-sided T01, coded T03, T06 without codes, PERF forms", async () => {
    const d = await load("yangcheng-xinfang-2024.xlsx");
    const t01 = d.tables.find((t) => t.id === "T01")!;
    expect(lineRow(t01, "gpb")!.amounts.total!.amount.value.toString()).toBe("263.64");
    expect(t01.rows.filter((r) => r.side === "expense" && r.code?.length === 3)).toHaveLength(30);
    const t03 = d.tables.find((t) => t.id === "T03")!;
    expect(t03.moneyUnit).toBe("万元");
    expect(totalRow(t03)!.amounts.project!.amount.value.toString()).toBe("127.22");
    expect(t03.rows.find((r) => r.code === "2080506")!.amounts.total!.text).toBe("6.30");
    const t06 = d.tables.find((t) => t.id === "T06")!;
    expect(t06.rows.filter((r) => r.name === "基本工资")).toHaveLength(2);
    expect(totalRow(t06)!.amounts.public!.amount.value.toString()).toBe("14.12");
    const t12 = d.tables.find((t) => t.id === "T12")!;
    expect(t12.empty).toBe(true);
    expect(t12.note?.text).toContain("本表无数据");
    const perf = d.tables.filter((t) => t.id === "PERF").map((t) => t.perf!);
    expect(perf.map((p) => p.annualTotal!.amount.value.toNumber()).reduce((a, b) => a + b, 0)).toBeCloseTo(1272159.65, 2);
  });
});

describe("recognition: Shanghai layout (类|款|项 split codes, 元)", () => {
  it("assembles split codes and reads 元 amounts", async () => {
    const d = await load("putuo-finance-2025.xlsx");
    expect(d.unit).toBe("上海市普陀区财政局");
    expect(d.year).toBe(2025);
    const t03 = d.tables.find((t) => t.id === "T03")!;
    expect(t03.moneyUnit).toBe("元");
    const row = t03.rows.find((r) => r.code === "2080506")!;
    expect(row.amounts.total!.amount.value.toString()).toBe("873617");
    const t06 = d.tables.find((t) => t.id === "T06")!;
    expect(t06.rows.find((r) => r.code === "30217")!.amounts.total!.amount.value.toString()).toBe("9500");
    expect(d.tables.map((t) => t.id)).toEqual(expect.arrayContaining(["T01", "T02", "T04", "T05", "T08", "T09", "T10", "T11"]));
    // The table of contents lists every title: it must not be taken for tables.
    expect(d.tables.filter((t) => t.id === "T01")).toHaveLength(1);
  });
});

describe("recognition: sheets the tool writes are not tables", () => {
  it("the facts input sheet full of prose with amounts is skipped", async () => {
    const { grid } = await import("../support/grid");
    const { recognize: rec, TOOL_SHEETS } = await import("../../src/core/recognize");
    const prose = "本年度新考录行政编1名，单位公益性岗位人员增加，以及五险一金基数变化，上年预算为249.18万元。";
    const facts = grid("上年数及补充信息", [["项目", "数值", "说明"], ["增减原因", prose, prose], ["其他说明", prose, prose]]);
    expect(TOOL_SHEETS.has("上年数及补充信息")).toBe(true);
    expect(rec([facts]).tables).toEqual([]);
    expect(rec([{ ...facts, sheet: "说明" }]).tables.map((t) => t.id)).toEqual(["NARR"]);
  });
});
