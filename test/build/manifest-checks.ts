/**
 * Structural checks of the add-in manifest (in place of office-addin-manifest validate, which needs
 * Microsoft's service): parsed with fast-xml-parser, every reference resolved, every label
 * localized, every icon a PNG of the declared size.
 */
import { XMLParser } from "fast-xml-parser";
import { existsSync, readFileSync } from "node:fs";
import { expect } from "vitest";
import { pngSize } from "../../scripts/png";

type Node = Record<string, unknown>;

const ARRAYS = new Set(["bt:Image", "bt:Url", "bt:String", "bt:Override", "Control", "Group", "Set", "Runtime", "ExtensionPoint", "Host", "Override"]);

export function parseManifest(xml: string): Node {
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: "@",
    parseTagValue: false,
    isArray: (name) => ARRAYS.has(name),
  });
  return parser.parse(xml) as Node;
}

function node(n: unknown, ...path: string[]): Node {
  let cur = n as Node;
  for (const key of path) {
    const next = cur?.[key];
    expect(next, `manifest element ${path.join(" > ")}`).toBeDefined();
    cur = (Array.isArray(next) ? next[0] : next) as Node;
  }
  return cur;
}

function list(n: unknown, key: string): Node[] {
  const v = (n as Node)?.[key];
  return v === undefined ? [] : (v as Node[]);
}

export interface ManifestFacts {
  id: string;
  resources: {
    images: Map<string, string>;
    urls: Map<string, { url: string; overrides: Record<string, string> }>;
    strings: Map<string, { value: string; overrides: Record<string, string> }>;
  };
  buttons: { id: string; label: string; tooltip: string; action: string; functionName?: string; icons: Record<string, string> }[];
  groupLabel: string;
  tab: string;
  /** Every URL the manifest names, with where. */
  allUrls: { where: string; url: string }[];
}

function overrides(n: Node): Record<string, string> {
  return Object.fromEntries(list(n, "bt:Override").map((o) => [String(o["@Locale"]), String(o["@Value"])]));
}

/** Checks the structure and returns the facts the tests look at further. */
export function checkManifest(xml: string): ManifestFacts {
  const doc = parseManifest(xml);
  const app = node(doc, "OfficeApp");
  expect(app["@xsi:type"]).toBe("TaskPaneApp");
  expect(app["@xmlns:bt"]).toBe("http://schemas.microsoft.com/office/officeappbasictypes/1.0");
  const id = String(app.Id);
  expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
  expect(String(app.Version)).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
  expect(app.DefaultLocale).toBe("en-US");
  for (const key of ["DisplayName", "Description"]) {
    const el = node(app, key);
    expect(list(el, "Override").map((o) => o["@Locale"]), key).toContain("zh-CN");
  }
  expect(list(node(app, "Hosts"), "Host").map((h) => h["@Name"])).toEqual(["Workbook"]);
  const sets = list(node(app, "Requirements", "Sets"), "Set");
  expect(sets.map((s) => s["@Name"])).toContain("SharedRuntime");
  expect(app.Permissions).toBe("ReadWriteDocument");

  const vo = node(app, "VersionOverrides");
  expect(vo["@xsi:type"]).toBe("VersionOverridesV1_0");
  const res = node(vo, "Resources");
  const images = new Map(list(node(res, "bt:Images"), "bt:Image").map((i) => [String(i["@id"]), String(i["@DefaultValue"])]));
  const urls = new Map(
    list(node(res, "bt:Urls"), "bt:Url").map((u) => [String(u["@id"]), { url: String(u["@DefaultValue"]), overrides: overrides(u) }]),
  );
  const strings = new Map(
    [...list(node(res, "bt:ShortStrings"), "bt:String"), ...list(node(res, "bt:LongStrings"), "bt:String")].map((s) => [
      String(s["@id"]),
      { value: String(s["@DefaultValue"]), overrides: overrides(s) },
    ]),
  );
  const str = (resid: unknown) => {
    const s = strings.get(String(resid));
    expect(s, `string resource ${String(resid)}`).toBeDefined();
    return s!;
  };
  const url = (resid: unknown) => {
    const u = urls.get(String(resid));
    expect(u, `url resource ${String(resid)}`).toBeDefined();
    return u!;
  };

  const host = node(vo, "Hosts", "Host");
  expect(host["@xsi:type"]).toBe("Workbook");
  const runtime = node(host, "Runtimes", "Runtime");
  expect(runtime["@lifetime"]).toBe("long");
  const runtimeUrl = url(runtime["@resid"]).url;
  expect(runtimeUrl).toMatch(/\/taskpane\.html$/);

  const cf = list(node(host, "AllFormFactors"), "ExtensionPoint").find((e) => e["@xsi:type"] === "CustomFunctions");
  expect(cf, "CustomFunctions extension point").toBeDefined();
  expect(str(node(cf, "Namespace")["@resid"]).value).toBe("BUDGET");
  expect(url(node(cf, "Script", "SourceLocation")["@resid"]).url).toMatch(/\/functions\.js$/);
  expect(url(node(cf, "Page", "SourceLocation")["@resid"]).url).toBe(runtimeUrl);
  const metadata = url(node(cf, "Metadata", "SourceLocation")["@resid"]);
  expect(metadata.url).toMatch(/\/functions\.json$/);
  expect(metadata.overrides["zh-CN"]).toMatch(/\/functions-zh-cn\.json$/);

  const desktop = node(host, "DesktopFormFactor");
  expect(url(node(desktop, "FunctionFile")["@resid"]).url).toBe(runtimeUrl);
  for (const key of ["Title", "Description"]) {
    expect(str(node(desktop, "GetStarted", key)["@resid"]).overrides["zh-CN"], `GetStarted ${key}`).toBeTruthy();
  }
  const surface = list(desktop, "ExtensionPoint").find((e) => e["@xsi:type"] === "PrimaryCommandSurface");
  expect(surface, "PrimaryCommandSurface").toBeDefined();
  const tab = node(surface, "OfficeTab");
  const group = node(tab, "Group");
  const groupLabel = str(node(group, "Label")["@resid"]);
  expect(groupLabel.overrides["zh-CN"]).toBeTruthy();

  const iconsOf = (el: Node) => {
    const imgs = list(node(el, "Icon"), "bt:Image");
    const out: Record<string, string> = {};
    for (const img of imgs) {
      const src = images.get(String(img["@resid"]));
      expect(src, `image resource ${String(img["@resid"])}`).toBeDefined();
      out[String(img["@size"])] = src!;
    }
    expect(Object.keys(out).sort()).toEqual(["16", "32", "80"]);
    return out;
  };
  iconsOf(group);
  const buttons = list(group, "Control").map((c) => {
    expect(c["@xsi:type"]).toBe("Button");
    const label = str(node(c, "Label")["@resid"]);
    const tooltip = str(node(c, "Supertip", "Description")["@resid"]);
    const action = node(c, "Action");
    return {
      id: String(c["@id"]),
      label: label.overrides["zh-CN"] ?? "",
      tooltip: tooltip.overrides["zh-CN"] ?? "",
      action: String(action["@xsi:type"]),
      functionName: action.FunctionName === undefined ? undefined : String(action.FunctionName),
      icons: iconsOf(c),
    };
  });

  // Every user-visible string carries a zh-CN override (the namespace is not translated).
  for (const [sid, s] of strings) {
    if (sid === "Functions.Namespace") continue;
    expect(s.overrides["zh-CN"], `zh-CN override of ${sid}`).toMatch(/[\u4e00-\u9fff]/);
  }
  expect(xml).toMatch(/<bt:Override Locale="zh-CN"/);

  const allUrls: { where: string; url: string }[] = [
    { where: "IconUrl", url: String(node(app, "IconUrl")["@DefaultValue"]) },
    { where: "HighResolutionIconUrl", url: String(node(app, "HighResolutionIconUrl")["@DefaultValue"]) },
    { where: "SourceLocation", url: String(node(app, "DefaultSettings", "SourceLocation")["@DefaultValue"]) },
    ...[...images].map(([k, v]) => ({ where: k, url: v })),
    ...[...urls].flatMap(([k, v]) => [{ where: k, url: v.url }, ...Object.values(v.overrides).map((o) => ({ where: `${k} override`, url: o }))]),
  ];
  return { id, resources: { images, urls, strings }, buttons, groupLabel: groupLabel.overrides["zh-CN"], tab: String(tab["@id"]), allUrls };
}

/** Every icon URL under `base` maps to a file in `dir` that is a PNG of the size the manifest says. */
export function checkIconsOnDisk(facts: ManifestFacts, base: string, dir: string): void {
  const declared: { url: string; size: number }[] = [];
  for (const b of facts.buttons) for (const [size, u] of Object.entries(b.icons)) declared.push({ url: u, size: Number(size) });
  for (const [key, u] of facts.resources.images) {
    const m = /\.(\d+)x(\d+)$/.exec(key);
    if (m) declared.push({ url: u, size: Number(m[1]) });
  }
  const iconUrl = facts.allUrls.find((u) => u.where === "IconUrl")!.url;
  const hiRes = facts.allUrls.find((u) => u.where === "HighResolutionIconUrl")!.url;
  declared.push({ url: iconUrl, size: 32 }, { url: hiRes, size: 64 });
  for (const { url, size } of declared) {
    expect(url.startsWith(`${base}/`), url).toBe(true);
    const file = `${dir}/${url.slice(base.length + 1)}`;
    expect(existsSync(file), file).toBe(true);
    expect(pngSize(readFileSync(file)), file).toEqual({ width: size, height: size });
  }
}
