/** The corrected seed is internally consistent: every relationship of domain.md §4 holds within rounding. */
import Decimal from "decimal.js";
import { describe, expect, it } from "vitest";
import { amount as makeAmount, type Amount } from "../../src/core/money";
import { checkEqual, checkSum } from "../../src/core/rounding";
import { loadSample, type LoadedSample } from "./load";

const wan = (d: Decimal | null): Amount => makeAmount(d ?? 0, d === null ? null : 2, "万元");

/** Codes of the 功能分类 rows of a table, from its anchors ("T03/2010301/total"). */
function codesOf(s: LoadedSample, table: string): string[] {
  return Object.keys(s.anchors)
    .map((k) => new RegExp(`^${table}/(\\d{3,7})/total$`).exec(k)?.[1])
    .filter((c): c is string => !!c);
}

describe("samples/yangcheng-xinfang-2024-corrected.xlsx", () => {
  it.each(["T02", "T03", "T05"])("%s: every 类 and 款 is the sum of its children, 合计 the sum of the 类", async (table) => {
    const s = await loadSample("yangcheng-xinfang-2024-corrected");
    const codes = codesOf(s, table);
    expect(codes).toHaveLength(20);
    const columns = table === "T02" ? ["total", "gpb"] : ["total", "basic", "project"];
    const statuses = new Set<string>();
    for (const col of columns) {
      const w = (code: string) => wan(s.amount(`${table}/${code}/${col}`));
      for (const parent of [...codes.filter((c) => c.length < 7), "合计"]) {
        const kids = parent === "合计" ? codes.filter((c) => c.length === 3) : codes.filter((c) => c.length === parent.length + 2 && c.startsWith(parent));
        if (!kids.length) continue;
        const r = checkSum(w(parent), kids.map(w));
        expect(r.status, `${table} ${parent} ${col}: ${r.expected} vs ${r.actual}`).not.toBe("mismatch");
        statuses.add(r.status);
      }
    }
    expect(statuses.has("rounding")).toBe(true);
  });

  it("T03 and T05: 合计 = 基本支出 + 项目支出 on every row", async () => {
    const s = await loadSample("yangcheng-xinfang-2024-corrected");
    for (const table of ["T03", "T05"]) {
      for (const code of [...codesOf(s, table), "合计"]) {
        const r = checkSum(wan(s.amount(`${table}/${code}/total`)), [wan(s.amount(`${table}/${code}/basic`)), wan(s.amount(`${table}/${code}/project`))]);
        expect(r.status, `${table} ${code}`).toBe("exact");
      }
    }
  });

  it("links the tables: T12 = T03 项目支出 = Σ PERF, T11 = T06 公用经费, T04 = T05", async () => {
    const s = await loadSample("yangcheng-xinfang-2024-corrected");
    expect(s.at("T12/合计/total").text).toBe("127.22");
    expect(checkEqual(wan(s.amount("T12/合计/total")), wan(s.amount("T03/合计/project"))).status).toBe("exact");
    const perf = [1, 2, 3, 4, 5].map((n) => s.amount(`PERF${n}/annualTotal`)!).reduce((a, b) => a.plus(b), new Decimal(0));
    expect(checkEqual(wan(s.amount("T12/合计/total")), makeAmount(perf, 2, "元")).status).toBe("rounding");
    expect(s.amount("PERF3/periodTotal")!.eq(s.amount("PERF3/annualTotal")!)).toBe(true);
    expect(s.amount("T11/部门合计/total")!.eq(s.amount("T06/合计/public")!)).toBe(true);
    expect(s.amount("T04/一般公共预算/income")!.eq(s.amount("T05/合计/total")!)).toBe(true);
  });

  it("says in the text what the tables say", async () => {
    const s = await loadSample("yangcheng-xinfang-2024-corrected");
    expect(s.at("NARR/八/1").text).toContain("机关运行经费14.12万元");
    expect(s.at("NARR/十/2").text).toContain("基本支出136.42万元，项目支出127.22万元");
    expect(s.at("NARR/九/1").text).toContain("政府采购服务预算17.60万元");
    // 14.46 ÷ (263.64 − 14.46) = 5.80%
    const growth = new Decimal("14.46").div(new Decimal("263.64").minus("14.46")).times(100).toFixed(2);
    expect(s.at("NARR/五/2").text).toContain(`增长${growth}%`);
    expect(s.at("NARR/一/2").text.startsWith("本年单位预算支出总计")).toBe(true);
  });
});
