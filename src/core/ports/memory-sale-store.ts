import type { SaleStorePort, StoredSale } from "./sale-store-port";

/**
 * An in-memory sale store (tests, demos). Records are immutable values, so they are kept as given.
 *
 * @returns a sale store port with a `records` view for tests
 * @public
 */
export function createMemorySaleStore(): SaleStorePort & { readonly records: () => readonly StoredSale[] } {
  const records = new Map<string, StoredSale>();
  const all = () => [...records.values()];
  return {
    records: all,
    save: async (record) => {
      records.set(record.sale.saleId, record);
    },
    load: async (saleId) => records.get(saleId),
    findByReceipt: async (receiptNumber) =>
      all().find((record) => record.sale.status !== "open" && record.sale.receiptNumber === receiptNumber),
    findReturnsOf: async (saleId) =>
      all().filter(
        (record) =>
          record.sale.status === "completed" &&
          record.sale.lines.some((line) => line.returnOf?.saleId === saleId),
      ),
    listSuspended: async (registerId) =>
      all().filter((record) => record.sale.status === "suspended" && record.sale.registerId === registerId),
  };
}
