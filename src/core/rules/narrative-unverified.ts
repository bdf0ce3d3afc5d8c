/** Claims the tool could not tie to a table value are listed, one `info` per paragraph, so a reviewer sees what was not verified. */
import type { Rule } from "../rule";
import { analyzeNarrative } from "../narrative/analyze";
import { sharePairs } from "../narrative/pairs";

export const rule: Rule = {
  meta: {
    id: "narrative.unverified",
    category: "narrative",
    defaultSeverity: "info",
    description: "列出情况说明中未能与表内数值对应核对的金额和占比，供人工复核",
    messages: {
      unverified: "未能核对（共 {count} 处）：{items}",
    },
  },
  check(d, ctx) {
    for (const para of analyzeNarrative(d)) {
      const items: string[] = [];
      for (const a of para.amounts) if (a.status === "unresolved") items.push(`${a.claim.subject}${a.claim.raw}`);
      for (const s of sharePairs(para.parsed)) if (!s.part || !s.parents.length) items.push(`${s.part ? s.part.subject + s.part.raw + "，" : ""}${s.share.raw}`);
      if (!items.length) continue;
      ctx.report({ at: para.cell.ref, table: "NARR", messageId: "unverified", severity: "info", data: { count: items.length, items: items.join("；") } });
    }
  },
};
