import { allocateMinor } from "../../core/allocation/allocate-minor";
import { moneyFromMinor } from "../../core/money/create-money";
import { addAdjustment } from "../../core/pipeline/priced-line-helpers";
import type { PricedSale } from "../../core/pipeline/priced-sale";
import type { PricingStage } from "../../core/pipeline/pricing-stage";
import { planRedemption } from "../loyalty/plan-redemption";
import { readStageRules } from "./stage-rules";

function payableMinor(priced: PricedSale): bigint[] {
  return priced.lines.map((line) => (line.isLocked || line.net.minor <= 0n ? 0n : line.net.minor));
}

/**
 * The points-redemption stage: the last discount phase by default, so the points lower the taxable base.
 * Reads the program from `context.rules.loyalty` and the request and balance from
 * `context.rules.snapshots` (`pointsRedemption`, `loyaltyAccount`). The amount is allocated over the
 * lines by largest remainder on their nets, as "points" ledger entries. A request beyond the balance or
 * below the minimum is a reasoned rejection in the explanation; a program whose redemption is a tender
 * leaves pricing alone.
 *
 * @throws TillError INVALID_RULE for a malformed program
 * @public
 */
export const redeemPoints: PricingStage = {
  name: "redeemPoints",
  run(priced, context) {
    const { loyalty, snapshots } = readStageRules(context);
    const request = snapshots.pointsRedemption;
    if (loyalty === undefined || request === undefined || loyalty.redemption?.mode === "tender")
      return priced;
    const weights = payableMinor(priced);
    const basketMinor = weights.reduce((a, b) => a + b, 0n);
    const balance = snapshots.loyaltyAccount?.balance ?? 0;
    const plan = planRedemption(
      loyalty,
      balance,
      request.points,
      moneyFromMinor(basketMinor, priced.currency),
    );
    const explanation = priced.explanation;
    if (plan.status === "rejected") {
      const message = Object.entries(plan.details)
        .map(([key, value]) => `${key}=${value}`)
        .join(", ");
      return {
        ...priced,
        explanation: {
          ...explanation,
          rejected: [
            ...explanation.rejected,
            { ruleId: loyalty.id, kind: "points", reasonCode: plan.reason, message },
          ],
        },
      };
    }
    const shares = allocateMinor(plan.amount.minor, weights);
    const source = { kind: "points" as const, id: loyalty.id, name: `${plan.points} points` };
    const lines = priced.lines.map((line, index) =>
      addAdjustment(line, { source, amount: moneyFromMinor(shares[index] ?? 0n, priced.currency) }),
    );
    const lineIds = priced.lines
      .filter((_, index) => (shares[index] ?? 0n) !== 0n)
      .map((line) => line.lineId);
    const applied = { ruleId: loyalty.id, kind: "points", name: source.name, amount: plan.amount, lineIds };
    const notes = plan.isCapped
      ? [
          ...priced.notes,
          {
            code: "POINTS_CAPPED",
            message: `Redemption capped at ${plan.points} points (maximum share of the basket)`,
          },
        ]
      : priced.notes;
    return {
      ...priced,
      lines,
      notes,
      explanation: { ...explanation, applied: [...explanation.applied, applied] },
    };
  },
};
