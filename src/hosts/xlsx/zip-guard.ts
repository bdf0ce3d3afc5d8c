/**
 * Looks inside an .xlsx (a zip) BEFORE anything is inflated: the central directory's declared
 * sizes, compression ratios and each worksheet's declared dimension. Refuses zip bombs, huge
 * workbooks and sheets with more rows than the tool handles in bounded time and memory, and tells
 * a truncated download apart from a corrupt file. Runs in Node and in the browser (no node: APIs).
 */

/** Limits; the defaults fit budget workbooks (a few hundred KB) with a wide margin. */
export interface ZipLimits {
  /** Sum of the entries' declared uncompressed sizes. */
  maxTotalBytes: number;
  /** One worksheet's XML, uncompressed. */
  maxSheetBytes: number;
  /** Rows of one worksheet (from its declared dimension). */
  maxRows: number;
  /** Uncompressed/compressed ratio above which a large entry is treated as a zip bomb. */
  maxRatio: number;
  /** Entries smaller than this are not judged by their ratio. */
  ratioMinBytes: number;
  maxEntries: number;
}

export const DEFAULT_ZIP_LIMITS: ZipLimits = {
  maxTotalBytes: 512 * 2 ** 20,
  maxSheetBytes: 64 * 2 ** 20,
  maxRows: 100_000,
  maxRatio: 200,
  ratioMinBytes: 8 * 2 ** 20,
  maxEntries: 20_000,
};

export interface ZipEntry {
  name: string;
  /** General-purpose bit flags (bit 0: encrypted). */
  flags: number;
  method: number;
  crc32: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

/** Why a zip is refused; `message` is Chinese, without the file name (the caller adds it). */
export class ZipRefusal extends Error {
  constructor(
    readonly kind: "truncated" | "corrupt" | "bomb" | "too-large" | "too-many-rows",
    message: string,
  ) {
    super(message);
    this.name = "ZipRefusal";
  }
}

const MB = (n: number) => `${Math.round(n / 2 ** 20).toLocaleString("en-US")} MB`;

/** Reads the central directory. Throws ZipRefusal when it is missing (truncated) or inconsistent. */
export function listEntries(bytes: Uint8Array): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new ZipRefusal("truncated", "工作簿不完整（文件被截断，可能是下载或复制没有完成），无法读取：请重新获取该文件");
  let count = view.getUint16(eocd + 10, true);
  let cdSize = view.getUint32(eocd + 12, true);
  let cdOffset = view.getUint32(eocd + 16, true);
  if (count === 0xffff || cdOffset === 0xffffffff || cdSize === 0xffffffff) {
    // Zip64: the locator sits just before the classic record.
    const loc = eocd - 20;
    if (loc < 0 || view.getUint32(loc, true) !== 0x07064b50) throw corrupt();
    const z64 = Number(view.getBigUint64(loc + 8, true));
    if (z64 + 56 > bytes.length || view.getUint32(z64, true) !== 0x06064b50) throw corrupt();
    count = Number(view.getBigUint64(z64 + 32, true));
    cdSize = Number(view.getBigUint64(z64 + 40, true));
    cdOffset = Number(view.getBigUint64(z64 + 48, true));
  }
  if (cdOffset + cdSize > bytes.length) {
    throw new ZipRefusal("truncated", "工作簿不完整（文件被截断，可能是下载或复制没有完成），无法读取：请重新获取该文件");
  }
  if (count > DEFAULT_ZIP_LIMITS.maxEntries) throw new ZipRefusal("bomb", `压缩包内有 ${count} 个文件，远超正常工作簿，疑似恶意构造，已拒绝读取`);
  const decoder = new TextDecoder();
  const entries: ZipEntry[] = [];
  let p = cdOffset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > bytes.length || view.getUint32(p, true) !== 0x02014b50) throw corrupt();
    const flags = view.getUint16(p + 8, true);
    const method = view.getUint16(p + 10, true);
    const crc32 = view.getUint32(p + 16, true);
    let compressedSize = view.getUint32(p + 20, true);
    let size = view.getUint32(p + 24, true);
    const nameLen = view.getUint16(p + 28, true);
    const extraLen = view.getUint16(p + 30, true);
    const commentLen = view.getUint16(p + 32, true);
    let localOffset = view.getUint32(p + 42, true);
    const name = decoder.decode(bytes.subarray(p + 46, p + 46 + nameLen));
    // Zip64 extra field: the 64-bit values present are those whose 32-bit fields are saturated.
    let x = p + 46 + nameLen;
    const xEnd = x + extraLen;
    while (x + 4 <= xEnd) {
      const id = view.getUint16(x, true);
      const len = view.getUint16(x + 2, true);
      if (id === 0x0001) {
        let q = x + 4;
        if (size === 0xffffffff) (size = Number(view.getBigUint64(q, true))), (q += 8);
        if (compressedSize === 0xffffffff) (compressedSize = Number(view.getBigUint64(q, true))), (q += 8);
        if (localOffset === 0xffffffff) localOffset = Number(view.getBigUint64(q, true));
      }
      x += 4 + len;
    }
    entries.push({ name, flags, method, crc32, compressedSize, size, localOffset });
    p = xEnd + commentLen;
  }
  return entries;
}

function corrupt(): ZipRefusal {
  return new ZipRefusal("corrupt", "工作簿已损坏（压缩包目录无法解析），无法读取：请在 Excel/WPS 中打开并另存为 .xlsx 后再校验");
}

/** Size and ratio checks on the declared sizes; nothing is inflated. */
export function checkSizes(entries: ZipEntry[], limits: ZipLimits = DEFAULT_ZIP_LIMITS): void {
  let total = 0;
  for (const e of entries) {
    total += e.size;
    const ratio = e.size / Math.max(1, e.compressedSize);
    if (e.size >= limits.ratioMinBytes && ratio > limits.maxRatio) {
      throw new ZipRefusal(
        "bomb",
        `疑似“压缩炸弹”：其中“${e.name}”压缩后 ${e.compressedSize.toLocaleString("en-US")} 字节、解压后将达 ${MB(e.size)}（压缩比 ${Math.round(ratio)}:1，上限 ${limits.maxRatio}:1），已拒绝解压`,
      );
    }
    if (/^xl\/worksheets\/[^/]+\.xml$/i.test(e.name) && e.size > limits.maxSheetBytes) {
      throw new ZipRefusal("too-large", `工作表数据“${e.name}”解压后达 ${MB(e.size)}，超过上限 ${MB(limits.maxSheetBytes)}，已拒绝读取（未解压）；预算公开表通常不到 1 MB，请检查是否混入了大量无关数据`);
    }
  }
  if (total > limits.maxTotalBytes) {
    throw new ZipRefusal("too-large", `工作簿解压后共 ${MB(total)}，超过上限 ${MB(limits.maxTotalBytes)}，已拒绝读取（未解压）`);
  }
}

/**
 * A raw-deflate stream, or null where the platform has none (older browsers): the checks that
 * need to inflate are then skipped and only the declared sizes guard the reader.
 */
function inflater(): DecompressionStream | null {
  try {
    return typeof DecompressionStream === "function" ? new DecompressionStream("deflate-raw") : null;
  } catch {
    return null;
  }
}

/** The first `want` bytes of an entry, inflating only the start of its data. */
export async function entryPrefix(bytes: Uint8Array, e: ZipEntry, want = 4096): Promise<Uint8Array> {
  const data = entryData(bytes, e);
  if (e.method === 0) return data.subarray(0, want);
  if (e.method !== 8) throw corrupt();
  // At most 64 KB of compressed input: the output is bounded even for a hostile entry.
  const input = data.slice(0, 64 * 1024);
  const ds = inflater();
  if (!ds) return new Uint8Array(0);
  const writer = ds.writable.getWriter();
  const reader = ds.readable.getReader();
  // Closing right away makes the stream flush what it inflated (a cut stream then errors at its
  // end, after the chunks we need were delivered).
  writer.write(input).catch(() => {});
  writer.close().catch(() => {});
  const chunks: Uint8Array[] = [];
  let got = 0;
  try {
    while (got < want) {
      const { value, done } = await reader.read();
      if (done || !value) break;
      chunks.push(value);
      got += value.length;
    }
  } catch {
    // The prefix is cut mid-stream; what was inflated so far is what we need.
  } finally {
    reader.cancel().catch(() => {});
  }
  const out = new Uint8Array(got);
  let o = 0;
  for (const c of chunks) out.set(c, (o += c.length) - c.length);
  return out.subarray(0, want);
}

/** An entry inflated whole (only for small entries such as xl/workbook.xml). */
async function entryText(bytes: Uint8Array, e: ZipEntry): Promise<string> {
  return new TextDecoder().decode(await entryPrefix(bytes, e, e.size));
}

const ROW_TAG = /<(?:\w+:)?row[\s>]/g;

/** The compressed bytes of an entry (after its local header). */
export function entryData(bytes: Uint8Array, e: ZipEntry): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const lh = e.localOffset;
  if (lh + 30 > bytes.length || view.getUint32(lh, true) !== 0x04034b50) throw corrupt();
  const start = lh + 30 + view.getUint16(lh + 26, true) + view.getUint16(lh + 28, true);
  return bytes.subarray(start, Math.min(bytes.length, start + e.compressedSize));
}

/**
 * Inflates an entry as a stream, handing each chunk to `onChunk` until it returns false: memory
 * stays bounded by one chunk whatever the entry holds. A damaged stream just ends (ExcelJS will
 * report it).
 */
async function inflateChunks(bytes: Uint8Array, e: ZipEntry, onChunk: (chunk: Uint8Array) => boolean): Promise<void> {
  const data = entryData(bytes, e);
  if (e.method === 0) {
    onChunk(data);
    return;
  }
  if (e.method !== 8) throw corrupt();
  const ds = inflater();
  if (!ds) return;
  const writer = ds.writable.getWriter();
  const reader = ds.readable.getReader();
  writer.write(data.slice()).catch(() => {});
  writer.close().catch(() => {});
  try {
    for (;;) {
      const { value, done } = await reader.read();
      if (done || !value || !onChunk(value)) break;
    }
  } catch {
    // Damaged data: not this guard's concern.
  } finally {
    reader.cancel().catch(() => {});
  }
}

/**
 * Counts <row> elements by inflating the entry as a stream, stopping as soon as `limit` is
 * passed. For sheets whose XML declares no dimension.
 */
export async function countRows(bytes: Uint8Array, e: ZipEntry, limit: number): Promise<number> {
  const latin1 = new TextDecoder("latin1");
  let rows = 0;
  let carry = "";
  await inflateChunks(bytes, e, (chunk) => {
    const text = carry + latin1.decode(chunk);
    // Tags starting in the last 8 characters may be cut: they are counted with the next chunk.
    const cut = Math.max(0, text.length - 8);
    for (const m of text.matchAll(ROW_TAG)) if (m.index! < cut) rows++;
    carry = text.slice(cut);
    return rows <= limit;
  });
  return rows + (carry.match(ROW_TAG)?.length ?? 0);
}

/**
 * A header that understates an entry's size would let a bomb past the checks on declared sizes:
 * every entry is inflated as a stream (nothing kept) and refused as soon as it outgrows what it
 * declared. Memory stays at one chunk; time is bounded by the declared sizes, already checked.
 * Entries under 64 KB compressed are skipped: deflate cannot expand them beyond ~66 MB (1032:1).
 */
export async function checkActualSizes(bytes: Uint8Array, entries: ZipEntry[]): Promise<void> {
  for (const e of entries) {
    if (e.compressedSize < 64 * 1024) continue;
    let got = 0;
    await inflateChunks(bytes, e, (chunk) => (got += chunk.length) <= e.size);
    if (got > e.size) {
      throw new ZipRefusal("bomb", `疑似“压缩炸弹”：其中“${e.name}”解压后的大小超过其声明的 ${e.size.toLocaleString("en-US")} 字节（文件头被篡改），已停止解压并拒绝读取`);
    }
  }
}

/** Rows declared by a worksheet's <dimension ref="A1:F1000000">, or null when absent. */
export function declaredRows(xmlStart: string): number | null {
  const m = /<(?:\w+:)?dimension\s+ref="\$?[A-Z]+\$?(\d+)(?::\$?[A-Z]+\$?(\d+))?"/.exec(xmlStart);
  if (!m) return null;
  return Number(m[2] ?? m[1]);
}

/** Worksheet file → sheet name as the workbook shows it (from xl/workbook.xml and its rels). */
async function sheetNames(bytes: Uint8Array, entries: ZipEntry[]): Promise<Map<string, string>> {
  const names = new Map<string, string>();
  const wbEntry = entries.find((e) => e.name === "xl/workbook.xml");
  const relsEntry = entries.find((e) => e.name === "xl/_rels/workbook.xml.rels");
  if (!wbEntry || !relsEntry || wbEntry.size > 4 * 2 ** 20 || relsEntry.size > 4 * 2 ** 20) return names;
  const [wb, rels] = await Promise.all([entryText(bytes, wbEntry), entryText(bytes, relsEntry)]);
  const targets = new Map<string, string>();
  for (const m of rels.matchAll(/<Relationship\b[^>]*>/g)) {
    const id = /\bId="([^"]+)"/.exec(m[0])?.[1];
    const target = /\bTarget="([^"]+)"/.exec(m[0])?.[1];
    if (id && target) targets.set(id, target.replace(/^\/?(xl\/)?/, "xl/"));
  }
  for (const m of wb.matchAll(/<(?:\w+:)?sheet\b[^>]*>/g)) {
    const name = /\bname="([^"]*)"/.exec(m[0])?.[1];
    const id = /\br:id="([^"]+)"/.exec(m[0])?.[1];
    const target = id ? targets.get(id) : undefined;
    if (name !== undefined && target) names.set(target, unescapeXml(name));
  }
  return names;
}

function unescapeXml(s: string): string {
  return s.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, "&");
}

/**
 * Every check, before the workbook is handed to ExcelJS. A sheet beyond `maxRows` is refused
 * (not streamed): budget tables have at most a few thousand rows. Returns the entries it checked.
 */
export async function guardZip(bytes: Uint8Array, limits: ZipLimits = DEFAULT_ZIP_LIMITS): Promise<ZipEntry[]> {
  const entries = listEntries(bytes);
  checkSizes(entries, limits);
  await checkActualSizes(bytes, entries);
  const sheets = entries.filter((e) => /^xl\/worksheets\/[^/]+\.xml$/i.test(e.name));
  let names: Map<string, string> | undefined;
  for (const e of sheets) {
    // A row takes at least ~12 bytes of XML (<row r="N"/>): a sheet under 1 MB cannot hold
    // 100,000 rows, and reading its dimension would only cost time.
    if (e.size < Math.min(2 ** 20, limits.maxRows * 12)) continue;
    let rows = declaredRows(new TextDecoder().decode(await entryPrefix(bytes, e)));
    let counted = false;
    // No dimension: count the rows by streaming.
    if (rows === null) (rows = await countRows(bytes, e, limits.maxRows)), (counted = true);
    if (rows !== null && rows > limits.maxRows) {
      names ??= await sheetNames(bytes, entries).catch(() => new Map<string, string>());
      const name = names.get(e.name) ?? e.name;
      throw new ZipRefusal(
        "too-many-rows",
        `工作表“${name}”${counted ? "超过" : `有 ${rows.toLocaleString("en-US")} 行，超过`}可处理的上限 ${limits.maxRows.toLocaleString("en-US")} 行，已拒绝读取（未展开数据，以免耗尽内存）：请删去无关的行或把预算公开表另存为单独的工作簿`,
      );
    }
  }
  return entries;
}
