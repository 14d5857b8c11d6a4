import { sha256Hex } from "../../../core/journal/sha256-hex";
import type { PricedSale } from "../../../core/pipeline/priced-sale";
import type { StoredSale } from "../../../core/ports/sale-store-port";
import type { Sale } from "../../../core/sale/sale";

/** @internal The sale_lines columns, in the order of {@link lineRows}. */
export const LINE_COLUMNS = [
  "sale_id",
  "line_no",
  "line_id",
  "sku",
  "quantity_millionths",
  "unit_price_minor",
  "net_minor",
  "tax_minor",
  "total_minor",
  "payload",
];

/**
 * The priced lines of a sale as sale_lines rows (tax is the sum of the line's taxes).
 *
 * @internal
 */
export function lineRows(saleId: string, priced: PricedSale): unknown[][] {
  return lineColumns(saleId, priced).map((row, index) => [...row, JSON.stringify(priced.lines[index])]);
}

/**
 * The sale_lines rows of {@link lineRows} without their payload column.
 *
 * @internal
 */
export function lineColumns(saleId: string, priced: PricedSale): unknown[][] {
  return priced.lines.map((line, index) => {
    let taxMinor = 0n;
    for (const tax of line.taxes) taxMinor += tax.amount.minor;
    return [
      saleId,
      index + 1,
      line.lineId,
      line.sku,
      line.quantity.millionths.toString(),
      line.unitPrice.minor.toString(),
      line.net.minor.toString(),
      taxMinor.toString(),
      line.total.minor.toString(),
    ];
  });
}

/** @internal The tenders columns, in the order of {@link tenderRows}. */
export const TENDER_COLUMNS = ["sale_id", "tender_id", "kind", "amount_minor", "currency", "payload"];

/**
 * The tenders of a sale as tenders rows.
 *
 * @internal
 */
export function tenderRows(sale: Sale): unknown[][] {
  return tenderColumns(sale).map((row, index) => [...row, JSON.stringify(sale.tenders[index])]);
}

/**
 * The tenders rows of {@link tenderRows} without their payload column.
 *
 * @internal
 */
export function tenderColumns(sale: Sale): unknown[][] {
  return sale.tenders.map((tender) => [
    sale.saleId,
    tender.tenderId,
    tender.kind,
    tender.amount.minor.toString(),
    tender.amount.currency,
  ]);
}

/** The numeric part of "R1-42"; training receipts ("R1-T7") have none. */
function receiptNumberOf(receipt: string | undefined, registerId: string): string | null {
  if (receipt === undefined) return null;
  const digits = receipt.slice(registerId.length + 1);
  return receipt.startsWith(`${registerId}-`) && /^\d+$/.test(digits) ? digits : null;
}

/** @internal The sales columns, in the order of {@link saleRow}. */
export const SALE_COLUMNS = [
  "sale_id",
  "store_id",
  "register_id",
  "receipt_number",
  "receipt",
  "status",
  "customer_id",
  "currency",
  "total_minor",
  "completed_at",
  "payload_hash",
  "payload",
];

/**
 * A sale as its sales row: the record as JSON text and the SHA-256 of that text.
 *
 * @internal
 */
export async function saleRow(record: StoredSale): Promise<unknown[]> {
  const payload = JSON.stringify(record);
  return [...saleColumns(record), await sha256Hex(payload), payload];
}

/**
 * The sales row of {@link saleRow} without its payload and payload hash.
 *
 * @internal
 */
export function saleColumns(record: StoredSale): unknown[] {
  const { sale, priced } = record;
  return [
    sale.saleId,
    sale.storeId,
    sale.registerId,
    receiptNumberOf(sale.receiptNumber, sale.registerId),
    sale.receiptNumber ?? null,
    sale.status,
    sale.customer?.customerId ?? null,
    sale.currency,
    (priced?.total.minor ?? 0n).toString(),
    sale.completedAt ?? null,
  ];
}
