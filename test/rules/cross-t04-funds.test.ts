import { describe, expect, it } from "vitest";
import { rule } from "../../src/core/rules/cross-t04-funds";
import { coded, findingsOf, grid, type Cell } from "../support/grid";

const t04 = (gpb: number, fund: number | null = null) => grid("表四", [
  ["2024年财政拨款收支总表"],
  ["单位名称：测试单位", null, null, null, null, "单位：万元"],
  ["收入", null, "支出"],
  ["项目", "金额", "项目", "小计", "一般公共预算", "政府性基金预算"],
  ["一、一般公共预算", gpb, "一、一般公共服务支出", gpb, gpb, null],
  ["二、政府性基金预算", fund, null, null, null, null],
  ["本年收入合计", gpb, "本年支出合计", gpb + (fund ?? 0), gpb, fund],
] as Cell[][]);
const t05 = grid("表五", coded("2024年一般公共预算支出预算表", [["合计", null, 100, 60, 40], ["201", "一般公共服务支出", 100, 60, 40]]));
const t08 = grid("表八", [["2024年政府性基金预算支出表"], ["单位：万元"], ["科目编码", "科目名称", "合计", "基本支出", "项目支出"], ["合计"], ["注：本表无数据"]]);

describe("cross.t04-funds", () => {
  it("valid: T04 一般公共预算 equals T05 合计 and per 类", () => {
    expect(findingsOf(rule, [t04(100), t05, t08])).toEqual([]);
  });
  it("invalid: T04 一般公共预算 ≠ T05; 政府性基金 money while T08 is empty", () => {
    const f = findingsOf(rule, [t04(90, 5), t05, t08]);
    expect(f.filter((x) => x.severity === "error").map((x) => x.cell).sort()).toEqual(["E5", "E7", "F7"]);
  });
});
