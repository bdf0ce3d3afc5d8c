/**
 * Runs the real production build once (webpack.config.js, ADDIN_URL set, into a temporary
 * directory) and checks what Excel will load: metadata, manifest, pages, icons, office.js. When
 * Chromium is installed, the built page is also opened in it to see the functions registered
 * and computing.
 */
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ZH_CN_NAMES } from "../../scripts/functions-zh-cn-names";
import { EXPECTED_SIGNATURES, signature } from "../functions/expected-signatures";
import { checkIconsOnDisk, checkManifest } from "./manifest-checks";

const ROOT = path.resolve(__dirname, "../..");
const ADDIN_URL = "https://budget.example.org/addin";
const CHROMIUM = "/usr/bin/chromium";
/** The task pane's files belong to the task pane work; without them the build cannot run. */
const TASKPANE_FILES = ["src/taskpane/index.tsx", "src/taskpane/taskpane.html"];
const taskpaneReady = TASKPANE_FILES.every((f) => existsSync(path.join(ROOT, f)));

interface Fn {
  id: string;
  name: string;
  parameters: { name: string; optional?: boolean; dimensionality?: string }[];
}

describe.skipIf(!taskpaneReady)("npm run build (production)", () => {
  let out = "";
  let build: { status: number | null; output: string };

  beforeAll(async () => {
    out = mkdtempSync(path.join(tmpdir(), "budget-addin-build-"));
    // Asynchronous, so the test worker keeps answering vitest while webpack runs.
    build = await new Promise((resolve, reject) => {
      const child = spawn(
        process.execPath,
        [require.resolve("webpack-cli/bin/cli.js"), "--mode", "production", "--env", `outDir=${out}`],
        { cwd: ROOT, env: { ...process.env, ADDIN_URL, OFFICE_JS: "" } },
      );
      let output = "";
      child.stdout.on("data", (d) => (output += d));
      child.stderr.on("data", (d) => (output += d));
      child.on("error", reject);
      child.on("close", (status) => resolve({ status, output }));
    });
  }, 600_000);

  afterAll(() => {
    if (out) rmSync(out, { recursive: true, force: true });
  });

  const read = (file: string) => readFileSync(path.join(out, file), "utf8");

  it("compiles without errors", () => {
    expect(build.status, build.output.slice(-3000)).toBe(0);
    expect(build.output).toContain("compiled successfully");
  });

  it("writes functions.json with every function and its parameters", () => {
    const meta = JSON.parse(read("functions.json")) as { functions: Fn[] };
    expect(Object.fromEntries(meta.functions.map((f) => [f.id, signature(f)]))).toEqual(EXPECTED_SIGNATURES);
  });

  it("writes functions-zh-cn.json with the Chinese names", () => {
    const meta = JSON.parse(read("functions-zh-cn.json")) as { functions: Fn[] };
    expect(meta.functions.map((f) => f.id)).toEqual(Object.keys(EXPECTED_SIGNATURES));
    for (const f of meta.functions) {
      const t = ZH_CN_NAMES[f.id];
      expect(f.name).toBe(t.name);
      const english = EXPECTED_SIGNATURES[f.id].map((p) => p.replace(/[[\]?]/g, ""));
      expect(f.parameters.map((p) => p.name)).toEqual(english.map((p) => t.parameters[p]));
    }
  });

  it("associates every function id in functions.js", () => {
    const js = read("functions.js");
    for (const id of Object.keys(EXPECTED_SIGNATURES)) expect(js).toMatch(new RegExp(`associate\\("${id}",`));
  });

  it("writes dist/manifest.xml for ADDIN_URL, every URL served from the build", () => {
    const xml = read("manifest.xml");
    const facts = checkManifest(xml);
    expect(xml).not.toContain("localhost");
    for (const { where, url } of facts.allUrls) {
      expect(url.startsWith(`${ADDIN_URL}/`), `${where}: ${url}`).toBe(true);
      expect(existsSync(path.join(out, url.slice(ADDIN_URL.length + 1))), `${where}: ${url}`).toBe(true);
    }
    checkIconsOnDisk(facts, ADDIN_URL, out);
  });

  it("loads the local office.js first, then the task pane, functions and commands", () => {
    const html = read("taskpane.html");
    const scripts = [...html.matchAll(/<script[^>]*src="?([^" >]+)"?/g)].map((m) => m[1]);
    expect(scripts[0]).toBe("office-js/office.js");
    const order = ["taskpane.js", "functions.js", "commands.js"].map((s) => scripts.indexOf(s));
    expect(order.every((i) => i > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(read("notice.html")).toContain("office-js/office.js");
    for (const f of ["office-js/office.js", "office-js/en-us/office_strings.js", "office-js/zh-cn/office_strings.js", "office-js/excel-win32-16.01.js", "office-js/excel-web-16.00.js"]) {
      expect(existsSync(path.join(out, f)), f).toBe(true);
    }
  });

  it("bundles ExcelJS for the browser once, in its own chunk the task pane can load", () => {
    const js = readdirSync(out).filter((f) => f.endsWith(".js"));
    const withExcelJs = js.filter((f) => read(f).includes("/*! ExcelJS"));
    expect(withExcelJs).toEqual(["exceljs.js"]);
    // Loaded by the page or its worker: named in the HTML or in a chunk-loading runtime.
    const referenced = read("taskpane.html").includes("exceljs.js") || js.some((f) => f !== "exceljs.js" && /"exceljs"/.test(read(f)));
    expect(referenced).toBe(true);
  });

  describe.skipIf(!existsSync(CHROMIUM))("in Chromium", () => {
    let server: Server;
    let base = "";

    beforeAll(async () => {
      server = createServer((req, res) => {
        const file = path.join(out, decodeURIComponent((req.url ?? "/").split("?")[0]));
        if (!file.startsWith(out) || !existsSync(file)) {
          res.writeHead(404).end();
          return;
        }
        const type = file.endsWith(".html") ? "text/html; charset=utf-8" : file.endsWith(".js") ? "text/javascript; charset=utf-8" : "application/octet-stream";
        res.writeHead(200, { "content-type": type }).end(readFileSync(file));
      });
      await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
      const address = server.address();
      base = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;
    });

    afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

    it("registers and runs the BUDGET functions in the shared-runtime page", async () => {
      const { chromium } = await import("playwright-core");
      const browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--no-sandbox"] });
      try {
        const page = await browser.newPage();
        const errors: string[] = [];
        page.on("pageerror", (e) => errors.push(`${e.message}\n${e.stack ?? ""}`));
        await page.goto(`${base}/taskpane.html`, { waitUntil: "load" });
        await page.waitForFunction(() => {
          const cf = (window as unknown as { CustomFunctions?: { _association?: { mappings: Record<string, unknown> } } }).CustomFunctions;
          return !!cf?._association && Object.keys(cf._association.mappings).length >= 11;
        });
        const result = await page.evaluate(async () => {
          const m = (window as unknown as { CustomFunctions: { _association: { mappings: Record<string, (...a: unknown[]) => unknown> } } })
            .CustomFunctions._association.mappings;
          return {
            ids: Object.keys(m).sort(),
            pct: m.PCT(228.36, 263.64),
            rmb: m.RMB(1272159.65),
            subject: await m.SUBJECT(2010301),
            actions: Object.keys((window as unknown as { Office: { actions: { _association: { mappings: object } } } }).Office.actions._association.mappings).sort(),
          };
        });
        expect(result.ids).toEqual(Object.keys(EXPECTED_SIGNATURES).sort());
        expect(result.pct).toBe(0.8662);
        expect(result.rmb).toBe("壹佰贰拾柒万贰仟壹佰伍拾玖元陆角伍分");
        expect(result.subject).toBe("行政运行");
        expect(result.actions).toEqual(["CLEARMARKS", "VALIDATE"]);
        expect(errors.filter((e) => /functions\.js|commands\.js/.test(e))).toEqual([]);
      } finally {
        await browser.close();
      }
    }, 120_000);
  });
});
