/** Codes are digits of the right length: 功能分类 3/5/7, 经济分类 3/5 (domain §7); "7 11 02" is broken. */
import type { Rule } from "../rule";

const FUNCTION_CODE = /^\d{3}(\d{2}){0,2}$/;
const ECONOMIC_CODE = /^\d{3}(\d{2})?$/;
const SPACE = /\s/;

export const rule: Rule = {
  meta: {
    id: "catalog.code-format",
    category: "catalog",
    defaultSeverity: "error",
    description: "科目编码应为规定位数的数字（功能分类 3/5/7 位，经济分类 3/5 位）",
    messages: { malformed: "科目编码“{text}”格式不正确（{name}）：功能分类应为 3、5 或 7 位数字，经济分类应为 3 或 5 位" },
  },
  check(d, ctx) {
    for (const t of d.tables) {
      const lengths = t.id === "T06" ? ECONOMIC_CODE : FUNCTION_CODE;
      for (const r of t.rows) {
        if (!r.codeText || r.kind === "total" || !r.codeRef) continue;
        const lengthOk = r.code !== undefined && lengths.test(r.code);
        if (lengthOk && !SPACE.test(r.codeText)) continue; // the usual case: one well-formed code
        const parts = r.codeText.trim().split(/\s+/);
        const partsOk = parts.length === 1 || (parts[0].length === 3 && parts.slice(1).every((x) => x.length === 2));
        if (!lengthOk || !partsOk) {
          ctx.report({ at: r.codeRef, table: t.id, messageId: "malformed", data: { text: r.codeText, name: r.label.text.trim() } });
        }
      }
    }
  },
};
