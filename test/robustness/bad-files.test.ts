/**
 * Files that are not readable workbooks, through the real CLI: each gets a specific Chinese
 * message naming the file, the others in the same folder are still checked, nothing is modified,
 * and hostile files are refused before inflating (the CLI runs with a 384 MB heap: inflating the
 * bomb or loading the million-row sheet would exhaust it).
 */
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { reportSchema, type Report } from "../../src/core/report";
import { ole2, SHEET_OPEN, xlsxParts, zip } from "./support/zip";

const ROOT = path.join(__dirname, "../..");
const sha = (f: string) => createHash("sha256").update(readFileSync(f)).digest("hex");

function millionRows(withDimension: boolean): () => Iterable<string> {
  return function* () {
    yield SHEET_OPEN + (withDimension ? '<dimension ref="A1:B1000000"/>' : "") + "<sheetData>";
    const rows: string[] = [];
    for (let r = 1; r <= 1_000_000; r++) {
      rows.push(`<row r="${r}"><c r="A${r}"><v>${r}</v></c></row>`);
      if (rows.length === 50_000) yield rows.splice(0).join("");
    }
    yield "</sheetData></worksheet>";
  };
}

let dir: string;
let report: Report;
let stderr: string;
let code: number | null;
let seconds: number;
const before = new Map<string, string>();

beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), "bc-bad-"));
  const w = (name: string, data: Buffer | string) => writeFileSync(path.join(dir, name), data);
  w("压缩炸弹.xlsx", zip(xlsxParts([{ name: "表一", xml: () => [SHEET_OPEN, Buffer.alloc(100 * 2 ** 20, 0x20), "</worksheet>"] }])));
  // The same bomb with headers that claim 4,000 bytes: caught while inflating, as soon as it outgrows the claim.
  w("伪装炸弹.xlsx", zip(xlsxParts([{ name: "表一", xml: () => [SHEET_OPEN, Buffer.alloc(100 * 2 ** 20, 0x20), "</worksheet>"] }]), { lieAboutSize: (n, size) => (n.includes("worksheets") ? 4000 : size) }));
  w("加密.xlsx", ole2(["EncryptionInfo", "EncryptedPackage", "\u0006DataSpaces"]));
  w("旧版.xls", ole2(["Workbook", "\u0005SummaryInformation"]));
  w("导出.csv", "科目编码,科目名称,合计\r\n201,一般公共服务支出,228.36\r\n");
  w("网页导出.xls", "<html><body><table><tr><td>科目编码</td></tr></table></body></html>");
  w("空文件.xlsx", "");
  w("百万行.xlsx", zip(xlsxParts([{ name: "明细", xml: millionRows(true) }])));
  w("百万行无维度.xlsx", zip(xlsxParts([{ name: "明细", xml: millionRows(false) }])));
  // A few hundred bytes whose used range is A1:XFD1000000 (16 billion cells if made dense).
  w("零星远端单元格.xlsx", zip(xlsxParts([{ name: "稀疏", xml: SHEET_OPEN + '<sheetData><row r="1"><c r="A1"><v>1</v></c></row><row r="1000000"><c r="XFD1000000"><v>1</v></c></row></sheetData></worksheet>' }])));
  copyFileSync(path.join(ROOT, "samples/broken/truncated.xlsx"), path.join(dir, "截断.xlsx"));
  copyFileSync(path.join(ROOT, "samples/putuo-finance-2025.xlsx"), path.join(dir, "正常.xlsx"));
  for (const f of readdirSync(dir)) before.set(f, sha(path.join(dir, f)));
  const t0 = Date.now();
  const r = spawnSync(process.execPath, ["--max-old-space-size=384", "--import", "tsx", path.join(ROOT, "src/cli/main.ts"), "validate", "--jobs", "1", "--format", "json", dir], {
    cwd: ROOT,
    encoding: "utf8",
    timeout: 120_000,
    maxBuffer: 64 * 2 ** 20,
  });
  seconds = (Date.now() - t0) / 1000;
  code = r.status;
  stderr = r.stderr;
  report = reportSchema.parse(JSON.parse(r.stdout));
}, 180_000);

const messageOf = (name: string) => {
  const w = report.workbooks.find((x) => path.basename(x.file) === name);
  expect(w, name).toBeDefined();
  return w!.error?.message ?? "";
};

describe("bad files: a clear message naming the file, no crash, nothing lost", () => {
  it("every file is in the report; the good one is checked; exit 2; bounded time", () => {
    expect(code, stderr).toBe(2);
    expect(report.workbooks).toHaveLength(12);
    const ok = report.workbooks.find((x) => x.file.endsWith("正常.xlsx"))!;
    expect(ok.error).toBeUndefined();
    expect(ok.tables.length).toBeGreaterThan(8);
    expect(seconds).toBeLessThan(90);
  });

  it.each([
    ["压缩炸弹.xlsx", /压缩炸弹.*已拒绝解压/],
    ["伪装炸弹.xlsx", /压缩炸弹.*超过其声明的 4,000 字节（文件头被篡改），已停止解压/],
    ["加密.xlsx", /设有打开密码/],
    ["旧版.xls", /Excel 97-2003 格式（\.xls）/],
    ["导出.csv", /CSV 文本文件/],
    ["网页导出.xls", /网页（HTML\/XML）格式/],
    ["空文件.xlsx", /空的（0 字节）/],
    ["截断.xlsx", /被截断/],
    ["零星远端单元格.xlsx", /工作表“稀疏”的使用范围达 1,000,000 行 × 16,384 列，超过可处理的上限.*已拒绝读取/],
    ["百万行.xlsx", /工作表“明细”有 1,000,000 行，超过可处理的上限 100,000 行，已拒绝读取/],
    ["百万行无维度.xlsx", /工作表“明细”超过可处理的上限 100,000 行，已拒绝读取/],
  ])("%s", (name, pattern) => {
    const m = messageOf(name);
    expect(m).toMatch(pattern);
    expect(m.startsWith(path.join(dir, name) + "：")).toBe(true);
  });

  it("inputs are byte-for-byte unchanged", () => {
    for (const [f, h] of before) expect(sha(path.join(dir, f)), f).toBe(h);
  });
});
