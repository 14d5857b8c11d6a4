import type { PricingStage } from "../../core/pipeline/pricing-stage";
import { computeEarnedPoints } from "../loyalty/compute-earned-points";
import { loyaltyLinesOf } from "../loyalty/loyalty-lines";
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
    const lines = loyaltyLinesOf(context.sale, priced);
    const tier = snapshots.loyaltyAccount?.tier ?? context.sale.customer.tier;
    const earned = computeEarnedPoints(loyalty, lines, tier);
    return {
      ...priced,
      notes: [...priced.notes, { code: "LOYALTY_PREVIEW", message: String(earned.points) }],
    };
  },
};
