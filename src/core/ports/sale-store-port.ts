import type { PricedSale } from "../pipeline/priced-sale";
import type { Sale } from "../sale/sale";

/**
 * A sale as stored: the sale and, once completed, the PricedSale it was charged at (the allocation ledger
 * returns refund from).
 *
 * @public
 */
export interface StoredSale {
  readonly sale: Sale;
  readonly priced?: PricedSale;
}

/**
 * The sale store port: suspended sales, completed sales and their returns.
 *
 * @public
 */
export interface SaleStorePort {
  /** Writes (or replaces) a sale by its id. */
  save(record: StoredSale): Promise<void>;
  /** @returns the sale with this id, or undefined */
  load(saleId: string): Promise<StoredSale | undefined>;
  /** @returns the completed sale with this receipt number, or undefined */
  findByReceipt(receiptNumber: string): Promise<StoredSale | undefined>;
  /** @returns completed sales with lines that return lines of `saleId` */
  findReturnsOf(saleId: string): Promise<readonly StoredSale[]>;
  /** @returns suspended sales of a register */
  listSuspended(registerId: string): Promise<readonly StoredSale[]>;
}
