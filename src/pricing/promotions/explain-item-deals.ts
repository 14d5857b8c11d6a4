import { maxApplications } from "../solver/select-application";
import type { SolverDeal, SolverSolution } from "../solver/solver-types";
import type { SolverInput } from "./build-solver-input";
import type { CompiledPromotion } from "./compile-promotion-rules";
import type { PromotionNudgeDraft, RejectionDraft } from "./stack-drafts";

/**
 * The deals and offers a solution applied, with their counts, for the explanation.
 *
 * @internal
 */
export function countsOf(
  solution: SolverSolution,
  input: SolverInput,
  promotions: readonly CompiledPromotion[],
) {
  const applications = input.deals.map((deal, index) => ({
    promotionId: (promotions[deal.key] as CompiledPromotion).id,
    count: solution.counts[index] ?? 0,
  }));
  for (const offer of input.offers) {
    if (solution.rewardsByKey.has(offer.key))
      applications.push({ promotionId: (promotions[offer.key] as CompiledPromotion).id, count: 1 });
  }
  return applications.filter((entry) => entry.count > 0);
}

/**
 * Why a competing promotion got nothing: its reward item is missing (with an add_item nudge), too few
 * units (threshold_not_met, with an add_quantity nudge when at least one unit is there), nothing it could
 * touch (no_eligible_items), or it lost the best deal
 * (what it gives alone against the chosen combination).
 *
 * @internal
 */
export function explainLoser(
  promotion: CompiledPromotion,
  deal: SolverDeal | undefined,
  aloneMinor: bigint,
  chosenMinor: bigint,
  hasUnits: boolean,
): { rejection: RejectionDraft; nudge?: PromotionNudgeDraft } {
  const reward = promotion.reward;
  if (reward.type === "free_item" && !hasUnits) {
    return {
      rejection: { promotion, reason: "reward_item_missing", details: { sku: reward.sku } },
      nudge: { promotion, kind: "add_item", sku: reward.sku, quantity: reward.quantity },
    };
  }
  // A quantity deal with none of its items in the basket is not a near miss: no nudge to add units of
  // something the customer is not buying (a catalog of fifty deals would nudge fifty times).
  if (deal !== undefined && !hasUnits && deal.eligible.length === 0)
    return { rejection: { promotion, reason: "no_eligible_items", details: {} } };
  if (deal !== undefined && !hasUnits) {
    const needed =
      deal.kind === "buy_x_get_y"
        ? deal.buy + deal.get
        : deal.kind === "mix_and_match"
          ? deal.buy
          : deal.components.length || 1;
    const missing = needed - deal.eligible.length;
    return {
      rejection: {
        promotion,
        reason: "threshold_not_met",
        details: { unitsNeeded: needed, unitsPresent: deal.eligible.length },
      },
      ...(missing > 0 ? { nudge: { promotion, kind: "add_quantity" as const, quantity: missing } } : {}),
    };
  }
  if (aloneMinor === 0n) return { rejection: { promotion, reason: "no_eligible_items", details: {} } };
  return {
    rejection: {
      promotion,
      reason: "lost_best_deal",
      details: { aloneDiscountMinor: aloneMinor.toString(), chosenDiscountMinor: chosenMinor.toString() },
    },
  };
}

/**
 * True when a deal fits at least once on the whole basket.
 *
 * @internal
 */
export function fitsOnce(deal: SolverDeal, unitCount: number): boolean {
  return maxApplications(deal, new Uint8Array(unitCount)) > 0;
}

/**
 * A nudge for an applied repeating deal that one more purchase would trigger again ("add 1 more for a
 * free one").
 *
 * @internal
 */
export function nudgeFor(
  promotion: CompiledPromotion,
  deal: SolverDeal,
  count: number,
): PromotionNudgeDraft | undefined {
  if (count >= deal.maxApplications) return undefined;
  const size =
    deal.kind === "buy_x_get_y" ? deal.buy + deal.get : deal.kind === "mix_and_match" ? deal.buy : 0;
  if (size === 0) return undefined;
  const rest = deal.eligible.length % size;
  const threshold = deal.kind === "buy_x_get_y" ? deal.buy : 1;
  if (rest < threshold) return undefined;
  const rewardPercent = "percent" in promotion.reward ? promotion.reward.percent : undefined;
  return {
    promotion,
    kind: "add_quantity",
    quantity: size - rest,
    ...(rewardPercent === undefined ? {} : { rewardPercent }),
  };
}
