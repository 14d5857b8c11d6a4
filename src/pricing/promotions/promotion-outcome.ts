import type { Money } from "../../core/money/money";

/**
 * Why a promotion did not apply. Stable codes: hosts and receipts switch on them.
 *
 * @public
 */
export const PROMOTION_REJECTION_REASONS = [
  "threshold_not_met",
  "expired",
  "not_started",
  "outside_time_window",
  "usage_limit_reached",
  "lost_best_deal",
  "blocked_by_exclusive",
  "blocked_by_stop_after",
  "better_in_group",
  "campaign_budget_exceeded",
  "conditions_not_met",
  "coupon_missing",
  "no_eligible_items",
  "reward_item_missing",
] as const;

/**
 * A rejection reason code.
 *
 * @public
 */
export type PromotionRejectionReason = (typeof PROMOTION_REJECTION_REASONS)[number];

/**
 * One line's share of a promotion.
 *
 * @public
 */
export interface PromotionLineShare {
  readonly lineId: string;
  readonly amount: Money;
}

/**
 * A promotion that applied: its total and each line's share (the shares sum to the total).
 *
 * @public
 */
export interface AppliedPromotion {
  readonly promotionId: string;
  readonly name: string;
  readonly phase: "item" | "basket";
  readonly amount: Money;
  /** How many times a repeating deal applied (1 for others). */
  readonly applications: number;
  readonly shares: readonly PromotionLineShare[];
}

/**
 * A promotion that did not apply, with the reason and facts behind it (amounts as decimal text).
 *
 * @public
 */
export interface RejectedPromotion {
  readonly promotionId: string;
  readonly name: string;
  readonly reason: PromotionRejectionReason;
  readonly details: Readonly<Record<string, string | number>>;
}

/**
 * A structured hint for the customer: add quantity, spend more, or add the reward item.
 * "add 1 more for a free one" is `{ kind: "add_quantity", quantity: 1, rewardPercent: "100" }`;
 * "spend 4.01 more for 10.00 off" is `{ kind: "spend_more", amount: 4.01, reward: 10.00 }`.
 *
 * @public
 */
export interface PromotionNudge {
  readonly promotionId: string;
  readonly name: string;
  readonly kind: "add_quantity" | "spend_more" | "add_item";
  readonly quantity?: number;
  readonly amount?: Money;
  readonly sku?: string;
  readonly reward?: Money;
  readonly rewardPercent?: string;
}

/**
 * One alternative the solver weighed, for the explanation ("buy 1 get 1 alone: 3.00 off").
 *
 * @public
 */
export interface SolverAlternative {
  readonly label: "chosen" | "priority_greedy" | "alone";
  readonly discount: Money;
  readonly applications: readonly { readonly promotionId: string; readonly count: number }[];
}

/**
 * How the best-deal solver decided.
 *
 * @public
 */
export interface SolverReport {
  readonly discount: Money;
  readonly nodes: number;
  readonly isExhaustive: boolean;
  readonly alternatives: readonly SolverAlternative[];
}

/**
 * One adjustment a promotion made to a line.
 *
 * @public
 */
export interface PromotionAdjustment {
  readonly promotionId: string;
  readonly name: string;
  readonly phase: "item" | "basket";
  /** The discount, positive. */
  readonly amount: Money;
}

/**
 * One line after promotions.
 *
 * @public
 */
export interface PromotedLine {
  readonly lineId: string;
  readonly net: Money;
  readonly adjustments: readonly PromotionAdjustment[];
}

/**
 * The promotion engine's answer: adjusted lines, the explanation and the total discount.
 *
 * @public
 */
export interface PromotionOutcome {
  readonly lines: readonly PromotedLine[];
  readonly applied: readonly AppliedPromotion[];
  readonly rejected: readonly RejectedPromotion[];
  readonly nudges: readonly PromotionNudge[];
  readonly totalDiscount: Money;
  readonly solver: SolverReport | undefined;
}
