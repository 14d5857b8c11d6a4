import { subtract } from "../../core/money/subtract";
import { sum } from "../../core/money/sum";
import { powerOfTen } from "../../core/numbers/scaled-decimal";
import type { PricedSale } from "../../core/pipeline/priced-sale";
import { QUANTITY_SCALE } from "../../core/quantity/quantity";
import type { Sale } from "../../core/sale/sale";
import type { LoyaltyLine } from "./compute-earned-points";

/**
 * The lines of a priced sale as loyalty reads them: net excluding tax (taxes included in prices are
 * taken out), with the sale line's category, tags and brand. Locked lines (returns, clawbacks) earn
 * nothing here: a return reverses the points of its original sale instead.
 *
 * @param sale - the sale (for categories, tags, brands)
 * @param priced - its pricing
 * @returns the loyalty lines, in priced order
 * @internal
 */
export function loyaltyLinesOf(sale: Sale, priced: PricedSale): LoyaltyLine[] {
  const saleLines = new Map(sale.lines.map((line) => [line.lineId, line]));
  const one = powerOfTen(QUANTITY_SCALE);
  return priced.lines
    .filter((line) => !line.isLocked)
    .map((line) => {
      const saleLine = saleLines.get(line.lineId);
      const included = sum(
        line.taxes.filter((tax) => tax.included).map((tax) => tax.amount),
        priced.currency,
      );
      return {
        lineId: line.lineId,
        sku: line.sku,
        category: saleLine?.category,
        tags: saleLine?.tags,
        brand: saleLine?.brand,
        net: subtract(line.net, included),
        units: line.quantity.millionths % one === 0n ? Number(line.quantity.millionths / one) : 1,
      };
    });
}
