/** A 项 needs its 款 and 类 in the same table, a 款 its 类 (domain §7: checks that need no catalog). */
import type { Rule } from "../rule";
import { tableCodes } from "./support";

export const rule: Rule = {
  meta: {
    id: "catalog.code-hierarchy",
    category: "catalog",
    defaultSeverity: "error",
    description: "项级科目应有其款级和类级科目，款级科目应有其类级科目",
    messages: { orphan: "{code} {name} 缺少上级科目 {parent}（{level}）" },
  },
  check(d, ctx) {
    for (const t of d.tables) {
      if (t.id === "T06") continue;
      const { coded, byCode: codes } = tableCodes(t);
      for (const r of coded) {
        const code = r.code!;
        if (code.length !== 5 && code.length !== 7) continue;
        // The nearest missing level: 款 first for a 项, then 类.
        const kuan = code.length === 7 ? code.slice(0, 5) : undefined;
        const lei = code.slice(0, 3);
        const missing = kuan !== undefined && !codes.has(kuan) ? kuan : !codes.has(lei) ? lei : undefined;
        if (missing === undefined) continue;
        ctx.report({ at: r.codeRef ?? r.label.ref, table: t.id, messageId: "orphan", data: { code, name: r.label.text.trim(), parent: missing, level: missing.length === 3 ? "类" : "款" } });
      }
    }
  },
};
