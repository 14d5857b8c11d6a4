import {
  type CatalogItem,
  type CatalogItemInput,
  catalogItemSchema,
} from "../../../core/catalog/catalog-item";
import { parseWith } from "../../../core/errors/from-zod";
import type { JsonValue } from "../../../core/journal/canonical-json";
import type { CatalogPort } from "../../../core/ports/catalog-port";
import type { Snapshot } from "../../../core/ports/snapshot-store-port";
import type { SqlClient } from "../sql-client";
import { writeSnapshotInTransaction } from "./sql-snapshot-store";
import { insertRows, toSafeNumber } from "./sql-values";

/**
 * The SQL catalog: lookups by SKU and barcode over the current items, and `publish`, which stores a new
 * versioned catalog snapshot and makes it current in one transaction.
 *
 * @public
 */
export interface SqlCatalog extends CatalogPort {
  /**
   * Validates and publishes a whole catalog as the next version.
   *
   * @throws TillError INVALID_INPUT with the path of a bad item; nothing is written then
   */
  publish(items: readonly CatalogItemInput[]): Promise<Snapshot>;
  /** @returns the current catalog version (0 before the first publish) */
  version(): Promise<number>;
}

/**
 * Makes the SQL catalog.
 *
 * @param client - the SQL client
 * @returns the catalog
 * @public
 */
export function createSqlCatalog(client: SqlClient): SqlCatalog {
  const one = async (sql: string, key: string): Promise<CatalogItem | undefined> => {
    const { rows } = await client.query(sql, [key]);
    return rows[0] === undefined
      ? undefined
      : parseWith(catalogItemSchema, rows[0].payload, ["catalog", key]);
  };
  return {
    findBySku: (sku) => one("select payload from catalog_items where sku = $1", sku),
    findByBarcode: (barcode) =>
      one(
        "select i.payload from catalog_barcodes b join catalog_items i on i.sku = b.sku where b.barcode = $1",
        barcode,
      ),
    async publish(items) {
      const parsed = items.map((item, index) => parseWith(catalogItemSchema, item, ["items", index]));
      const json = JSON.parse(JSON.stringify(parsed)) as JsonValue[];
      return client.transaction(async (transaction) => {
        const snapshot = await writeSnapshotInTransaction(transaction, "catalog", json);
        await transaction.query("delete from catalog_barcodes");
        await transaction.query("delete from catalog_items");
        await insertRows(
          transaction,
          "catalog_items",
          ["sku", "version", "payload"],
          parsed.map((item, index) => [item.sku, snapshot.version, JSON.stringify(json[index])]),
        );
        await insertRows(
          transaction,
          "catalog_barcodes",
          ["barcode", "sku"],
          parsed.flatMap((item) => item.barcodes.map((barcode) => [barcode, item.sku])),
        );
        return snapshot;
      });
    },
    async version() {
      const { rows } = await client.query(
        "select max(version) as version from snapshots where kind = 'catalog'",
      );
      return toSafeNumber(rows[0]?.version ?? 0);
    },
  };
}
