/**
 * A 项目支出绩效目标表 (one project) onto a sheet, cell by cell as the seed lays it out: each
 * "a|b|c" line is a row, a text cell spans the empty cells after it in the project-information
 * part, and the amounts of the 项目资金 block are numbers in 元 ("8,200" → 8200 shown as #,##0).
 * Anchors: PERF<n>/title, /name, /periodTotal, /annualTotal, /plan.
 */
import { splitRow } from "./table-block";
import type { CellSpec, SheetBuilder } from "./sheet-spec";

const AMOUNT = /^\d{1,3}(,\d{3})*(\.\d+)?$|^\d+(\.\d+)?$/;
const MONEY_ROW = /资金总额|财政资金|单位自筹/;

export function renderPerf(b: SheetBuilder, lines: string[], n: number): { top: number; bottom: number } {
  const top = b.nextRow;
  const key = `PERF${n}`;
  const width = Math.max(...lines.map((l) => splitRow(l).length));
  let indicators = false;
  for (const line of lines) {
    const cells = splitRow(line);
    const r = b.add();
    if (cells.filter(Boolean).length === 1 && cells[0] && !/[:：]$/.test(cells[0]) && r - top < 2) {
      // Title lines ("…项目支出绩效目标表", "(2024年度)") span the whole table.
      b.set(r, 0, { value: cells[0], role: r === top ? "title" : "text", style: r === top ? "title" : undefined, anchor: r === top ? `${key}/title` : undefined });
      b.merge(r, 0, r, width - 1);
      continue;
    }
    if (cells[0] === "绩效指标") indicators = true;
    const moneyRow = MONEY_ROW.test(line);
    let label = "";
    cells.forEach((t, c) => {
      if (!t) return;
      let cell: CellSpec;
      if (moneyRow && AMOUNT.test(t)) {
        const money = t.replace(/,/g, "");
        cell = { money, numFmt: money.includes(".") ? "#,##0.00" : "#,##0", role: "money" };
        if (/实施期资金总额/.test(label)) cell.anchor = `${key}/periodTotal`;
        if (/年度资金总额/.test(label)) cell.anchor = `${key}/annualTotal`;
      } else {
        cell = { value: t, role: c === 0 ? "label" : "text", wrap: t.length > 30 };
        label = t;
        if (cells[0] === "项目名称" && c > 0) cell.anchor = `${key}/name`;
        if (cells[0] === "项目实施计划" && c > 0) cell.anchor = `${key}/plan`;
      }
      b.set(r, c, cell);
      if (!indicators) {
        let end = c;
        while (end + 1 < width && !cells[end + 1]) end++;
        b.merge(r, c, r, end);
      }
    });
  }
  return { top, bottom: b.nextRow - 1 };
}
