/** Every rule file is registered, documented and tested (ESLint's checkRuleFiles). */
import { readdirSync, existsSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { RULES } from "../../src/core/rules";
import { CATEGORIES, SEVERITIES } from "../../src/core/report";

const RULE_DIR = path.join(__dirname, "../../src/core/rules");
const HELPERS = new Set(["index.ts", "support.ts", "three-public.ts"]);

describe("rule registry", () => {
  const files = readdirSync(RULE_DIR).filter((f) => f.endsWith(".ts") && !HELPERS.has(f));
  it("every rule file is in the registry and has a test beside it in test/rules", async () => {
    expect(files.length).toBe(RULES.length);
    for (const f of files) {
      const mod = await import(path.join(RULE_DIR, f));
      expect(RULES).toContain(mod.rule);
      expect(existsSync(path.join(__dirname, f.replace(/\.ts$/, ".test.ts")))).toBe(true);
      // The id names the file: "total.hierarchy" ↔ total-hierarchy.ts
      expect(mod.rule.meta.id.replace(".", "-")).toBe(f.replace(/\.ts$/, ""));
    }
  });
  it("metadata is complete: unique ids, known category/severity, Chinese description and messages", () => {
    const ids = RULES.map((r) => r.meta.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of RULES) {
      expect(CATEGORIES).toContain(r.meta.category);
      expect(SEVERITIES).toContain(r.meta.defaultSeverity);
      expect(r.meta.description).toMatch(/[\u4e00-\u9fa5]/);
      expect(Object.keys(r.meta.messages).length).toBeGreaterThan(0);
      for (const m of Object.values(r.meta.messages)) expect(m).toMatch(/[\u4e00-\u9fa5]/);
    }
  });
});
