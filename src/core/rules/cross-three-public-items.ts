/** domain §4.15: T06 items 30212/30217/30231/31013 do not exceed the matching 三公 amounts. */
import Decimal from "decimal.js";
import { amount, convert } from "../money";
import { cellsIn } from "../model";
import type { Rule } from "../rule";
import { checkAtMost } from "../rounding";
import { nonEmpty } from "./support";
import { threePublicValues, type ThreePublicKey } from "./three-public";

const PAIRS: [string, ThreePublicKey, string][] = [
  ["30212", "outbound", "因公出国（境）费"],
  ["30217", "reception", "公务接待费"],
  ["30231", "vehicleOperation", "公务用车运行维护费"],
  ["31013", "vehiclePurchase", "公务用车购置费"],
];

export const rule: Rule = {
  meta: {
    id: "cross.three-public-items",
    category: "cross",
    defaultSeverity: "error",
    description: "基本支出经济分类表中的因公出国、公务接待、公务用车科目不应超过“三公”经费表对应金额",
    messages: { exceeds: "经济分类 {code} {name} 为 {actual}，超过“三公”经费表的{item} {expected}" },
  },
  check(d, ctx) {
    const [t06] = nonEmpty(d, "T06");
    if (!t06) return;
    const t10 = d.tables.find((t) => t.id === "T10");
    const v = t10 ? threePublicValues(t10) : {};
    for (const [code, key, item] of PAIRS) {
      const rows = t06.rows.filter((r) => r.code === code);
      if (!rows.length) continue;
      const cells = cellsIn(rows, "total");
      const sum = cells.reduce((s, c) => s.plus(c.amount.value), new Decimal(0));
      if (sum.isZero()) continue;
      const decimals = Math.max(...cells.map((c) => c.amount.decimals ?? 0));
      const mine = amount(sum, decimals, t06.moneyUnit);
      const limit = v[key]?.amount ?? amount(0, null, t06.moneyUnit);
      if (!checkAtMost(mine, convert(limit, t06.moneyUnit)).ok) {
        ctx.report({
          at: cells[0].ref,
          related: v[key] ? [v[key]!.ref] : [],
          table: "T06",
          messageId: "exceeds",
          data: { code, name: rows[0].label.text.trim(), actual: `${mine.value.toFixed(decimals)}${t06.moneyUnit}`, item, expected: v[key] ? `${v[key]!.text}${v[key]!.amount.unit}` : "0" },
        });
      }
    }
  },
};
