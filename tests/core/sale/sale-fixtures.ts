import {
  applySaleAction,
  type CatalogItemInput,
  type CatalogSnapshot,
  catalogItemSchema,
  catalogSnapshotSchema,
  createSale,
  lineFromCatalogItem,
  type PricingContext,
  type PricingStage,
  priceSale,
  type Sale,
} from "../../../src/core/checkout";
import { stages as defaultTestStages } from "../pipeline/test-stages";

const eur = (amount: string) => ({ amount, currency: "EUR" });

/** A small catalog: pieces in two tax categories, a weighed item, BOGO items. */
export const catalogItems: CatalogItemInput[] = [
  { sku: "COFFEE", description: "Coffee beans", unitPrice: eur("12.99"), barcodes: ["4006381333931"] },
  { sku: "MILK", description: "Milk", unitPrice: eur("7.49"), taxCategory: "reduced" },
  { sku: "BREAD", description: "Bread", unitPrice: eur("3.50"), taxCategory: "reduced" },
  { sku: "APPLES", description: "Apples", unitPrice: eur("3.99"), unit: "kg", taxCategory: "reduced" },
  { sku: "BOGO-A", description: "Shirt", unitPrice: eur("10.00"), tags: ["bogo"] },
  { sku: "BOGO-B", description: "Socks", unitPrice: eur("8.00"), tags: ["bogo"] },
  { sku: "PEN", description: "Pen", unitPrice: eur("0.99") },
];

export const snapshot: CatalogSnapshot = catalogSnapshotSchema.parse({
  items: Object.fromEntries(catalogItems.map((item) => [item.sku, item])),
});

export const NOW = "2026-11-23T12:00:00.000Z";
export const rules = { testTax: { standard: "0.10", reduced: "0.05" } };

export function emptySale(saleId = "sale-1"): Sale {
  return createSale({
    saleId,
    storeId: "store-1",
    registerId: "reg-1",
    cashierId: "emp-1",
    currency: "EUR",
    at: NOW,
  });
}

/** A sale with lines `[sku, quantity]`, line ids line-1, line-2, ... */
export function saleWith(entries: readonly (readonly [string, string])[], saleId = "sale-1"): Sale {
  return entries.reduce((sale, [sku, quantity], index) => {
    const item = catalogItemSchema.parse(snapshot.items[sku]);
    const line = lineFromCatalogItem(
      item,
      { quantity },
      { lineId: `line-${index + 1}`, by: "emp-1", at: NOW },
    );
    return applySaleAction(sale, { type: "addLine", line, at: NOW });
  }, emptySale(saleId));
}

export function contextFor(sale: Sale): PricingContext {
  return { sale, catalog: snapshot, rules, now: NOW, policies: { roundingMode: "half-up", refs: [] } };
}

export function price(sale: Sale, pipeline: readonly PricingStage[] = defaultTestStages) {
  return priceSale(sale, contextFor(sale), pipeline);
}
