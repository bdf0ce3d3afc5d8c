/** The office.js switch: local copy by default, Microsoft's CDN with OFFICE_JS=cdn, injected first. */
import HtmlWebpackPlugin from "html-webpack-plugin";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import webpack from "webpack";
import { describe, expect, it } from "vitest";
import { CDN_URL, OfficeJsPlugin, officeJsSource } from "../../scripts/webpack/office-js-plugin";

describe("officeJsSource", () => {
  it("defaults to the local copy and switches to the CDN on request", () => {
    expect(officeJsSource(undefined)).toEqual({ kind: "local", src: "office-js/office.js" });
    expect(officeJsSource("local")).toEqual({ kind: "local", src: "office-js/office.js" });
    expect(officeJsSource("cdn")).toEqual({ kind: "cdn", src: CDN_URL });
    expect(CDN_URL).toBe("https://appsforoffice.microsoft.com/lib/1/hosted/office.js");
    expect(() => officeJsSource("latest")).toThrow("OFFICE_JS 只能是 local 或 cdn");
  });
});

function compile(src: string, template: string): Promise<string> {
  const dir = mkdtempSync(path.join(tmpdir(), "office-js-plugin-"));
  writeFileSync(path.join(dir, "entry.js"), "document.title = 'x';\n");
  writeFileSync(path.join(dir, "page.html"), template);
  const compiler = webpack({
    mode: "production",
    context: dir,
    entry: { page: "./entry.js" },
    output: { path: path.join(dir, "out"), filename: "[name].js" },
    plugins: [
      new HtmlWebpackPlugin({ filename: "page.html", template: "./page.html", chunks: ["page"] }),
      new OfficeJsPlugin({ src, pages: ["page.html"] }),
    ],
  });
  return new Promise((resolve, reject) => {
    compiler.run((err, stats) => {
      compiler.close(() => undefined);
      try {
        if (err) throw err;
        if (stats?.hasErrors()) throw new Error(stats.toString("errors-only"));
        resolve(readFileSync(path.join(dir, "out", "page.html"), "utf8"));
      } catch (e) {
        reject(e);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  });
}

describe("OfficeJsPlugin", () => {
  const template = "<!doctype html><html><head><title>t</title></head><body></body></html>";

  it("puts the CDN script before the page's deferred bundle", async () => {
    const html = await compile(CDN_URL, template);
    const scripts = [...html.matchAll(/<script[^>]*src="?([^" >]+)"?/g)].map((m) => m[1]);
    expect(scripts).toEqual([CDN_URL, "page.js"]);
  });

  it("does not add a second office.js to a template that loads it already", async () => {
    const html = await compile("office-js/office.js", template.replace("</head>", '<script src="office-js/office.js"></script></head>'));
    expect(html.match(/office\.js/g)).toHaveLength(1);
  }, 30_000);
});
