import type { PricedLine, PricedSale } from "../../core/pipeline/priced-sale";
import type { PricingContext } from "../../core/pipeline/pricing-context";
import type { TaxDocument, TaxLine } from "../plan/tax-document";

/**
 * The tax line of one priced line: its effective unit price, quantity and tax category, and every entry of
 * its allocation ledger as a store-funded discount (promotions, coupons, manual discounts and points all
 * lower what the store is paid, so they lower the tax base).
 *
 * @param line - an unlocked priced line
 * @returns the tax line
 * @internal
 */
export function taxLineFromPriced(line: PricedLine): TaxLine {
  return {
    id: line.lineId,
    unitPrice: line.unitPrice,
    quantity: line.quantity,
    taxCategory: line.taxCategory,
    kind: "item",
    discounts: line.adjustments.map((adjustment) => ({
      source: `${adjustment.source.kind}:${adjustment.source.id}`,
      amount: adjustment.amount,
      funding: "store" as const,
    })),
  };
}

/**
 * The tax document of a priced sale: its unlocked lines, dated by the pricing clock value (rates are
 * chosen by their effective range on that day, "YYYY-MM-DD").
 *
 * @param priced - the sale as priced so far
 * @param context - the pricing context (clock value)
 * @returns the tax document
 * @internal
 */
export function taxDocumentFromPriced(priced: PricedSale, context: PricingContext): TaxDocument {
  return {
    currency: priced.currency,
    date: context.now.slice(0, 10),
    lines: priced.lines.filter((line) => !line.isLocked).map(taxLineFromPriced),
  };
}
