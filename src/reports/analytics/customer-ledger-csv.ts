import type { CustomerLedgerEntry } from "./customer-ledger";

/**
 * The CSV rows of a customer ledger: one row per item of every purchase (header first).
 *
 * @param ledger - from {@link customerLedger}
 * @returns rows for `writeCsv`
 * @public
 */
export function customerLedgerCsv(ledger: readonly CustomerLedgerEntry[]): string[][] {
  const header = [
    "customer",
    "timestamp",
    "register",
    "receipt",
    "sale",
    "sku",
    "quantity",
    "unit_price",
    "amount",
    "receipt_total",
    "points_earned",
    "points_redeemed",
  ];
  const rows = ledger.flatMap((entry) =>
    entry.purchases.flatMap((purchase) =>
      (purchase.items.length === 0 ? [undefined] : purchase.items).map((item) => [
        entry.customerId,
        purchase.timestamp,
        purchase.registerId,
        purchase.receiptNumber === undefined ? "" : String(purchase.receiptNumber),
        purchase.saleId,
        item?.sku ?? "",
        item?.quantity ?? "",
        item?.unitPrice.toString() ?? "",
        item?.amount.toString() ?? "",
        purchase.total.toString(),
        purchase.pointsEarned ?? "",
        purchase.pointsRedeemed ?? "",
      ]),
    ),
  );
  return [header, ...rows];
}
