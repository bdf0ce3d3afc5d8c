/**
 * The CLI's native-inflate path (stored-zip.ts + node-inflate.ts): the same grids as ExcelJS's own
 * inflater on every sample workbook, and the original path whenever the native one cannot be trusted.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { inflateRawSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { sampleFiles } from "../../bench/samples";
import { nodeInflateRaw } from "../../src/hosts/xlsx/node-inflate";
import { readGrids } from "../../src/hosts/xlsx/read";
import { storedCopy, type InflateRaw } from "../../src/hosts/xlsx/stored-zip";
import { entryData, guardZip, listEntries, type ZipEntry } from "../../src/hosts/xlsx/zip-guard";

const ROOT = path.join(__dirname, "../..");
const SEED = path.join(ROOT, "samples/yangcheng-xinfang-2024.xlsx");
const read = (f: string) => new Uint8Array(readFileSync(f));

/** Sets a 16- or 32-bit field of one entry's central record (and, when `local` is given, the same field of its local header). */
function patchEntry(bytes: Uint8Array, name: string, centralOffset: number, value: number, bits: 16 | 32, local?: number): Uint8Array {
  const out = bytes.slice();
  const view = new DataView(out.buffer);
  const entry = listEntries(out).find((e) => e.name === name)!;
  // Find the entry's central record by its local offset (field at +42).
  let p = out.length - 22;
  while (view.getUint32(p, true) !== 0x06054b50) p--;
  p = view.getUint32(p + 16, true);
  while (view.getUint32(p + 42, true) !== entry.localOffset) p += 46 + view.getUint16(p + 28, true) + view.getUint16(p + 30, true) + view.getUint16(p + 32, true);
  const set = (at: number) => (bits === 16 ? view.setUint16(at, value, true) : view.setUint32(at, value, true));
  set(p + centralOffset);
  if (local !== undefined) set(entry.localOffset + local);
  return out;
}

async function outcome(bytes: Uint8Array, native: boolean): Promise<unknown> {
  try {
    return await readGrids(bytes, native ? { inflateRaw: nodeInflateRaw } : {});
  } catch (e) {
    return { error: (e as Error).message };
  }
}

describe("stored copy of a workbook (native inflate)", () => {
  it("holds every entry stored, with the same names, sizes, CRCs and inflated bytes", async () => {
    const bytes = read(SEED);
    const entries = await guardZip(bytes);
    const copy = storedCopy(bytes, entries, nodeInflateRaw)!;
    expect(copy).not.toBeNull();
    const stored = listEntries(copy);
    expect(stored.map((e) => e.name)).toEqual(entries.map((e) => e.name));
    expect(stored.every((e) => e.method === 0)).toBe(true);
    expect(stored.map((e) => [e.size, e.compressedSize, e.crc32])).toEqual(entries.map((e) => [e.size, e.size, e.crc32]));
    expect(entries.some((e) => e.method === 8)).toBe(true);
    for (let i = 0; i < entries.length; i++) {
      const original: ZipEntry = entries[i];
      const expected = original.method === 8 ? inflateRawSync(entryData(bytes, original)) : entryData(bytes, original);
      expect(Buffer.from(entryData(copy, stored[i])).equals(Buffer.from(expected))).toBe(true);
    }
  });

  it("gives the same grids as ExcelJS's own inflater on every sample workbook", async () => {
    const files = sampleFiles(path.join(ROOT, "samples"));
    expect(files.length).toBeGreaterThan(20);
    for (const f of files) {
      const bytes = read(f);
      expect(storedCopy(bytes, await guardZip(bytes), nodeInflateRaw), f).not.toBeNull();
      expect(await outcome(bytes, true), f).toEqual(await outcome(bytes, false));
    }
  }, 60_000);

  it("is the path the reader takes when given an inflater", async () => {
    let calls = 0;
    const counting: InflateRaw = (data, maxBytes) => (calls++, nodeInflateRaw(data, maxBytes));
    const bytes = read(SEED);
    await readGrids(bytes, { inflateRaw: counting });
    expect(calls).toBe(listEntries(bytes).filter((e) => e.method === 8).length);
  });

  it("throws when an entry inflates to more than its header declares, and the reader falls back to ExcelJS", async () => {
    const bytes = read(SEED);
    const name = "xl/workbook.xml";
    const entry = listEntries(bytes).find((e) => e.name === name)!;
    expect(entry.method).toBe(8);
    // Central size field at +24; the local header's at +22.
    const lying = patchEntry(bytes, name, 24, entry.size - 10, 32, 22);
    expect(() => storedCopy(lying, listEntries(lying), nodeInflateRaw)).toThrow();
    expect(await outcome(lying, true)).toEqual(await outcome(lying, false));
  });

  it("leaves encrypted entries and other compression methods to ExcelJS", async () => {
    const bytes = read(SEED);
    const name = "xl/styles.xml";
    const encrypted = patchEntry(bytes, name, 8, 1, 16, 6);
    expect(storedCopy(encrypted, listEntries(encrypted), nodeInflateRaw)).toBeNull();
    const bzip2 = patchEntry(bytes, name, 10, 12, 16, 8);
    expect(storedCopy(bzip2, listEntries(bzip2), nodeInflateRaw)).toBeNull();
    const viaExcelJS = await outcome(bzip2, false);
    expect(viaExcelJS).toHaveProperty("error");
    expect(await outcome(bzip2, true)).toEqual(viaExcelJS);
  });
});
