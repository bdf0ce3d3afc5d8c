/**
 * 表十二 项目支出表 from the 项目支出绩效目标表 (PERF): one row per project, 年度资金总额 converted to
 * the table's unit. Funding columns need 表二's proof that all money is 一般公共预算; the sum must
 * agree with 表三 项目支出 within rounding.
 */
import { convert, formatDecimal } from "../money";
import type { Disclosure } from "../model";
import { checkSum } from "../rounding";
import { totalRow } from "../rules/support";
import { allGeneralBudget, no, ok, table, type Fact } from "./facts";
import { blankMoney, exprCell, localSum } from "./expr";
import { TableLayout, text, type DraftBody } from "./layout";
import { moneyFormatOf, type WorkbookStyle } from "./style";
import type { DraftCell } from "./draft";

export function deriveT12(d: Disclosure, style: WorkbookStyle): Fact<DraftBody> {
  const perf = d.tables.filter((t) => t.id === "PERF" && t.perf?.annualTotal && t.perf.name.text);
  if (!perf.length) return no("没有填有项目名称和年度资金总额的项目支出绩效目标表");
  const proof = allGeneralBudget(d);
  if (!proof.ok) return no(`无法判断各项目的资金来源：${proof.reason}`);
  const t03 = table(d, "T03");
  const money = moneyFormatOf(t03 ?? table(d, "T02"));
  const project = t03 && totalRow(t03)?.amounts.project;
  if (project) {
    const check = checkSum(convert(project.amount, money.unit), perf.map((p) => convert(p.perf!.annualTotal!.amount, money.unit)));
    if (check.status === "mismatch") {
      return no(`绩效目标表年度资金总额合计 ${formatDecimal(check.expected, money.decimals)}${money.unit} 与支出总表项目支出 ${project.text}${project.amount.unit} 不符`);
    }
  }
  const L = new TableLayout("T12", style, money, 7);
  L.header(
    [`项目名称|合计|${style.year ?? ""}年财政拨款|||财政专户管理资金|单位资金`, "||一般公共预算|政府性基金预算|国有资本经营预算||"],
    [[0, 0, 1, 0], [0, 1, 1, 1], [0, 2, 0, 4], [0, 5, 1, 5], [0, 6, 1, 6]],
  );
  const top = style.totalAt === "top";
  const totalRowIndex = top ? L.row([text("合计")]) : -1;
  const rows: number[] = [];
  for (const p of perf) {
    const r = L.row([text(p.perf!.name.text.trim())]);
    const total = exprCell({ plus: [p.perf!.annualTotal!] }, money);
    L.b.set(r, 1, total);
    L.b.set(r, 2, localSum([{ row: r, col: 1, cell: total }], money));
    for (const c of [3, 4, 5, 6]) L.b.set(r, c, blankMoney(money));
    rows.push(r);
  }
  const sums: DraftCell[] = [1, 2, 3, 4, 5, 6].map((col) => localSum(rows.map((row) => ({ row, col, cell: L.cell(row, col) })), money));
  const sumRow = top ? totalRowIndex : L.row([text("合计")]);
  sums.forEach((c, i) => L.b.set(sumRow, i + 1, c));
  return ok(L.finish(["PERF", "T02", "T03"], [40, 12, 14, 14, 16, 14, 12]));
}
