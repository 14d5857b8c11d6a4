import { subtract } from "../../core/money/subtract";
import { sum } from "../../core/money/sum";
import { powerOfTen } from "../../core/numbers/scaled-decimal";
import type { PricingStage } from "../../core/pipeline/pricing-stage";
import { QUANTITY_SCALE } from "../../core/quantity/quantity";
import { computeEarnedPoints, type LoyaltyLine } from "../loyalty/compute-earned-points";
import { readStageRules } from "./stage-rules";

/**
 * The loyalty preview stage, last in the pipeline: the points the sale would earn on its nets excluding
 * tax (taxes included in prices are taken out), for the receipt and the customer display. It is written
 * as a note `LOYALTY_PREVIEW` whose message is the point count; the points are booked only at completion.
 *
 * @throws TillError INVALID_RULE for a malformed program
 * @public
 */
export const previewLoyalty: PricingStage = {
  name: "previewLoyalty",
  run(priced, context) {
    const { loyalty, snapshots } = readStageRules(context);
    if (loyalty === undefined || context.sale.customer === undefined) return priced;
    const saleLines = new Map(context.sale.lines.map((line) => [line.lineId, line]));
    const one = powerOfTen(QUANTITY_SCALE);
    const lines: LoyaltyLine[] = priced.lines.map((line) => {
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
    const tier = snapshots.loyaltyAccount?.tier ?? context.sale.customer.tier;
    const earned = computeEarnedPoints(loyalty, lines, tier);
    return {
      ...priced,
      notes: [...priced.notes, { code: "LOYALTY_PREVIEW", message: String(earned.points) }],
    };
  },
};
