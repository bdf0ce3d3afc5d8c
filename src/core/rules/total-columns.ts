/** domain §4.2: row-wise column identities (合计 = 基本 + 项目; 合计 = Σ 资金来源; 合计 = 人员 + 公用 …). */
import type { Amount } from "../money";
import { cellsAt, type ColumnKey, type RecognizedTable, type TableColumn } from "../model";
import { checkSum, isExactSum } from "../rounding";
import type { Rule } from "../rule";
import { refs, reportCheck, rowTitle, SUM_MESSAGES } from "./support";

const FUNDING: ColumnKey[] = ["gpb", "fund", "soe", "fiscal", "specialAccount", "unitFunds", "business", "operating", "otherIncome"];

/** The parts whose sum the `total` column must equal, for one side of a table. */
function partsFor(t: RecognizedTable, columns: TableColumn[]): ColumnKey[] {
  const keys = new Set(columns.map((c) => c.key));
  const present = (ks: ColumnKey[]) => ks.filter((k) => keys.has(k));
  switch (t.id) {
    case "T03": case "T05": case "T08": case "T09":
      return present(["basic", "project"]);
    case "T06":
      return present(["personnel", "public"]);
    case "T01":
      return present(["currentYear", "carried"]);
    case "T04": case "T10": case "T11":
      return present(["gpb", "fund", "soe"]);
    case "T02": case "T12": case "T13": {
      const parts = present(FUNDING);
      const total = columns.find((c) => c.key === "total");
      // 合计 under "本年收入" excludes 上年结转; a plain 合计 includes it.
      if (keys.has("carryOver") && total && !/本年/.test(total.header)) parts.push("carryOver");
      return parts;
    }
    default:
      return [];
  }
}

/** "基本支出 + 项目支出": the parts' own headers. */
function partNames(parts: ColumnKey[], columns: TableColumn[]): string {
  return parts.map((k) => columns.find((c) => c.key === k)!.header.split("/").pop()).join(" + ");
}

export const rule: Rule = {
  meta: {
    id: "total.columns",
    category: "total",
    defaultSeverity: "error",
    description: "同一行内合计列应等于各组成列之和（如 合计 = 基本支出 + 项目支出）",
    messages: SUM_MESSAGES,
  },
  check(d, ctx) {
    for (const t of d.tables) {
      if (t.empty) continue;
      for (const [side, columns] of [["expense", t.columns], ["income", t.incomeColumns ?? []]] as const) {
        const parts = partsFor(t, columns);
        if (parts.length < 2 || !columns.some((c) => c.key === "total")) continue;
        for (const row of t.rows) {
          if (t.incomeColumns && row.side !== side) continue;
          const total = row.amounts.total;
          if (!total) continue;
          // The hot loop of 5,000-row tables: amounts only; cells and the check are made when something is reported.
          const amounts: Amount[] = [];
          let allBlank = total.blank;
          for (const k of parts) {
            const c = row.amounts[k];
            if (!c) continue;
            amounts.push(c.amount);
            if (!c.blank) allBlank = false;
          }
          if (!amounts.length || allBlank || isExactSum(total.amount, amounts)) continue;
          const cells = cellsAt(row, parts);
          reportCheck(ctx, { check: checkSum(total.amount, amounts), at: total.ref, related: refs(cells), table: t.id, subject: `${rowTitle(row)}：合计应等于 ${partNames(parts, columns)}` });
        }
      }
    }
  },
};
