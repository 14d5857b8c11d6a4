import type { CatalogItem } from "./catalog-item";
import type { CatalogSnapshot } from "./catalog-snapshot";

/**
 * The catalog item with a SKU, looking only at the snapshot's own keys: a SKU such as "__proto__" or
 * "toString" must find nothing rather than a member of Object.prototype.
 *
 * @param catalog - the catalog snapshot
 * @param sku - the SKU to look up
 * @returns the item, or undefined
 * @public
 */
export function catalogItemOf(catalog: Pick<CatalogSnapshot, "items">, sku: string): CatalogItem | undefined {
  return Object.hasOwn(catalog.items, sku) ? catalog.items[sku] : undefined;
}
