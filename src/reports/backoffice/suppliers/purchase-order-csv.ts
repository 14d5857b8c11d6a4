import { type CsvOptions, writeCsv } from "../../csv/write-csv";
import type { PurchaseOrderDraft } from "./purchase-order-draft";

const HEADER = [
  "purchase_order_id",
  "supplier_id",
  "store_id",
  "line",
  "sku",
  "supplier_sku",
  "quantity",
  "pack_size",
  "packs",
  "unit_cost",
  "line_total",
  "currency",
];

/**
 * Writes purchase-order drafts as one CSV an ERP can import: a header and one row per line, amounts as
 * plain decimals at the currency's exponent ("12.30"), quantities as exact decimals.
 *
 * @param drafts - drafts from `draftPurchaseOrders`
 * @param options - delimiter and newline (RFC 4180 by default)
 * @returns the CSV text
 * @throws TillError INVALID_INPUT for bad options
 * @public
 */
export function purchaseOrderCsv(drafts: readonly PurchaseOrderDraft[], options: CsvOptions = {}): string {
  const rows = drafts.flatMap((draft) =>
    draft.lines.map((line) => [
      draft.purchaseOrderId,
      draft.supplierId,
      draft.storeId,
      String(line.lineNumber),
      line.sku,
      line.supplierSku,
      line.quantity,
      line.packSize,
      line.packs,
      line.unitCost.toString(),
      line.lineTotal.toString(),
      line.lineTotal.currency,
    ]),
  );
  return writeCsv([HEADER, ...rows], options);
}
