import type { CompiledPromotion } from "./compile-promotion-rules";
import { evaluateStack } from "./evaluate-stack";
import type { PromotionContext } from "./promotion-input";
import type { StackingPolicy } from "./promotion-rules";
import type { RejectionDraft } from "./stack-drafts";
import type { StackResult } from "./stack-state";
import type { WorkingLine } from "./working-line";

/**
 * A decided stack and the promotions that the decision shut out.
 *
 * @internal
 */
export interface StackChoice {
  readonly result: StackResult;
  readonly rejected: readonly RejectionDraft[];
}

function hasApplied(result: StackResult, promotion: CompiledPromotion): boolean {
  return result.effects.some((effect) => effect.promotion.id === promotion.id);
}

/**
 * Evaluates a stack honouring stop_after: once a stop_after promotion applies, every promotion after it
 * in priority order is blocked. One that does not apply stops nothing.
 *
 * @internal
 */
export function evaluateWithStopAfter(
  promotions: readonly CompiledPromotion[],
  lines: readonly WorkingLine[],
  context: PromotionContext,
  policy: StackingPolicy,
): StackChoice {
  for (let index = 0; index < promotions.length; index++) {
    const promotion = promotions[index] as CompiledPromotion;
    if (promotion.source.mode.kind !== "stop_after") continue;
    const result = evaluateStack(promotions.slice(0, index + 1), lines, context, policy);
    if (!hasApplied(result, promotion)) continue;
    const rejected = promotions.slice(index + 1).map(
      (blocked): RejectionDraft => ({
        promotion: blocked,
        reason: "blocked_by_stop_after",
        details: { stoppedBy: promotion.id },
      }),
    );
    return { result, rejected };
  }
  return { result: evaluateStack(promotions, lines, context, policy), rejected: [] };
}
