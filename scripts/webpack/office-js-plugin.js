/**
 * Puts the office.js <script> first in the <head> of the generated pages, before the deferred
 * bundles. `local` serves the copy from @microsoft/office-js (offline development, browser tests);
 * `cdn` loads Microsoft's CDN, which production add-ins must use.
 */
const HtmlWebpackPlugin = require("html-webpack-plugin");

const PLUGIN = "OfficeJsPlugin";
const CDN_URL = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const LOCAL_DIR = "office-js";

/** The office.js source for a build: OFFICE_JS=cdn → CDN, anything else (default) → local copy. */
function officeJsSource(mode) {
  if (mode === undefined || mode === "" || mode === "local") return { kind: "local", src: `${LOCAL_DIR}/office.js` };
  if (mode === "cdn") return { kind: "cdn", src: CDN_URL };
  throw new Error(`OFFICE_JS 只能是 local 或 cdn，实际为“${mode}”`);
}

class OfficeJsPlugin {
  /** @param {{ src: string, pages: string[] }} options */
  constructor(options) {
    this.src = options.src;
    this.pages = new Set(options.pages);
  }

  apply(compiler) {
    compiler.hooks.compilation.tap(PLUGIN, (compilation) => {
      // After the template ran (so a template that loads office.js itself is seen), before the
      // tags are injected into it.
      HtmlWebpackPlugin.getHooks(compilation).afterTemplateExecution.tap(PLUGIN, (data) => {
        if (!this.pages.has(data.outputName)) return data;
        const inTemplate = /<script[^>]+src=["']?[^"' >]*office(\.debug)?\.js/i.test(data.html);
        const inTags = data.headTags.some((t) => t.tagName === "script" && /office(\.debug)?\.js$/.test(String(t.attributes.src ?? "")));
        if (!inTemplate && !inTags) {
          data.headTags.unshift(HtmlWebpackPlugin.createHtmlTagObject("script", { src: this.src }, undefined, { plugin: PLUGIN }));
        }
        return data;
      });
    });
  }
}

/** Files of @microsoft/office-js that a page needs to run office.js from the local copy. */
const LOCAL_PATTERNS = [
  "office.js",
  "custom-functions-runtime.js",
  "o15apptofilemappingtable.js",
  "es6-promise.js",
  "excel-*.js",
  "excelwebapp-*.js",
  "{en-us,zh-cn}/office_strings.js",
];

module.exports = { OfficeJsPlugin, officeJsSource, LOCAL_DIR, LOCAL_PATTERNS, CDN_URL };
