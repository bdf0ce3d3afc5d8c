/** domain §4.16: the same code carries the same name in every table. */
import type { TableRow } from "../model";
import type { Rule } from "../rule";
import { labelKey } from "../recognize/text";

export const rule: Rule = {
  meta: {
    id: "catalog.name-consistency",
    category: "catalog",
    defaultSeverity: "error",
    description: "同一科目编码在各表中的名称应一致",
    messages: { differs: "科目 {code} 在{here}中名为“{name}”，在{there}中名为“{other}”" },
  },
  check(d, ctx) {
    const first = new Map<string, { row: TableRow; sheet: string }>();
    for (const t of d.tables) {
      for (const r of t.rows) {
        if (!r.code || r.codeSource !== "table" || r.kind === "total" || t.id === "T06") continue;
        const seen = first.get(r.code);
        if (!seen) {
          first.set(r.code, { row: r, sheet: t.sheet });
          continue;
        }
        if (labelKey(seen.row.label.text) !== labelKey(r.label.text)) {
          ctx.report({
            at: r.label.ref,
            related: [seen.row.label.ref],
            table: t.id,
            messageId: "differs",
            data: { code: r.code, here: `“${t.sheet}”`, name: r.label.text.trim(), there: `“${seen.sheet}”`, other: seen.row.label.text.trim() },
          });
        }
      }
    }
  },
};
