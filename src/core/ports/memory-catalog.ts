import { type CatalogItem, type CatalogItemInput, catalogItemSchema } from "../catalog/catalog-item";
import { parseWith } from "../errors/from-zod";
import type { CatalogPort } from "./catalog-port";

/**
 * An in-memory catalog: items validated once, found by SKU or by any of their barcodes.
 *
 * @param items - catalog items (JSON or values)
 * @returns a catalog port
 * @throws TillError INVALID_INPUT with the path of a bad item
 * @public
 */
export function createMemoryCatalog(items: readonly CatalogItemInput[]): CatalogPort & {
  readonly items: readonly CatalogItem[];
} {
  const parsed = items.map((item, index) => parseWith(catalogItemSchema, item, ["items", index]));
  const bySku = new Map(parsed.map((item) => [item.sku, item]));
  const byBarcode = new Map(parsed.flatMap((item) => item.barcodes.map((code) => [code, item] as const)));
  return {
    items: parsed,
    findBySku: async (sku) => bySku.get(sku),
    findByBarcode: async (barcode) => byBarcode.get(barcode),
  };
}
