/** A code's name agrees with the catalog; an obsolete name (e.g. 医疗卫生与计划生育支出) is flagged. */
import type { CatalogKind } from "../catalog/catalog";
import type { Rule } from "../rule";
import { labelKey } from "../recognize/text";

export const rule: Rule = {
  meta: {
    id: "catalog.known-name",
    category: "catalog",
    defaultSeverity: "warning",
    description: "科目名称应与政府收支分类科目一致，不应使用已停用的旧名称",
    messages: {
      obsolete: "{code} 的名称“{name}”是已停用的旧名称{until}，现为“{current}”",
      differs: "{code} 在科目目录（{catalog}）中名为“{current}”，表中为“{name}”",
    },
  },
  check(d, ctx) {
    for (const t of d.tables) {
      const kind: CatalogKind = t.id === "T06" ? "deptEconomic" : "function";
      for (const r of t.rows) {
        if (!r.code || r.codeSource !== "table" || r.kind === "total") continue;
        const entry = ctx.catalog.byCode(kind, r.code);
        if (!entry) continue;
        const name = labelKey(r.label.text);
        if (name === labelKey(entry.name)) continue;
        const former = entry.formerNames?.find((f) => labelKey(f.name) === name);
        if (former) {
          ctx.report({ at: r.label.ref, table: t.id, messageId: "obsolete", data: { code: r.code, name: r.label.text.trim(), until: former.until ? `（${former.until} 年以前使用）` : "", current: entry.name } });
        } else {
          ctx.report({ at: r.label.ref, table: t.id, messageId: "differs", data: { code: r.code, name: r.label.text.trim(), current: entry.name, catalog: ctx.catalog.label } });
        }
      }
    }
  },
};
