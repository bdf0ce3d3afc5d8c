/**
 * Re-packs a checked .xlsx with every entry stored (method 0), inflated by a caller-supplied
 * inflater. ExcelJS always opens workbooks through JSZip, which inflates in JavaScript (pako): on
 * Node the CLI hands it native zlib's output instead, and JSZip only copies. Pako's code then never
 * runs, so a batch worker neither compiles it nor spends its time inflating. No node: APIs here:
 * the inflater comes from the caller (node-inflate.ts in the CLI).
 */
import { entryData, type ZipEntry } from "./zip-guard";

/** Inflates raw deflate data; throws when the output would exceed `maxBytes`. */
export type InflateRaw = (data: Uint8Array, maxBytes: number) => Uint8Array;

const LOCAL_HEADER = 30;
const CENTRAL_HEADER = 46;
const END_RECORD = 22;
const UTF8_NAMES = 0x800;

/**
 * The same workbook as a zip of stored entries, or null when an entry is one this path does not
 * handle (encrypted, or compressed by another method than deflate): the caller then reads the
 * original and ExcelJS reports what it makes of it. `entries` are guardZip's (sizes already checked).
 */
export function storedCopy(bytes: Uint8Array, entries: ZipEntry[], inflateRaw: InflateRaw): Uint8Array | null {
  if (entries.some((e) => e.flags & 1 || (e.method !== 0 && e.method !== 8))) return null;
  const encoder = new TextEncoder();
  const names = entries.map((e) => encoder.encode(e.name));
  const datas = entries.map((e) => {
    const raw = entryData(bytes, e);
    // A size that disagrees with the header: leave the file to ExcelJS, as before this path existed.
    const data = e.method === 0 ? raw : inflateRaw(raw, e.size);
    if (data.length !== e.size) throw new RangeError(`“${e.name}”解压后的大小与声明不符`);
    return data;
  });

  let localBytes = 0;
  let centralBytes = 0;
  for (let i = 0; i < entries.length; i++) {
    localBytes += LOCAL_HEADER + names[i].length + datas[i].length;
    centralBytes += CENTRAL_HEADER + names[i].length;
  }
  const out = new Uint8Array(localBytes + centralBytes + END_RECORD);
  const view = new DataView(out.buffer);
  const offsets: number[] = [];
  let p = 0;
  for (let i = 0; i < entries.length; i++) {
    offsets.push(p);
    view.setUint32(p, 0x04034b50, true);
    view.setUint16(p + 4, 20, true); // version needed: 2.0
    view.setUint16(p + 6, UTF8_NAMES, true);
    view.setUint32(p + 14, entries[i].crc32, true);
    view.setUint32(p + 18, datas[i].length, true);
    view.setUint32(p + 22, datas[i].length, true);
    view.setUint16(p + 26, names[i].length, true);
    out.set(names[i], p + LOCAL_HEADER);
    out.set(datas[i], p + LOCAL_HEADER + names[i].length);
    p += LOCAL_HEADER + names[i].length + datas[i].length;
  }
  for (let i = 0; i < entries.length; i++) {
    view.setUint32(p, 0x02014b50, true);
    view.setUint16(p + 4, 20, true); // version made by
    view.setUint16(p + 6, 20, true); // version needed
    view.setUint16(p + 8, UTF8_NAMES, true);
    view.setUint32(p + 16, entries[i].crc32, true);
    view.setUint32(p + 20, datas[i].length, true);
    view.setUint32(p + 24, datas[i].length, true);
    view.setUint16(p + 28, names[i].length, true);
    view.setUint32(p + 42, offsets[i], true);
    out.set(names[i], p + CENTRAL_HEADER);
    p += CENTRAL_HEADER + names[i].length;
  }
  view.setUint32(p, 0x06054b50, true);
  view.setUint16(p + 8, entries.length, true);
  view.setUint16(p + 10, entries.length, true);
  view.setUint32(p + 12, centralBytes, true);
  view.setUint32(p + 16, localBytes, true);
  return out;
}
