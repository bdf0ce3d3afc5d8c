import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { checkIconsOnDisk, checkManifest } from "./manifest-checks";
import { DESIGNS, iconFileName, renderIcon } from "../../scripts/make-icons";
import { encodePng, pngSize } from "../../scripts/png";
import { DEV_URL, resolveAddinUrl, rewriteManifestUrls } from "../../scripts/webpack/manifest-url";

const ROOT = path.resolve(__dirname, "../..");
const xml = readFileSync(path.join(ROOT, "manifest.xml"), "utf8");

describe("manifest.xml", () => {
  const facts = checkManifest(xml);

  it("puts 校验, 清除标记 and 打开助手 in a 预算公开 group on the Home tab", () => {
    expect(facts.tab).toBe("TabHome");
    expect(facts.groupLabel).toBe("预算公开");
    expect(facts.buttons.map((b) => [b.label, b.action, b.functionName])).toEqual([
      ["校验", "ExecuteFunction", "validate"],
      ["清除标记", "ExecuteFunction", "clearMarks"],
      ["打开助手", "ShowTaskpane", undefined],
    ]);
    for (const b of facts.buttons) expect(b.tooltip).toMatch(/[\u4e00-\u9fff]/);
  });

  it("names only actions that src/commands/commands.ts associates", () => {
    const source = readFileSync(path.join(ROOT, "src/commands/commands.ts"), "utf8");
    const associated = [...source.matchAll(/Office\.actions\.associate\("([^"]+)"/g)].map((m) => m[1]);
    const named = facts.buttons.flatMap((b) => (b.functionName ? [b.functionName] : []));
    expect(associated.sort()).toEqual(named.sort());
  });

  it("points every URL at the development server", () => {
    for (const { where, url } of facts.allUrls) expect(url.startsWith(`${DEV_URL}/`), `${where}: ${url}`).toBe(true);
  });

  it("declares icons that exist in assets/ as PNGs of the declared sizes", () => {
    checkIconsOnDisk(facts, DEV_URL, ROOT);
  });
});

describe("icons", () => {
  it("are the committed output of scripts/make-icons.ts, including 64/128 px add-in icons", () => {
    const files = readdirSync(path.join(ROOT, "assets")).filter((f) => f.endsWith(".png"));
    const expected = DESIGNS.flatMap((d) => d.sizes.map((s) => iconFileName(d.name, s)));
    expect(files.sort()).toEqual([...expected].sort());
    expect(expected).toEqual(expect.arrayContaining(["icon-64.png", "icon-128.png"]));
    for (const d of DESIGNS) {
      for (const size of d.sizes) {
        const committed = readFileSync(path.join(ROOT, "assets", iconFileName(d.name, size)));
        expect(pngSize(committed)).toEqual({ width: size, height: size });
        expect(encodePng(size, size, renderIcon(d, size)).equals(committed), iconFileName(d.name, size)).toBe(true);
      }
    }
  });

  it("draw an opaque mark on a transparent corner", () => {
    const rgba = renderIcon(DESIGNS[1], 32);
    expect(rgba[3]).toBe(0); // top-left corner outside the rounded square
    const centre = (16 * 32 + 16) * 4;
    expect(rgba[centre + 3]).toBe(255);
  });
});

describe("ADDIN_URL", () => {
  it("defaults to the development server and rewrites every localhost URL", () => {
    expect(resolveAddinUrl(undefined)).toBe(DEV_URL);
    expect(resolveAddinUrl("")).toBe(DEV_URL);
    expect(resolveAddinUrl("https://budget.example.org/addin/")).toBe("https://budget.example.org/addin");
    const rewritten = rewriteManifestUrls(xml, "https://budget.example.org/addin");
    expect(rewritten).not.toContain("localhost");
    expect(rewritten).toContain('DefaultValue="https://budget.example.org/addin/functions.json"');
    expect(rewriteManifestUrls(xml, DEV_URL)).toBe(xml);
  });

  it("refuses URLs Office would not load", () => {
    expect(() => resolveAddinUrl("http://budget.example.org")).toThrow("必须是 https");
    expect(() => resolveAddinUrl("budget.example.org")).toThrow("不是有效的网址");
    expect(() => resolveAddinUrl("https://budget.example.org/?v=1")).toThrow("查询参数");
  });
});
