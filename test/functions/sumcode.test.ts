import { beforeAll, describe, expect, it } from "vitest";
import { sumcode } from "../../src/functions/functions";
import { installCustomFunctionsStub, thrownError } from "./custom-functions-stub";

beforeAll(installCustomFunctionsStub);

// A T03-like table: 类, 款 and 项 rows together, plus a 合计 row without a code.
const codes = [["合计"], [201], [20103], [2010301], [2010302], [20105], [208], ["20805"], ["２０８０５０１"], ["2080502"]];
const amounts = [[263.64], [228.36], [200], [150], [50], [28.36], [18.9], [18.89], [12.6], [6.3]];

describe("BUDGET.SUMCODE", () => {
  it("sums only the most detailed rows under the prefix", () => {
    expect(sumcode(codes, amounts, 201)).toBe(228.36); // 150 + 50 + 28.36 (20105 has no 项 rows)
    expect(sumcode(codes, amounts, "20103")).toBe(200);
    expect(sumcode(codes, amounts, 2010301)).toBe(150);
    expect(sumcode(codes, amounts, 208)).toBe(18.9); // the 项 rows, not the 款 (18.89)
    expect(sumcode(codes, amounts, "2")).toBe(247.26);
  });

  it("gives 0 when nothing matches", () => {
    expect(sumcode(codes, amounts, 212)).toBe(0);
  });

  it("reads codes split over 类 | 款 | 项 with leading zeros lost in number cells", () => {
    const split = [
      [201, null, null],
      [201, 3, null],
      [201, "03", "01"],
      [201, 3, 2],
      [201, "05", ""],
      [208, "05", null],
      ["", "", "01"], // merged 类/款 above
      [null, null, 2],
    ];
    const money = [[228.36], [200], [150], [50], [28.36], [18.89], [12.6], [6.3]];
    expect(sumcode(split, money, 201)).toBe(228.36);
    expect(sumcode(split, money, 20103)).toBe(200);
    expect(sumcode(split, money, "208")).toBe(18.9);
    expect(sumcode(split, money, 2080502)).toBe(6.3);
  });

  it("reads 类 | 款 two-column economic codes", () => {
    const split = [[301, null], [301, 1], [301, 2], [302, 1]];
    expect(sumcode(split, [[122.3], [18.97], [22.02], [3]], 301)).toBe(40.99);
  });

  it("counts a code that appears twice (T06: one 部门经济科目 under two 政府经济科目)", () => {
    expect(sumcode([[30101], [30101], [301]], [[18.97], [22.02], [40.99]], 301)).toBe(40.99);
  });

  it("takes codes and amounts as rows too", () => {
    expect(sumcode([[201, 20101, 20102]], [[10, 4, 6]], 201)).toBe(10);
  });

  it("treats empty amounts as 0 and reads text amounts", () => {
    expect(sumcode([[2010301], [2010302]], [[null], ["1,000.50"]], 201)).toBe(1000.5);
  });

  it("adds exactly, without binary noise", () => {
    expect(sumcode([[2010301], [2010302]], [[0.1], [0.2]], 201)).toBe(0.3);
  });

  it("handles huge values", () => {
    expect(sumcode([[2010301], [2010302]], [[1e15], [1e15]], 201)).toBe(2e15);
  });

  it("rejects mismatched ranges, non-numeric amounts under the prefix and a bad prefix", () => {
    expect(thrownError(() => sumcode([[201], [202]], [[1]], 201)).message).toContain("行数不一致");
    expect(thrownError(() => sumcode([[2010301]], [["十"]], 201)).message).toBe("第1行金额“十”不是数字");
    expect(sumcode([[2010301], [2020101]], [[1], ["十"]], 201)).toBe(1); // not under the prefix: ignored
    expect(thrownError(() => sumcode(codes, amounts, "")).message).toBe("编码前缀为空");
    expect(thrownError(() => sumcode(codes, amounts, "二〇一")).code).toBe("#VALUE!");
    expect(thrownError(() => sumcode(codes, [[1, 2], [3, 4]], 201)).message).toBe("金额区域应为一列（或一行）");
  });
});
