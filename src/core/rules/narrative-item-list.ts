/**
 * domain §4.19: item lists ("人员经费…主要包括：基本工资、津贴补贴…等") name rows that exist — and, for
 * 人员经费/公用经费, rows that carry that kind of money in 表六.
 */
import { unspacedParagraphs } from "../narrative/analyze";
import type { ColumnKey, Disclosure, TableRow } from "../model";
import { labelKey, matchesOf } from "../recognize/text";
import type { Rule } from "../rule";
import { addToGroup } from "../collections";
import { isZeroAmount } from "../money";
import { nonEmpty } from "./support";

// "主要包括：A、B、C等" up to the end of the clause; items carry no digits (lists with amounts are claims).
const LIST = /(人员经费|公用经费)?[^。；;]{0,30}?主要(?:包括|用于)[:：]?\s*([^。；;:：\d]+?)(?:等)?(?=[。；;]|$)/g;

function rowsByName(d: Disclosure): Map<string, TableRow[]> {
  const m = new Map<string, TableRow[]>();
  for (const t of d.tables) {
    if (t.id === "NARR" || t.id === "PERF") continue;
    for (const r of t.rows) {
      if (r.kind !== "item") continue;
      addToGroup(m, labelKey(r.label.text), r);
    }
  }
  return m;
}

export const rule: Rule = {
  meta: {
    id: "narrative.item-list",
    category: "narrative",
    defaultSeverity: "warning",
    description: "情况说明列举的项目应是表中存在的科目（人员经费、公用经费的列举应与表六一致）",
    messages: {
      unknown: "情况说明在“{topic}”中列出的“{item}”在各表中找不到",
      wrongKind: "情况说明把“{item}”列为{topic}，但表六中该科目的{topic}为 0",
    },
  },
  check(d, ctx) {
    const [t06] = nonEmpty(d, "T06");
    if (!t06) return;
    const byName = rowsByName(d);
    for (const { cell: p, text } of unspacedParagraphs(d)) {
      if (!/主要(包括|用于)/.test(text)) continue; // LIST cannot match: skip its slow scan
      for (const m of matchesOf(LIST, text)) {
        const topic = m[1];
        const items = m[2].split(/[、，,]/).map((s) => s.replace(/^(以下方面|如下)/, "")).filter((s) => s.length >= 2);
        if (items.length < 2) continue; // a phrase, not a list
        const key: ColumnKey | undefined = topic === "人员经费" ? "personnel" : topic === "公用经费" ? "public" : undefined;
        for (const item of items) {
          const rows = byName.get(labelKey(item));
          if (!rows) {
            if (key) ctx.report({ at: p.ref, table: "NARR", messageId: "unknown", data: { topic: topic!, item } });
            continue;
          }
          if (!key) continue;
          const in06 = rows.filter((r) => t06.rows.includes(r));
          if (in06.length && in06.every((r) => !r.amounts[key] || isZeroAmount(r.amounts[key]!.amount))) {
            ctx.report({ at: p.ref, related: in06.map((r) => r.label.ref), table: "NARR", messageId: "wrongKind", data: { topic: topic!, item } });
          }
        }
      }
    }
  },
};
