/**
 * Amounts are derived with withValue / withDecimals / negate, never by object spread: a spread
 * copies `units` (the integer the rounding rule trusts) next to a changed value, and drops the
 * lazily made `value` of a ScaledAmount. The type checker finds every spread of an Amount in src/.
 */
import { mkdtempSync, realpathSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const ROOT = path.join(__dirname, "../..");

/** Spreads of Amount-typed values in the files under `under`. */
function amountSpreads(fileNames: string[], under: string): string[] {
  const program = ts.createProgram(fileNames, { strict: true, jsx: ts.JsxEmit.ReactJSX, target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.CommonJS, esModuleInterop: true, skipLibCheck: true, noEmit: true });
  const checker = program.getTypeChecker();
  const found: string[] = [];
  const isAmountLike = (type: ts.Type) => ["value", "decimals", "unit"].every((p) => type.getProperty(p));
  for (const sf of program.getSourceFiles()) {
    if (sf.isDeclarationFile || !path.resolve(sf.fileName).startsWith(under)) continue;
    const visit = (node: ts.Node) => {
      if (ts.isSpreadAssignment(node)) {
        const type = checker.getTypeAtLocation(node.expression);
        const parts = type.isUnion() ? type.types : [type];
        if (parts.some(isAmountLike)) {
          const { line } = sf.getLineAndCharacterOfPosition(node.getStart());
          found.push(`${path.relative(under, sf.fileName)}:${line + 1} ${node.getText()}`);
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return found;
}

describe("no object spread of an Amount", () => {
  it("src/ derives amounts only through the money helpers", () => {
    const config = ts.getParsedCommandLineOfConfigFile(path.join(ROOT, "tsconfig.json"), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} });
    const files = config!.fileNames.filter((f) => f.includes(`${path.sep}src${path.sep}`));
    expect(files.length).toBeGreaterThan(100);
    expect(amountSpreads(files, path.join(ROOT, "src"))).toEqual([]);
  }, 120_000);

  it("would catch one (the check is not vacuous)", () => {
    const dir = realpathSync(mkdtempSync(path.join(os.tmpdir(), "spread-")));
    try {
      const probe = path.join(dir, "probe.ts");
      const money = path.join(ROOT, "src/core/money").split(path.sep).join("/");
      writeFileSync(probe, `import type { Amount } from "${money}";\nexport const f = (a: Amount): Amount => ({ ...a, decimals: null });\n`);
      expect(amountSpreads([probe], dir)).toHaveLength(1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
