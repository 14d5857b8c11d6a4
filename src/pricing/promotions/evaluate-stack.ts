import { applyItemDeals } from "./apply-item-deals";
import { allocateOverLines, basketAmount, eligibleLines, sharedItemShares } from "./apply-line-rewards";
import { isSolverReward } from "./build-solver-input";
import type { CompiledPromotion } from "./compile-promotion-rules";
import type { PromotionContext } from "./promotion-input";
import { isBasketReward } from "./promotion-reward";
import type { StackingPolicy } from "./promotion-rules";
import type { PromotionNudgeDraft, RejectionDraft } from "./stack-drafts";
import { effectOf, type PromotionEffect, type StackResult } from "./stack-state";
import type { WorkingLine } from "./working-line";

function subtotalOf(lines: readonly WorkingLine[]): bigint {
  return lines.reduce((total, line) => total + line.netMinor, 0n);
}

/** Takes each effect's shares off the lines, in place on a copy the stack owns. */
function takeEffects(lines: WorkingLine[], effects: readonly PromotionEffect[]): void {
  for (const effect of effects) {
    // Only the lines the effect touches are copied; the others are kept as they are.
    for (const index of effect.lines) {
      if (index >= lines.length) continue;
      const line = lines[index] as WorkingLine;
      lines[index] = { ...line, netMinor: line.netMinor - (effect.sharesMinor[index] as bigint) };
    }
  }
}

function rewardPercentOf(promotion: CompiledPromotion): { rewardPercent?: string } {
  return "percent" in promotion.reward ? { rewardPercent: promotion.reward.percent } : {};
}

/** Basket-content conditions: minimum subtotal (on current nets) and minimum qualifying units. */
function checkContents(
  promotion: CompiledPromotion,
  lines: readonly WorkingLine[],
): { rejection: RejectionDraft; nudge: PromotionNudgeDraft } | undefined {
  const minimum = promotion.minSubtotalMinor;
  // The subtotal is summed only for a promotion with a minimum (most have none).
  const subtotal = minimum === undefined ? 0n : subtotalOf(lines);
  if (minimum !== undefined && subtotal < minimum) {
    const reward =
      promotion.reward.type === "fixed_off_basket"
        ? { rewardMinor: promotion.reward.amountMinor }
        : rewardPercentOf(promotion);
    return {
      rejection: {
        promotion,
        reason: "threshold_not_met",
        details: { minSubtotalMinor: minimum.toString(), subtotalMinor: subtotal.toString() },
      },
      nudge: { promotion, kind: "spend_more", amountMinor: minimum - subtotal, ...reward },
    };
  }
  const minQuantity = promotion.source.conditions.minQuantity;
  if (minQuantity === undefined) return undefined;
  const eligible = eligibleLines(promotion, lines, true);
  const present = lines.reduce(
    (count, line, index) => count + (eligible[index] === true ? line.wholeUnits : 0),
    0,
  );
  if (present >= minQuantity) return undefined;
  return {
    rejection: { promotion, reason: "threshold_not_met", details: { minQuantity, quantity: present } },
    nudge: {
      promotion,
      kind: "add_quantity",
      quantity: minQuantity - present,
      ...rewardPercentOf(promotion),
    },
  };
}

/**
 * Evaluates one stack of promotions in the phase order of DESIGN.md: the item deals that compete for
 * units go to the best-deal solver; shared item rewards then compound in priority order; basket rewards
 * follow in priority order, each computed once and allocated by largest remainder on the current nets,
 * with thresholds read on the subtotal after the discounts already applied.
 *
 * @param promotions - eligible promotions in priority order (exclusives and groups already decided)
 * @param start - working lines
 * @param context - the sale's facts
 * @param policy - stacking policy
 * @returns nets, effects, rejections, nudges and the solver report
 * @internal
 */
export function evaluateStack(
  promotions: readonly CompiledPromotion[],
  start: readonly WorkingLine[],
  context: PromotionContext,
  policy: StackingPolicy,
): StackResult {
  const mode = context.roundingMode;
  const rejected: RejectionDraft[] = [];
  const nudges: PromotionNudgeDraft[] = [];
  const effects: PromotionEffect[] = [];
  const lines = start.slice();
  const reject = (found: { rejection: RejectionDraft; nudge: PromotionNudgeDraft }): void => {
    rejected.push(found.rejection);
    nudges.push(found.nudge);
  };
  const itemCandidates = promotions.filter((promotion) => {
    if (isBasketReward(promotion.reward)) return false;
    const problem = checkContents(promotion, lines);
    if (problem !== undefined) reject(problem);
    return problem === undefined;
  });
  const deals = applyItemDeals(lines, itemCandidates.filter(isSolverReward), mode);
  rejected.push(...deals.rejected);
  nudges.push(...deals.nudges);
  effects.push(...deals.effects);
  takeEffects(lines, deals.effects);
  const later = [
    ...itemCandidates
      .filter((promotion) => !isSolverReward(promotion))
      .map((promotion) => ({ promotion, phase: "item" as const })),
    ...promotions
      .filter((promotion) => isBasketReward(promotion.reward))
      .map((promotion) => ({ promotion, phase: "basket" as const })),
  ];
  for (const { promotion, phase } of later) {
    if (phase === "basket") {
      const problem = checkContents(promotion, lines);
      if (problem !== undefined) {
        reject(problem);
        continue;
      }
    }
    const eligible = eligibleLines(promotion, lines, true);
    const shares =
      phase === "item"
        ? sharedItemShares(promotion, lines, eligible, policy, mode)
        : allocateOverLines(basketAmount(promotion, lines, eligible, policy, mode), lines, eligible);
    const effect = effectOf(promotion, phase, shares, 1);
    if (effect.amountMinor === 0n) {
      rejected.push({ promotion, reason: "no_eligible_items", details: {} });
      continue;
    }
    effects.push(effect);
    takeEffects(lines, [effect]);
  }
  const totalMinor = effects.reduce((total, effect) => total + effect.amountMinor, 0n);
  return {
    netsMinor: lines.map((line) => line.netMinor),
    effects,
    rejected,
    nudges,
    solver: deals.solver,
    totalMinor,
  };
}
