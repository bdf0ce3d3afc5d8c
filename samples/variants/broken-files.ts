/**
 * Files a user may pick that are not readable workbooks: a truncated .xlsx (a failed download),
 * a text file named .xlsx, and an OLE2 compound file (what an old .xls or a password-protected
 * workbook is) saved as .xlsx.
 */

/**
 * The first `keep` bytes of a real workbook, its zip entries' modification times set to a fixed
 * date so that the file is the same on every build.
 */
export function truncated(workbook: Uint8Array, keep = 2048): Uint8Array {
  const out = workbook.slice(0, keep);
  const view = new DataView(out.buffer);
  for (let i = 0; i + 14 <= out.length; i++) {
    if (view.getUint32(i, true) === 0x04034b50) {
      view.setUint16(i + 10, 0x4000, true); // 08:00:00
      view.setUint16(i + 12, 0x583f, true); // 2024-01-31
    }
  }
  return out;
}

export function textFile(): Uint8Array {
  return new TextEncoder().encode("科目编码,科目名称,合计\n201,一般公共服务支出,228.36\n");
}

/**
 * A minimal OLE2 compound-file header (signature D0 CF 11 E0 A1 B1 1A E1, version 3, 512-byte
 * sectors) followed by empty sectors: enough for any reader to recognise the container.
 */
export function ole2Container(): Uint8Array {
  const bytes = new Uint8Array(512 * 3);
  bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], 0);
  const view = new DataView(bytes.buffer);
  view.setUint16(0x18, 0x003e, true); // minor version
  view.setUint16(0x1a, 0x0003, true); // major version 3
  view.setUint16(0x1c, 0xfffe, true); // little-endian byte order mark
  view.setUint16(0x1e, 0x0009, true); // sector size 2^9
  view.setUint16(0x20, 0x0006, true); // mini sector size 2^6
  view.setUint32(0x2c, 1, true); // one FAT sector
  view.setUint32(0x30, 1, true); // first directory sector
  view.setUint32(0x38, 0x1000, true); // mini stream cutoff
  view.setUint32(0x3c, 0xfffffffe, true); // no mini FAT
  view.setUint32(0x44, 0xfffffffe, true); // no DIFAT sectors
  for (let i = 0; i < 109; i++) view.setUint32(0x4c + i * 4, i === 0 ? 0 : 0xffffffff, true);
  // FAT (sector 0): sector 0 is FAT, sector 1 ends the directory chain.
  view.setUint32(512, 0xfffffffd, true);
  view.setUint32(516, 0xfffffffe, true);
  for (let i = 2; i < 128; i++) view.setUint32(512 + i * 4, 0xffffffff, true);
  return bytes;
}
