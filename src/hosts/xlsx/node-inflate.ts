/** Node's native raw-deflate inflater for the reader (read.ts, stored-zip.ts). Node only: the CLI imports it, never the page. */
import { inflateRawSync } from "node:zlib";
import type { InflateRaw } from "./stored-zip";

export const nodeInflateRaw: InflateRaw = (data, maxBytes) =>
  // maxOutputLength stops an entry that inflates beyond what its header declared.
  inflateRawSync(data, { maxOutputLength: Math.max(1, maxBytes) });
