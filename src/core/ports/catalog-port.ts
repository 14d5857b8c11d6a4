import type { CatalogItem } from "../catalog/catalog-item";

/**
 * The catalog lookup port. Implementations may be remote; the till looks items up before it changes the
 * sale and keeps what it found in the snapshot pricing reads.
 *
 * @public
 */
export interface CatalogPort {
  /**
   * @param sku - the SKU
   * @returns the item, or undefined when unknown
   */
  findBySku(sku: string): Promise<CatalogItem | undefined>;
  /**
   * @param barcode - the scanned code as the scanner gave it (GTIN, EAN-13, UPC-A, PLU)
   * @returns the item, or undefined when unknown
   */
  findByBarcode(barcode: string): Promise<CatalogItem | undefined>;
}
