/**
 * Where =BUDGET.SUBJECT gets its catalog: a loader that is called once and cached. Tests and
 * hosts may install another loader (a user-supplied catalog, a fixture).
 */
import type { Catalog } from "../core/catalog/catalog";
import { notAvailable } from "./logic/errors";

export type CatalogLoader = () => Catalog | Promise<Catalog>;

const unavailable: CatalogLoader = () => {
  throw notAvailable("科目表尚未加载");
};

let loader: CatalogLoader = unavailable;
let cached: Promise<Catalog> | null = null;

export function setCatalogLoader(next: CatalogLoader): void {
  loader = next;
  cached = null;
}

export function getCatalog(): Promise<Catalog> {
  if (!cached) {
    cached = Promise.resolve().then(loader);
    // A failed load is not cached: the next call tries again.
    cached.catch(() => {
      cached = null;
    });
  }
  return cached;
}
