/** A 万元 table restated in 元 (263.64万元 → 2,636,400.00元), the unit most Shanghai-style workbooks use. */
import Decimal from "decimal.js";
import { splitRow, type TableBlock } from "../lib/table-block";

export function toYuan(block: TableBlock): TableBlock {
  if (!block.moneyUnit.includes("万元")) return block;
  const money = block.columns.map((c) => c.startsWith("money"));
  return {
    ...block,
    moneyUnit: block.moneyUnit.replace("万元", "元"),
    numFmt: "#,##0.00",
    body: block.body.map((line) =>
      splitRow(line)
        .map((t, i) => (money[i] && t ? new Decimal(t.replace(/,/g, "")).times(10000).toFixed(2) : t))
        .join("|"),
    ),
  };
}
