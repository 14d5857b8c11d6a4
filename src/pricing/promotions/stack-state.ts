import type { CompiledPromotion } from "./compile-promotion-rules";
import type { PromotionNudgeDraft, RejectionDraft, SolverDraft } from "./stack-drafts";

/**
 * What one promotion did inside a stack: its per-line shares in minor units (index = line index).
 *
 * @internal
 */
export interface PromotionEffect {
  readonly promotion: CompiledPromotion;
  readonly phase: "item" | "basket";
  readonly sharesMinor: readonly bigint[];
  readonly amountMinor: bigint;
  readonly applications: number;
}

/**
 * The result of evaluating one stack of promotions (no exclusives, no groups, no budgets: those are decided
 * around it).
 *
 * @internal
 */
export interface StackResult {
  readonly netsMinor: readonly bigint[];
  readonly effects: readonly PromotionEffect[];
  readonly rejected: readonly RejectionDraft[];
  readonly nudges: readonly PromotionNudgeDraft[];
  readonly solver: SolverDraft | undefined;
  readonly totalMinor: bigint;
}
