/** The seed workbook holds the seed's figures, its rounding differences and its own defects. */
import Decimal from "decimal.js";
import { describe, expect, it } from "vitest";
import { amount as makeAmount, type Amount } from "../../src/core/money";
import { checkEqual, checkSum } from "../../src/core/rounding";
import { loadSample } from "./load";

const wan = (d: Decimal | null, decimals = 2): Amount => makeAmount(d ?? 0, d === null ? null : decimals, "万元");
const yuan = (d: Decimal | null, decimals = 0): Amount => makeAmount(d ?? 0, d === null ? null : decimals, "元");

describe("samples/yangcheng-xinfang-2024.xlsx", () => {
  it("has the seed's sheets in the seed's order", async () => {
    const s = await loadSample("yangcheng-xinfang-2024");
    const names = s.grids.map((g) => g.sheet);
    expect(names).toEqual([
      "封面", "目录", "概况", "表一", "表二", "表三", "表四", "表五", "表六", "表七", "表八", "表九", "表十", "表十一", "表十二", "表十三",
      "情况说明", "项目绩效目标表1", "项目绩效目标表2", "项目绩效目标表3", "项目绩效目标表4", "项目绩效目标表5", "表十四", "名词解释",
    ]);
  });

  it("holds the seed's figures as numbers shown with 2 decimals", async () => {
    const s = await loadSample("yangcheng-xinfang-2024");
    expect(s.at("T01/一般公共预算/income")).toMatchObject({ sheet: "表一", value: 263.64, text: "263.64" });
    expect(s.at("T02/20805/total")).toMatchObject({ sheet: "表二", cell: "C14", text: "18.89" });
    expect(s.at("T02/2010301/code")).toMatchObject({ value: "2010301", format: "@" });
    expect(s.at("T03/合计/basic").text).toBe("136.42");
    expect(s.at("T06/基本工资/工资福利支出/total").text).toBe("22.02");
    expect(s.at("T06/基本工资/工资奖金津补贴/total").text).toBe("18.97");
    expect(s.at("T11/阳城县信访局/total").text).toBe("14.12");
    expect(s.at("T14/安检员费用/amount").value).toBe(110000);
    expect(s.at("PERF5/annualTotal").text).toBe("18,959.65");
    expect(s.at("T01/moneyUnit").text).toBe("单位：万元");
    expect(s.at("T14/moneyUnit").text).toBe("单位：元");
  });

  it("keeps the seed's rounding differences, all within the rounding rule", async () => {
    const s = await loadSample("yangcheng-xinfang-2024");
    const w = (k: string) => wan(s.amount(k));
    const pension = checkSum(w("T02/20805/total"), [w("T02/2080505/total"), w("T02/2080506/total")]);
    expect(pension).toMatchObject({ status: "rounding" });
    expect(pension.expected.toFixed(2)).toBe("18.90");
    const classes = ["一般公共服务支出", "社会保障和就业支出", "卫生健康支出", "住房保障支出"].map((n) => w(`T01/${n}/total`));
    expect(checkSum(w("T01/本年支出合计/total"), classes).expected.toFixed(2)).toBe("263.63");
    expect(checkSum(w("T01/本年支出合计/total"), classes).status).toBe("rounding");
    const basic = ["201", "208", "210", "221"].map((c) => w(`T03/${c}/basic`));
    expect(checkSum(w("T03/合计/basic"), basic)).toMatchObject({ status: "rounding" });
    const personnel = Object.keys(s.anchors)
      // Item rows carry two names (部门/政府经济科目); the 公用经费 items have no 人员经费.
      .filter((k) => k.startsWith("T06/") && k.endsWith("/personnel") && k.split("/").length === 4 && s.amount(k) !== null)
      .map(w);
    expect(personnel).toHaveLength(15);
    const p = checkSum(w("T06/工资福利支出/personnel"), personnel);
    expect([p.status, p.expected.toFixed(2)]).toEqual(["rounding", "122.29"]);
  });

  it("keeps the seed's own defects", async () => {
    const s = await loadSample("yangcheng-xinfang-2024");
    expect(s.at("NARR/八/1").text).toContain("机关运行经费64980元");
    expect(s.at("T11/部门合计/total").text).toBe("14.12");
    expect(s.at("T06/合计/public").text).toBe("14.12");
    expect(s.at("NARR/十/2").text).toContain("其中基本支出100万元，项目支出27.22万元");
    // 表十二 is empty although 项目支出 is 127.22 and the five projects sum to 1,272,159.65元.
    expect(s.at("T12/note").text).toBe("注：本表无数据");
    expect(s.grid("表十二").values.flat().filter((v) => typeof v === "number")).toEqual([]);
    const perf = [1, 2, 3, 4, 5].map((n) => s.amount(`PERF${n}/annualTotal`)!);
    const perfSum = perf.reduce((a, b) => a.plus(b), new Decimal(0));
    expect(perfSum.toFixed(2)).toBe("1272159.65");
    expect(checkEqual(wan(s.amount("T03/合计/project")), yuan(perfSum, 2)).status).not.toBe("mismatch");
    expect(s.at("PERF3/periodTotal").text).toBe("1,100,000");
    expect(s.at("PERF3/annualTotal").text).toBe("1,000,000");
    expect(s.at("PERF4/plan").text.match(/27500元/g)).toHaveLength(6);
    expect(s.at("NARR/九/1").text).toContain("政府采购服务预算0万元");
    expect(s.at("NARR/一/1").text).toContain("比上年增加263.64万元");
  });
});
