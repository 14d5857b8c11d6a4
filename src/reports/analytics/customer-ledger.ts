import { z } from "zod";
import { parseWith } from "../../core/errors/from-zod";
import { Money } from "../../core/money/money";
import { formatScaled, normalizeScaled } from "../../core/numbers/scaled-decimal";
import type { SaleFact, SaleFacts } from "../projections/sale-fact";
import { makeLocalClock, timeZoneSchema } from "./local-time";

/**
 * zod schema of the customer-ledger options: store time zone and the period the totals group by.
 *
 * @public
 */
export const customerLedgerOptionsSchema = /* @__PURE__ */ z.object({
  timeZone: timeZoneSchema.default("UTC"),
  period: z.enum(["day", "month"]).default("month"),
});

/**
 * Options of {@link customerLedger}.
 *
 * @public
 */
export type CustomerLedgerOptions = z.input<typeof customerLedgerOptionsSchema>;

/**
 * One purchase (or return) in a customer's history.
 *
 * @public
 */
export interface CustomerPurchase {
  readonly timestamp: string;
  readonly registerId: string;
  readonly receiptNumber?: number;
  readonly saleId: string;
  readonly kind: SaleFact["kind"];
  readonly items: readonly { sku: string; quantity: string; unitPrice: Money; amount: Money }[];
  readonly total: Money;
  readonly pointsEarned?: string;
  readonly pointsRedeemed?: string;
}

/**
 * One customer's ledger: the purchases in time order, totals by local period, and the grand total.
 *
 * @public
 */
export interface CustomerLedgerEntry {
  readonly customerId: string;
  readonly purchases: readonly CustomerPurchase[];
  readonly periods: readonly { period: string; receipts: number; total: Money }[];
  readonly total: Money;
}

function quantityText(millionths: bigint): string {
  const value = normalizeScaled({ units: millionths, scale: 6 });
  return formatScaled(value.units, value.scale);
}

function purchaseOf(fact: SaleFact): CustomerPurchase {
  return {
    timestamp: fact.timestamp,
    registerId: fact.registerId,
    ...(fact.receiptNumber === undefined ? {} : { receiptNumber: fact.receiptNumber }),
    saleId: fact.saleId,
    kind: fact.kind,
    items: fact.lines.map((line) => ({
      sku: line.sku,
      quantity: quantityText(line.quantityMillionths),
      unitPrice: line.unitPrice,
      amount: line.net,
    })),
    total: fact.total,
    ...(fact.pointsEarned === undefined ? {} : { pointsEarned: fact.pointsEarned }),
    ...(fact.pointsRedeemed === undefined ? {} : { pointsRedeemed: fact.pointsRedeemed }),
  };
}

/**
 * Each identified customer's purchase history — time, receipt, items, quantities, prices, amounts,
 * points — with totals by day or month in the store's time zone. Anonymous receipts are not in it.
 *
 * @param facts - from `readSaleFacts`
 * @param options - time zone and period
 * @returns one entry per customer, sorted by customer id
 * @throws TillError INVALID_INPUT for bad options
 * @public
 */
export function customerLedger(facts: SaleFacts, options: CustomerLedgerOptions = {}): CustomerLedgerEntry[] {
  const { timeZone, period } = parseWith(customerLedgerOptionsSchema, options, ["options"]);
  const local = makeLocalClock(timeZone);
  const byCustomer = new Map<string, SaleFact[]>();
  for (const fact of facts.sales) {
    if (fact.customerId === undefined) continue;
    const list = byCustomer.get(fact.customerId) ?? [];
    list.push(fact);
    byCustomer.set(fact.customerId, list);
  }
  const money = (minor: bigint) => new Money(minor, facts.currency);
  return [...byCustomer]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([customerId, list]) => {
      const ordered = [...list].sort((a, b) => a.time - b.time);
      const periods = new Map<string, { receipts: number; total: bigint }>();
      for (const fact of ordered) {
        const at = local(fact.time);
        const key = period === "day" ? at.date : at.month;
        const row = periods.get(key) ?? { receipts: 0, total: 0n };
        row.receipts += 1;
        row.total += fact.total.minor;
        periods.set(key, row);
      }
      return {
        customerId,
        purchases: ordered.map(purchaseOf),
        periods: [...periods].map(([key, row]) => ({
          period: key,
          receipts: row.receipts,
          total: money(row.total),
        })),
        total: money(ordered.reduce((sum, fact) => sum + fact.total.minor, 0n)),
      };
    });
}
