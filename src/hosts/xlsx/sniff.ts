/**
 * What a file that is not an .xlsx zip actually is, told from its bytes (not its name), so the
 * reader can give a specific Chinese message: a password-protected workbook, a legacy .xls, a CSV
 * or other text, an HTML table saved as .xls, an empty file.
 */

export type FileKind = "xlsx" | "encrypted" | "legacy-xls" | "ole2" | "csv" | "html" | "text" | "empty" | "unknown";

const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

export function sniff(bytes: Uint8Array): FileKind {
  if (bytes.length === 0) return "empty";
  if (bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 3 || bytes[2] === 5 || bytes[2] === 7)) return "xlsx";
  if (OLE2.every((b, i) => bytes[i] === b)) {
    // Directory entry names are UTF-16LE: an encrypted OOXML package has EncryptionInfo and
    // EncryptedPackage streams; a BIFF workbook has a Workbook (or Book) stream.
    if (hasUtf16(bytes, "EncryptedPackage") || hasUtf16(bytes, "EncryptionInfo")) return "encrypted";
    if (hasUtf16(bytes, "Workbook") || hasUtf16(bytes, "Book")) return "legacy-xls";
    return "ole2";
  }
  const head = bytes.subarray(0, 8192);
  if (head.includes(0)) return "unknown";
  const text = new TextDecoder("utf-8", { fatal: false }).decode(head).replace(/^\uFEFF/, "").trimStart();
  if (/^<(!doctype\s+html|html|table|\?xml[^>]*>\s*<html)/i.test(text) || /^<\?xml[\s\S]{0,200}urn:schemas-microsoft-com:office:spreadsheet/i.test(text)) return "html";
  const lines = text.split(/\r?\n/).filter((l) => l.trim() !== "");
  if (lines.length && lines.slice(0, 5).every((l) => /[,，\t;]/.test(l))) return "csv";
  return "text";
}

function hasUtf16(bytes: Uint8Array, name: string): boolean {
  const pattern = new Uint8Array(name.length * 2);
  for (let i = 0; i < name.length; i++) pattern[i * 2] = name.charCodeAt(i);
  outer: for (let i = 0; i + pattern.length <= bytes.length; i++) {
    if (bytes[i] !== pattern[0]) continue;
    for (let j = 1; j < pattern.length; j++) if (bytes[i + j] !== pattern[j]) continue outer;
    return true;
  }
  return false;
}

/** The Chinese explanation for a file that is not an .xlsx workbook (null for an .xlsx). */
export function notXlsxMessage(kind: FileKind): string | null {
  switch (kind) {
    case "xlsx":
      return null;
    case "encrypted":
      return "这是设有打开密码（已加密）的工作簿，无法读取：请在 Excel/WPS 中用密码打开，取消“用密码进行加密”后另存为 .xlsx 再校验";
    case "legacy-xls":
      return "这是旧版 Excel 97-2003 格式（.xls）的工作簿，本工具只读取 .xlsx：请在 Excel/WPS 中打开并“另存为” Excel 工作簿（.xlsx）后再校验";
    case "ole2":
      return "这是旧版 .xls 文件或加密的工作簿（OLE2 复合文档），无法读取：请在 Excel/WPS 中另存为 .xlsx（并取消密码）后再校验";
    case "csv":
      return "这是 CSV 文本文件，不是 Excel 工作簿：CSV 不保存单元格格式、合并单元格和多张工作表，无法可靠识别预算公开表；请在 Excel/WPS 中打开并另存为 .xlsx 后再校验";
    case "html":
      return "这是网页（HTML/XML）格式的表格，只是扩展名像 Excel 文件：请在 Excel/WPS 中打开并另存为 .xlsx 后再校验";
    case "empty":
      return "文件是空的（0 字节），无法读取：请重新获取该文件";
    case "text":
      return "不是有效的 .xlsx 文件（文件内容是普通文本，不是 Excel 工作簿）";
    case "unknown":
      return "不是有效的 .xlsx 文件（文件内容不是 Excel 工作簿）";
  }
}
