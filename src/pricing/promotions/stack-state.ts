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
  /**
   * The lines with a non-zero share, ascending. Most effects touch a few lines of a large basket: the
   * readers walk these instead of every line's share (four walks over every share of every effect were
   * about a tenth of the promotion phase of a 100-line basket).
   */
  readonly lines: readonly number[];
  readonly amountMinor: bigint;
  readonly applications: number;
}

/**
 * An effect from its per-line shares: the lines it touches and its amount are read off them once.
 *
 * @param promotion - the promotion
 * @param phase - item or basket
 * @param sharesMinor - the share per line, in minor units
 * @param applications - how many times a repeating deal applied (1 for others)
 * @returns the effect
 * @internal
 */
export function effectOf(
  promotion: CompiledPromotion,
  phase: "item" | "basket",
  sharesMinor: readonly bigint[],
  applications: number,
): PromotionEffect {
  const lines: number[] = [];
  let amountMinor = 0n;
  for (let index = 0; index < sharesMinor.length; index++) {
    const share = sharesMinor[index];
    if (share === undefined || share === 0n) continue;
    lines.push(index);
    amountMinor += share;
  }
  return { promotion, phase, sharesMinor, lines, amountMinor, applications };
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
