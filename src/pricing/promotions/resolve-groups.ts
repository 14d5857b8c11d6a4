import type { CompiledPromotion } from "./compile-promotion-rules";
import { evaluateStack } from "./evaluate-stack";
import type { PromotionContext } from "./promotion-input";
import type { StackingPolicy } from "./promotion-rules";
import type { RejectionDraft } from "./stack-drafts";
import type { WorkingLine } from "./working-line";

/**
 * Keeps only the best promotion of each best_in_group group: each member is evaluated alone and the
 * largest discount wins (ties to priority order); the others are rejected better_in_group.
 *
 * @param promotions - eligible promotions in priority order
 * @param lines - working lines
 * @param context - the sale's facts
 * @param policy - stacking policy
 * @returns the promotions kept and the rejections
 * @internal
 */
export function resolveGroups(
  promotions: readonly CompiledPromotion[],
  lines: readonly WorkingLine[],
  context: PromotionContext,
  policy: StackingPolicy,
): { kept: CompiledPromotion[]; rejected: RejectionDraft[] } {
  const groups = new Map<string, CompiledPromotion[]>();
  for (const promotion of promotions) {
    const mode = promotion.source.mode;
    if (mode.kind === "best_in_group") groups.set(mode.group, [...(groups.get(mode.group) ?? []), promotion]);
  }
  const losers = new Set<string>();
  const rejected: RejectionDraft[] = [];
  for (const [group, members] of groups) {
    if (members.length < 2) continue;
    const scored = members.map((promotion) => ({
      promotion,
      minor: evaluateStack([promotion], lines, context, policy).totalMinor,
    }));
    let best = scored[0] as (typeof scored)[number];
    for (const entry of scored) if (entry.minor > best.minor) best = entry;
    for (const entry of scored) {
      if (entry === best) continue;
      losers.add(entry.promotion.id);
      rejected.push({
        promotion: entry.promotion,
        reason: "better_in_group",
        details: {
          group,
          winner: best.promotion.id,
          winnerDiscountMinor: best.minor.toString(),
          ownDiscountMinor: entry.minor.toString(),
        },
      });
    }
  }
  return { kept: promotions.filter((promotion) => !losers.has(promotion.id)), rejected };
}
