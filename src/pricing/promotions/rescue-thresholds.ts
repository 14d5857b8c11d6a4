import type { CompiledPromotion } from "./compile-promotion-rules";
import { evaluateWithStopAfter, type StackChoice } from "./evaluate-with-stop-after";
import type { PromotionContext } from "./promotion-input";
import { isBasketReward } from "./promotion-reward";
import type { StackingPolicy } from "./promotion-rules";
import type { RejectionDraft } from "./stack-drafts";
import type { WorkingLine } from "./working-line";

/** Each step strictly raises the discount; the cap keeps a pathological rule set bounded. */
const MAX_STEPS = 8;

/**
 * The two ways to give way to a basket threshold: drop the item promotion, or (for a repeating deal)
 * apply it once less.
 */
function alternativesWithout(
  kept: readonly CompiledPromotion[],
  promotion: CompiledPromotion,
  applications: number,
): { kept: readonly CompiledPromotion[]; dropped?: CompiledPromotion }[] {
  const others = kept.filter((entry) => entry.id !== promotion.id);
  const out: { kept: readonly CompiledPromotion[]; dropped?: CompiledPromotion }[] = [
    { kept: others, dropped: promotion },
  ];
  const reward = promotion.reward;
  const isRepeating =
    reward.type === "buy_x_get_y" || reward.type === "mix_and_match" || reward.type === "bundle_price";
  if (isRepeating && applications > 1) {
    const capped = { ...promotion, reward: { ...reward, maxApplications: applications - 1 } };
    out.push({ kept: kept.map((entry) => (entry.id === promotion.id ? capped : entry)) });
  }
  return out;
}

/**
 * The smallest shortfall of a basket threshold missed only because item discounts lowered the subtotal
 * below it (the undiscounted subtotal reaches it), or undefined when there is none.
 */
function rescuableGap(choice: StackChoice, lines: readonly WorkingLine[]): bigint | undefined {
  // The subtotals are summed only once a basket threshold was missed (most stacks miss none).
  let startMinor: bigint | undefined;
  let nowMinor = 0n;
  let gap: bigint | undefined;
  for (const entry of choice.result.rejected) {
    const minimum = entry.promotion.minSubtotalMinor;
    if (
      entry.reason !== "threshold_not_met" ||
      !isBasketReward(entry.promotion.reward) ||
      minimum === undefined
    )
      continue;
    if (startMinor === undefined) {
      startMinor = lines.reduce((total, line) => total + line.netMinor, 0n);
      nowMinor = choice.result.netsMinor.reduce((total, net) => total + net, 0n);
    }
    if (minimum > startMinor) continue;
    if (gap === undefined || minimum - nowMinor < gap) gap = minimum - nowMinor;
  }
  return gap;
}

/**
 * Under best_for_customer, an item deal must not cost the customer a basket reward worth more: 2.00 and
 * 0.01 with "any 2 for 1.00" and "2.00 off from 2.00" would give 1.01 off and then miss the threshold
 * (pay 1.00), while skipping the item deal pays 0.01. When a basket threshold is missed that the
 * undiscounted subtotal reaches, each applied item promotion is tried without, and each repeating deal
 * once less (13 units with "any 4 for 14.00" may do better with three groups than four if the fourth
 * pushes the subtotal under a threshold); the best improvement is kept (a dropped promotion is rejected
 * lost_best_deal), and this repeats while it helps.
 *
 * @param promotions - the stack's promotions in priority order
 * @param lines - working lines
 * @param context - the sale's facts
 * @param policy - stacking policy
 * @returns the improved stack and the rejections of the promotions it dropped
 * @internal
 */
export function rescueThresholds(
  promotions: readonly CompiledPromotion[],
  lines: readonly WorkingLine[],
  context: PromotionContext,
  policy: StackingPolicy,
): StackChoice {
  let kept = promotions;
  let current = evaluateWithStopAfter(kept, lines, context, policy);
  const dropped: RejectionDraft[] = [];
  for (let step = 0; step < MAX_STEPS && policy.exclusivity === "best_for_customer"; step++) {
    const gap = rescuableGap(current, lines);
    if (gap === undefined) break;
    let best:
      | { choice: StackChoice; kept: readonly CompiledPromotion[]; dropped?: CompiledPromotion }
      | undefined;
    for (const effect of current.result.effects) {
      // Giving way can raise the subtotal by at most what the promotion took off: smaller ones cannot help.
      if (effect.phase !== "item" || effect.amountMinor < gap) continue;
      for (const candidate of alternativesWithout(kept, effect.promotion, effect.applications)) {
        const choice = evaluateWithStopAfter(candidate.kept, lines, context, policy);
        if (choice.result.totalMinor > (best?.choice.result.totalMinor ?? current.result.totalMinor))
          best = { choice, ...candidate };
      }
    }
    if (best === undefined) break;
    if (best.dropped !== undefined)
      dropped.push({
        promotion: best.dropped,
        reason: "lost_best_deal",
        details: {
          chosenDiscountMinor: best.choice.result.totalMinor.toString(),
          withItDiscountMinor: current.result.totalMinor.toString(),
        },
      });
    kept = best.kept;
    current = best.choice;
  }
  return { result: current.result, rejected: [...dropped, ...current.rejected] };
}
