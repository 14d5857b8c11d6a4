import type { CompiledPromotion } from "./compile-promotion-rules";
import { evaluateStack } from "./evaluate-stack";
import { evaluateWithStopAfter, type StackChoice } from "./evaluate-with-stop-after";
import type { PromotionContext } from "./promotion-input";
import type { StackingPolicy } from "./promotion-rules";
import { rescueThresholds } from "./rescue-thresholds";
import type { RejectionDraft } from "./stack-drafts";
import type { StackResult } from "./stack-state";
import type { WorkingLine } from "./working-line";

function loserOf(promotion: CompiledPromotion, alone: StackResult, chosenMinor: bigint): RejectionDraft[] {
  if (alone.totalMinor === 0n) return alone.rejected.filter((entry) => entry.promotion.id === promotion.id);
  return [
    {
      promotion,
      reason: "lost_best_deal",
      details: {
        aloneDiscountMinor: alone.totalMinor.toString(),
        chosenDiscountMinor: chosenMinor.toString(),
      },
    },
  ];
}

/**
 * Decides between exclusive promotions and the stack of the others. best_for_customer keeps whichever
 * gives the larger discount (ties keep the stack, then the higher-priority exclusive); exclusive_overrides
 * lets the first applicable exclusive in priority order win.
 *
 * @param promotions - eligible promotions in priority order
 * @param lines - working lines
 * @param context - the sale's facts
 * @param policy - stacking policy
 * @returns the chosen stack and the rejections the choice caused
 * @internal
 */
export function chooseStack(
  promotions: readonly CompiledPromotion[],
  lines: readonly WorkingLine[],
  context: PromotionContext,
  policy: StackingPolicy,
): StackChoice {
  const exclusives = promotions.filter((promotion) => promotion.source.mode.kind === "exclusive");
  const others = promotions.filter((promotion) => promotion.source.mode.kind !== "exclusive");
  if (exclusives.length === 0) return rescueThresholds(others, lines, context, policy);
  const alone = exclusives.map((promotion) => ({
    promotion,
    result: evaluateStack([promotion], lines, context, policy),
  }));
  let winner: (typeof alone)[number] | undefined;
  let stack: StackChoice | undefined;
  if (policy.exclusivity === "exclusive_overrides") {
    winner = alone.find((entry) => entry.result.totalMinor > 0n);
    if (winner === undefined) stack = evaluateWithStopAfter(others, lines, context, policy);
  } else {
    stack = rescueThresholds(others, lines, context, policy);
    for (const entry of alone) {
      if (entry.result.totalMinor > (winner?.result.totalMinor ?? stack.result.totalMinor)) winner = entry;
    }
  }
  const chosen = winner === undefined ? (stack as StackChoice) : { result: winner.result, rejected: [] };
  const chosenMinor = chosen.result.totalMinor;
  const rejected: RejectionDraft[] = [...chosen.rejected];
  for (const entry of alone) {
    if (entry === winner) continue;
    if (winner !== undefined && policy.exclusivity === "exclusive_overrides")
      rejected.push({
        promotion: entry.promotion,
        reason: "blocked_by_exclusive",
        details: { blockedBy: winner.promotion.id },
      });
    else rejected.push(...loserOf(entry.promotion, entry.result, chosenMinor));
  }
  if (winner !== undefined) {
    for (const promotion of others)
      rejected.push({
        promotion,
        reason: "blocked_by_exclusive",
        details: { blockedBy: winner.promotion.id },
      });
  }
  return { result: chosen.result, rejected };
}
