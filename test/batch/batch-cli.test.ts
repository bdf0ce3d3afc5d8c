/**
 * `validate DIR` in parallel through the real CLI: every file reported in order, failures do not
 * stop the batch, HTML/CSV reports, outputs never overwrite without --force, inputs untouched.
 */
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { reportSchema } from "../../src/core/report";
import { cli, ROOT, sha } from "./support";

vi.setConfig({ testTimeout: 240_000 });

let dir: string;
let out: string;
const hashes = new Map<string, string>();
const allHashes = () => readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => path.join(e.parentPath ?? e.path, e.name));

beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), "bc-batch-"));
  out = mkdtempSync(path.join(os.tmpdir(), "bc-out-"));
  mkdirSync(path.join(dir, "乙县"));
  copyFileSync(path.join(ROOT, "samples/yangcheng-xinfang-2024.xlsx"), path.join(dir, "a-阳城.xlsx"));
  copyFileSync(path.join(ROOT, "samples/yangcheng-xinfang-2024-corrected.xlsx"), path.join(dir, "b-阳城更正.xlsx"));
  copyFileSync(path.join(ROOT, "samples/putuo-finance-2025.xlsx"), path.join(dir, "乙县", "c-普陀.xlsx"));
  copyFileSync(path.join(ROOT, "samples/defects/total-mismatch.xlsx"), path.join(dir, "乙县", "d-合计不符.xlsx"));
  copyFileSync(path.join(ROOT, "samples/broken/truncated.xlsx"), path.join(dir, "e-截断.xlsx"));
  writeFileSync(path.join(dir, "f-<script>.xlsx"), "not a workbook");
  writeFileSync(path.join(dir, "说明.txt"), "不是工作簿，不应被列入");
  for (const f of allHashes()) hashes.set(f, sha(f));
});

describe("validate DIR --jobs 2", () => {
  it("reports every workbook in folder order, keeps going past broken files, plain progress lines when not a TTY", async () => {
    const r = await cli("validate", "--jobs", "2", "--format", "json", dir);
    expect(r.code).toBe(2);
    const report = reportSchema.parse(JSON.parse(r.stdout));
    expect(report.workbooks.map((w) => path.relative(dir, w.file))).toEqual([
      "a-阳城.xlsx",
      "b-阳城更正.xlsx",
      "e-截断.xlsx",
      "f-<script>.xlsx",
      path.join("乙县", "c-普陀.xlsx"),
      path.join("乙县", "d-合计不符.xlsx"),
    ]);
    const [seed, corrected, truncated, text, putuo, defect] = report.workbooks;
    expect(seed.summary.error).toBeGreaterThan(0);
    expect(corrected.summary).toMatchObject({ error: 0, warning: 0 });
    expect(truncated.error?.message).toMatch(/e-截断\.xlsx：工作簿不完整（文件被截断/);
    expect(text.error?.message).toContain("不是有效的 .xlsx 文件");
    expect(putuo.tables.length).toBeGreaterThan(8);
    expect(defect.findings.some((f) => f.severity === "error" && f.category === "total")).toBe(true);
    const lines = r.stderr.split("\n").filter((l) => /^\[\d+\/6\] /.test(l));
    expect(lines).toHaveLength(6);
    expect(r.stderr).toMatch(/已校验 6 个工作簿/);
    for (const [f, h] of hashes) expect(sha(f), f).toBe(h);
  });

  it("--jobs 1 and --jobs 2 give the same report", async () => {
    const one = JSON.parse((await cli("validate", "--jobs", "1", "--no-progress", "--format", "json", dir)).stdout);
    const two = JSON.parse((await cli("validate", "--jobs", "2", "--no-progress", "--format", "json", dir)).stdout);
    expect(two).toEqual(one);
  });

  it("--jobs 0 is a usage error", async () => {
    expect((await cli("validate", "--jobs", "0", dir)).code).toBe(2);
  });
});

describe("--format html / csv --out", () => {
  it("HTML: one self-contained Chinese file with the workbook table and grouped findings; no overwrite without --force", async () => {
    const file = path.join(out, "报告.html");
    const r = await cli("validate", "--format", "html", "--out", file, dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`报告已写入 ${file}`);
    const html = readFileSync(file, "utf8");
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain('<html lang="zh-CN">');
    // Self-contained: no external scripts, styles, images or fonts.
    expect(html).not.toMatch(/<(script|img|link)[^>]+(src|href)=/i);
    expect(html).not.toMatch(/url\(/);
    // The workbook table: one row per workbook with counts; sortable headers; the filter.
    const rows = html.match(/<tr data-status="[a-z]+">/g) ?? [];
    expect(rows).toHaveLength(6);
    expect(html).toContain('<th data-k="3" data-num>错误</th>');
    expect(html).toContain('id="q"');
    // File names are escaped.
    expect(html).toContain("f-&lt;script&gt;.xlsx");
    expect(html).not.toContain("f-<script>");
    // Findings grouped by table, with expected/actual.
    expect(html).toContain("<h3>T12 项目支出预算表（本年预算）</h3>");
    expect(html).toMatch(/<th>应为<\/th><th>实为<\/th>/);
    const before = sha(file);
    const again = await cli("validate", "--format", "html", "--out", file, dir);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain("已存在，未覆盖");
    expect(sha(file)).toBe(before);
    const forced = await cli("validate", "--format", "html", "--force", "--out", file, path.join(dir, "b-阳城更正.xlsx"));
    expect(forced.code).toBe(0);
    expect(readFileSync(file, "utf8").match(/<tr data-status="[a-z]+">/g)).toHaveLength(1);
  });

  it("CSV: UTF-8 with BOM, one row per finding plus one per unreadable file", async () => {
    const file = path.join(out, "问题.csv");
    await cli("validate", "--format", "csv", "--out", file, dir);
    const json = reportSchema.parse(JSON.parse((await cli("validate", "--format", "json", "--no-progress", dir)).stdout));
    const bytes = readFileSync(file);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString("utf8").slice(1);
    const records = parseCsv(text);
    expect(records[0].slice(0, 4)).toEqual(["文件", "单位", "年度", "严重程度"]);
    const findings = json.workbooks.reduce((s, w) => s + w.findings.length, 0);
    const unreadable = json.workbooks.filter((w) => w.error).length;
    expect(records.length - 1).toBe(findings + unreadable);
    const t12 = records.find((r) => r[5] === "completeness.empty-but-expected")!;
    expect(t12).toBeDefined();
    expect(t12[3]).toBe("错误");
    expect(t12[6]).toBe("T12");
  });

  it("an output that is one of the inputs is refused even with --force", async () => {
    const input = path.join(dir, "b-阳城更正.xlsx");
    const r = await cli("validate", "--format", "json", "--force", "--out", input, input);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("不能覆盖输入");
    expect(sha(input)).toBe(hashes.get(input));
    expect(existsSync(input)).toBe(true);
  });
});

/** RFC 4180 records (quoted fields with commas, quotes and line breaks). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") row.push(field), (field = "");
    else if (ch === "\r" && text[i + 1] === "\n") {
      row.push(field);
      rows.push(row);
      (row = []), (field = ""), i++;
    } else field += ch;
  }
  if (field || row.length) row.push(field), rows.push(row);
  return rows;
}
