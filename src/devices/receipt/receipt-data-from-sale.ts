import type { JournalEntry } from "../../core/journal/journal-entry";
import { Money } from "../../core/money/money";
import type { PricedSale } from "../../core/pipeline/priced-sale";
import { parseRate } from "../../core/rate/rate";
import type { Sale } from "../../core/sale/sale";
import type { ReceiptDataInput } from "./receipt-data";

/**
 * What a receipt needs besides the sale itself.
 *
 * @public
 */
export interface ReceiptContext {
  /** Store header. */
  readonly store: ReceiptDataInput["store"];
  /** The journal entry of the completion: its sequence and hash go into the receipt's QR code. */
  readonly journalEntry: Pick<JournalEntry, "seq" | "hash">;
  /** The cashier's display name. */
  readonly cashierName?: string;
  /** Return-policy text printed at the foot. */
  readonly returnPolicy?: string;
  /** Loyalty points earned and the balance after the sale. */
  readonly loyalty?: ReceiptDataInput["loyalty"];
}

const TENDER_METHOD: Readonly<Record<string, ReceiptDataInput["tenders"][number]["method"]>> = {
  cash: "cash",
  "foreign-cash": "foreign-cash",
  card: "card",
  "gift-card": "gift-card",
  "store-credit": "store-credit",
  voucher: "voucher",
  "loyalty-points": "points",
};

function taxSummary(priced: PricedSale): ReceiptDataInput["taxes"] {
  const rows = new Map<
    string,
    { name: string; jurisdiction: string; rate: string; base: bigint; amount: bigint }
  >();
  for (const line of priced.lines) {
    for (const tax of line.taxes) {
      const key = `${tax.taxId}|${tax.rate}|${tax.jurisdiction}`;
      const row = rows.get(key) ?? {
        name: tax.name,
        jurisdiction: tax.jurisdiction,
        rate: tax.rate,
        base: 0n,
        amount: 0n,
      };
      row.base += tax.base.minor;
      row.amount += tax.amount.minor;
      rows.set(key, row);
    }
  }
  return [...rows.values()].map((row) => ({
    name: row.name,
    jurisdiction: row.jurisdiction,
    ratePercent: parseRate(row.rate).toPercentString(),
    base: new Money(row.base, priced.currency).toString(),
    amount: new Money(row.amount, priced.currency).toString(),
  }));
}

/**
 * Builds the neutral receipt data from a completed sale and its priced form, so a host prints exactly
 * what the engine computed: each line with its allocation ledger, the tax summary by rate and
 * jurisdiction, the cash-rounding line, tenders and change, and the journal sequence and hash.
 *
 * @param sale - the completed sale (descriptions, tenders, cash rounding, receipt number)
 * @param priced - its PricedSale
 * @param context - store header, the completion's journal entry, optional cashier name and policy text
 * @returns receipt data for {@link buildReceiptDocument}
 * @public
 */
export function receiptDataFromSale(
  sale: Sale,
  priced: PricedSale,
  context: ReceiptContext,
): ReceiptDataInput {
  const descriptions = new Map(sale.lines.map((line) => [line.lineId, line.description]));
  const rounding = sale.cashRounding;
  return {
    currency: priced.currency,
    mode: sale.isTraining ? "training" : "live",
    store: context.store,
    receiptNumber: sale.receiptNumber ?? sale.saleId,
    issuedAt: sale.completedAt ?? sale.updatedAt,
    register: sale.registerId,
    cashier: { id: sale.cashierId, name: context.cashierName ?? sale.cashierId },
    ...(sale.customer === undefined
      ? {}
      : { customer: { id: sale.customer.customerId, name: sale.customer.name ?? sale.customer.customerId } }),
    lines: priced.lines.map((line) => ({
      description: descriptions.get(line.lineId) ?? line.sku,
      sku: line.sku,
      quantity: line.quantity.toString(),
      ...(line.quantity.unit === "each" ? {} : { unit: line.quantity.unit }),
      unitPrice: line.unitPrice.toString(),
      lineTotal: line.gross.toString(),
      discounts: line.adjustments.map((adjustment) => ({
        promotionName: adjustment.source.name,
        amount: adjustment.amount.toString(),
      })),
    })),
    taxes: taxSummary(priced),
    totals: {
      subtotal: priced.subtotal.toString(),
      discount: priced.discountTotal.toString(),
      tax: priced.taxTotal.toString(),
      total: priced.total.toString(),
      taxIncluded: priced.lines.some((line) => line.taxes.some((tax) => tax.included)),
    },
    ...(rounding === undefined || rounding.difference.minor === 0n
      ? {}
      : {
          cashRounding: {
            adjustment: rounding.difference.toString(),
            roundedTotal: new Money(
              priced.total.minor + rounding.difference.minor,
              priced.currency,
            ).toString(),
          },
        }),
    tenders: sale.tenders
      .filter((tender) => tender.status === "entered" || tender.status === "approved")
      .map((tender) => ({ method: TENDER_METHOD[tender.kind] ?? "other", amount: tender.amount.toString() })),
    change: priced.change.toString(),
    ...(context.loyalty === undefined ? {} : { loyalty: context.loyalty }),
    journal: { sequence: context.journalEntry.seq, hash: context.journalEntry.hash },
    ...(context.returnPolicy === undefined ? {} : { returnPolicy: context.returnPolicy }),
  };
}
