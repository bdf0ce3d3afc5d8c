/**
 * Where =BUDGET.SUBJECT gets its catalog: the bundled catalog by default, loaded once and cached.
 * Tests and hosts may install another loader (a user-supplied catalog, a fixture).
 */
import { loadBundledCatalog, type Catalog } from "../core/catalog/catalog";

export type CatalogLoader = () => Catalog | Promise<Catalog>;

let loader: CatalogLoader = loadBundledCatalog;
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
