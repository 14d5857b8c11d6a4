import type { CompiledPromotion } from "./compile-promotion-rules";
import type { PromotionRejectionReason } from "./promotion-outcome";

/**
 * A rejection before amounts are turned into Money.
 *
 * @internal
 */
export interface RejectionDraft {
  readonly promotion: CompiledPromotion;
  readonly reason: PromotionRejectionReason;
  readonly details: Readonly<Record<string, string | number>>;
}

/**
 * A nudge before amounts are turned into Money.
 *
 * @internal
 */
export interface PromotionNudgeDraft {
  readonly promotion: CompiledPromotion;
  readonly kind: "add_quantity" | "spend_more" | "add_item";
  readonly quantity?: number;
  readonly amountMinor?: bigint;
  readonly sku?: string;
  readonly rewardMinor?: bigint;
  readonly rewardPercent?: string;
}

/**
 * The solver's decision before amounts are turned into Money.
 *
 * @internal
 */
export interface SolverDraft {
  readonly discountMinor: bigint;
  readonly nodes: number;
  readonly isExhaustive: boolean;
  readonly alternatives: readonly {
    readonly label: "chosen" | "priority_greedy" | "alone";
    readonly discountMinor: bigint;
    readonly applications: readonly { readonly promotionId: string; readonly count: number }[];
  }[];
}
