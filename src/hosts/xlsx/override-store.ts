/**
 * Where the browser page remembers recognition corrections for a file it cannot write back to:
 * the browser's local storage, keyed by file name and size. (Inside Excel they live in the workbook.)
 */
import type { TableOverride } from "../port";
import { parseOverrides } from "../overrides";

export interface OverrideStore {
  load(key: string): TableOverride[];
  save(key: string, overrides: TableOverride[]): void;
}

const PREFIX = "budgetCheck.tableOverrides:";

export function memoryOverrideStore(): OverrideStore {
  const map = new Map<string, TableOverride[]>();
  return { load: (k) => map.get(k) ?? [], save: (k, o) => void map.set(k, o) };
}

export function localOverrideStore(storage: Storage | undefined = globalThis.localStorage): OverrideStore {
  if (!storage) return memoryOverrideStore();
  return {
    load: (k) => {
      try {
        return parseOverrides(storage.getItem(PREFIX + k));
      } catch {
        return [];
      }
    },
    save: (k, o) => {
      try {
        if (o.length) storage.setItem(PREFIX + k, JSON.stringify(o));
        else storage.removeItem(PREFIX + k);
      } catch {
        // Storage full or disabled: the correction still applies for this session.
      }
    },
  };
}
