/**
 * 表十一 机关运行经费 from 表六 公用经费: equal for a 行政单位 or 参公 unit; none for a pure 事业单位;
 * not derivable for a department that also holds non-参公 事业单位. Unknown unit type: generated with a caution.
 */
import type { Disclosure } from "../model";
import type { UnitFacts } from "../rule";
import { totalRow } from "../rules/support";
import { no, ok, table, type Fact } from "./facts";
import { blankMoney, exprCell, localSum } from "./expr";
import { TableLayout, text, type DraftBody } from "./layout";
import { moneyFormatOf, type WorkbookStyle } from "./style";

export function deriveT11(d: Disclosure, style: WorkbookStyle, unitType: UnitFacts["unitType"]): Fact<DraftBody> {
  const t06 = table(d, "T06");
  if (unitType === "mixedDepartment") return no("部门含非参公事业单位，机关运行经费小于公用经费，需按单位填列，不能由表六推出");
  if (!t06 || t06.empty) return no("缺少一般公共预算基本支出分经济科目表（表六）");
  const publicCost = totalRow(t06)?.amounts.public;
  if (!publicCost) return no("表六没有公用经费合计");
  const t10 = table(d, "T10");
  // 三公 and 机关运行经费 are usually stated in the same unit (Shanghai: both 万元 while the rest is 元).
  const money = t10 ? moneyFormatOf(t10, t10.moneyUnit) : moneyFormatOf(t06);
  const cautions: string[] = [];
  if (!unitType) cautions.push("未说明单位类型：按行政单位或参公事业单位处理（机关运行经费 = 表六公用经费）；事业单位或含事业单位的部门请勿使用");
  const institution = unitType === "institution";
  const L = new TableLayout("T11", style, money, 5);
  L.header([`单位名称|${style.year ?? ""}年预算数|||`, "|合计|一般公共预算|政府性基金预算|国有资本经营预算"], [[0, 0, 1, 0], [0, 1, 0, 4]]);
  const sum = L.row([text("部门合计")]);
  const unit = L.row([text(style.unitName ?? "本单位")]);
  const gpb = institution ? blankMoney(money) : exprCell({ plus: [publicCost] }, money);
  L.b.set(unit, 2, gpb);
  L.b.set(unit, 3, blankMoney(money));
  L.b.set(unit, 4, blankMoney(money));
  L.b.set(unit, 1, localSum([2, 3, 4].map((col) => ({ row: unit, col, cell: L.cell(unit, col) })), money));
  for (const col of [1, 2, 3, 4]) L.b.set(sum, col, localSum([{ row: unit, col, cell: L.cell(unit, col) }], money));
  return ok(L.finish(["T06"], [24, 14, 14, 14, 16], { cautions, note: institution ? "注：本单位为事业单位，无机关运行经费" : undefined }));
}
