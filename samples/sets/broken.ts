/** Files that are not readable workbooks: the CLI must report each with an error object and exit 2. */
import type { SampleExpectation, SampleWorkbook } from "../lib/expectation";
import { workbookBuffer } from "../lib/write-xlsx";
import { ole2Container, textFile, truncated } from "../variants/broken-files";
import { YANGCHENG_CORRECTED } from "./bundled";

const unreadable: SampleExpectation = { tables: [], findings: [], notErrors: [], clean: false, readError: true };

function broken(id: string, title: string, about: string, bytes: () => Promise<Uint8Array>): SampleWorkbook {
  return { id, kind: "broken", file: `samples/broken/${id}.xlsx`, title, about, bytes, expect: unreadable };
}

export const BROKEN: SampleWorkbook[] = [
  broken("truncated", "下载不完整的工作簿（文件被截断）", "The first 2 KB of a real workbook: a zip without its central directory.", async () =>
    truncated(await workbookBuffer(YANGCHENG_CORRECTED.sheets!())),
  ),
  broken("text-file", "扩展名为 .xlsx 的文本文件", "CSV text saved under an .xlsx name.", async () => textFile()),
  broken("legacy-xls", "旧版 .xls 或加密工作簿（OLE2 复合文档）", "An OLE2 compound file (what .xls and password-protected workbooks are) under an .xlsx name.", async () =>
    ole2Container(),
  ),
];
