/** The Shanghai sample: 元 with separators, split codes, 合计 at the bottom, its published text errors. */
import Decimal from "decimal.js";
import { describe, expect, it } from "vitest";
import { amount as makeAmount } from "../../src/core/money";
import { checkEqual, checkSum } from "../../src/core/rounding";
import { fromA1, toA1 } from "../../src/core/grid";
import { loadSample } from "./load";

describe("samples/putuo-finance-2025.xlsx", () => {
  it("has the template's sheet names, including the one with a trailing space", async () => {
    const s = await loadSample("putuo-finance-2025");
    const names = s.grids.map((g) => g.sheet);
    expect(names).toContain("部门国有资本经营预算拨款表 ");
    expect(names.indexOf("部门编制说明")).toBeLessThan(names.indexOf("部门收支总表"));
    expect(names.at(-1)).toBe("项目经费情况说明");
  });

  it("writes codes over 类|款|项 as text and amounts in 元 with separators", async () => {
    const s = await loadSample("putuo-finance-2025");
    const code = s.at("T02/2080506/code");
    const { row, col } = fromA1(code.cell);
    const g = s.grid(code.sheet);
    expect([0, 1, 2].map((k) => g.values[row][col + k])).toEqual(["208", "05", "06"]);
    expect(g.text[row][col + 3]).toBe("机关事业单位职业年金缴费支出");
    expect(s.at("T02/2080506/total")).toMatchObject({ value: 873617, text: "873,617.00", cell: toA1(row, col + 4) });
    expect(s.at("T02/合计/total").text).toBe("31,214,205.80");
    expect(fromA1(s.at("T02/合计/total").cell).row).toBeGreaterThan(fromA1(s.at("T02/2210203/total").cell).row);
    expect(s.at("T10/moneyUnit").text).toBe("单位:万元");
  });

  it("adds up exactly in its tables", async () => {
    const s = await loadSample("putuo-finance-2025");
    const y = (k: string) => makeAmount(s.amount(k) ?? 0, 2, "元");
    const items301 = Object.keys(s.anchors).filter((k) => /^T06\/301\d\d\/total$/.test(k));
    expect(items301).toHaveLength(8);
    expect(checkSum(y("T06/301/total"), items301.map(y)).status).toBe("exact");
    expect(checkSum(y("T02/合计/total"), ["201", "208", "210", "221"].map((c) => y(`T02/${c}/total`))).status).toBe("exact");
    // 机关运行经费 229.43万元 = 公用经费 2,294,335.00元; 三公 0.95万元 = 公务接待费 9,500元.
    expect(checkEqual(makeAmount(s.amount("T10/row/operatingCost")!, 2, "万元"), y("T06/合计/public")).status).toBe("rounding");
    expect(checkEqual(makeAmount(s.amount("T10/row/total")!, 2, "万元"), y("T06/30217/total")).status).toBe("exact");
  });

  it("keeps the published text's errors: 887.36 for 87.36, and truncated figures", async () => {
    const s = await loadSample("putuo-finance-2025");
    const wan = (k: string) => s.amount(k)!.div(10000);
    expect(s.at("NOTES/item7").text).toContain("”887.36万元");
    expect(wan("T05/2080506/total").toFixed(2)).toBe("87.36");
    for (const [item, code, shown] of [["item5", "2080501", "87.70"], ["item10", "2210201", "204.91"], ["item11", "2210203", "268.77"]]) {
      expect(s.at(`NOTES/${item}`).text).toContain(`”${shown}万元`);
      expect(wan(`T05/${code}/total`).toFixed(2, Decimal.ROUND_DOWN)).toBe(shown);
      expect(wan(`T05/${code}/total`).toFixed(2, Decimal.ROUND_HALF_UP)).not.toBe(shown);
    }
    expect(s.at("NOTES/item8").text).toContain("其它行政事业单位养老支出");
    expect(s.at("T05/2080599/name").text).toBe("其他行政事业单位养老支出");
  });
});
