import { allocateMinor } from "../../core/allocation/allocate-minor";
import { divideRounded } from "../../core/rounding/divide-rounded";
import type { RoundingMode } from "../../core/rounding/rounding-mode";
import { matchesSelector } from "../rules/item-selector";
import { ONE_MILLIONTHS } from "../rules/rule-primitives";
import type { CompiledPromotion } from "./compile-promotion-rules";
import type { StackingPolicy } from "./promotion-rules";
import type { WorkingLine } from "./working-line";

/**
 * How a percentage reads its base: the current net when compounding, the net before promotions otherwise.
 *
 * @internal
 */
export function percentBase(line: WorkingLine, policy: StackingPolicy): bigint {
  return policy.compounding === "compound" ? line.netMinor : line.originalMinor;
}

function cap(value: bigint, net: bigint): bigint {
  if (value <= 0n) return 0n;
  return value > net ? net : value;
}

/**
 * Shares of a compounding item reward (unit use "shared", or fixed off the items): computed on each
 * eligible line's net, rounded per line, never above the net. Fixed off the items is one amount allocated
 * by largest remainder over the eligible lines' current nets.
 *
 * @param promotion - the promotion
 * @param lines - working lines with their current nets
 * @param eligible - which lines the promotion may touch
 * @param policy - compounding policy
 * @param mode - rounding mode
 * @returns the share per line in minor units
 * @internal
 */
export function sharedItemShares(
  promotion: CompiledPromotion,
  lines: readonly WorkingLine[],
  eligible: readonly boolean[],
  policy: StackingPolicy,
  mode: RoundingMode,
): bigint[] {
  const reward = promotion.reward;
  if (reward.type === "fixed_off_items") return allocateOverLines(reward.amountMinor, lines, eligible);
  return lines.map((line, index) => {
    if (eligible[index] !== true) return 0n;
    const units = BigInt(line.wholeUnits);
    switch (reward.type) {
      case "percent_off_items":
        return cap(
          divideRounded(percentBase(line, policy) * reward.fractionMillionths, ONE_MILLIONTHS, mode),
          line.netMinor,
        );
      case "fixed_off_each_unit":
        return cap(reward.amountMinor * units, line.netMinor);
      case "fixed_price_item":
        return cap(line.netMinor - reward.priceMinor * units, line.netMinor);
      default:
        return 0n;
    }
  });
}

/**
 * Allocates an amount over the eligible lines by largest remainder on their current nets, after capping it
 * at their sum so no line goes below zero.
 *
 * @param amountMinor - the amount
 * @param lines - working lines
 * @param eligible - flags per line
 * @returns the share per line
 * @internal
 */
export function allocateOverLines(
  amountMinor: bigint,
  lines: readonly WorkingLine[],
  eligible: readonly boolean[],
): bigint[] {
  const weights = lines.map((line, index) =>
    eligible[index] === true && line.netMinor > 0n ? line.netMinor : 0n,
  );
  const total = weights.reduce((a, b) => a + b, 0n);
  if (total === 0n || amountMinor <= 0n) return lines.map(() => 0n);
  return allocateMinor(amountMinor > total ? total : amountMinor, weights);
}

/**
 * Which lines a promotion may touch: selected by its items selector, with a positive net, and (for item
 * promotions) without an overridden price.
 *
 * @param promotion - the promotion
 * @param lines - working lines
 * @param isItemPhase - item promotions skip lines with an overridden price
 * @returns one flag per line
 * @internal
 */
export function eligibleLines(
  promotion: CompiledPromotion,
  lines: readonly WorkingLine[],
  isItemPhase: boolean,
): boolean[] {
  return lines.map(
    (line) =>
      line.netMinor > 0n &&
      !(isItemPhase && line.line.isPriceOverridden) &&
      matchesSelector(line.line, promotion.source.conditions.items),
  );
}

/**
 * The basket reward's amount, computed once on the eligible lines (10% of 10.05 is 1.005 → 1.01).
 *
 * @param promotion - a basket promotion
 * @param lines - working lines
 * @param eligible - flags per line
 * @param policy - compounding policy
 * @param mode - rounding mode
 * @returns the amount before allocation
 * @internal
 */
export function basketAmount(
  promotion: CompiledPromotion,
  lines: readonly WorkingLine[],
  eligible: readonly boolean[],
  policy: StackingPolicy,
  mode: RoundingMode,
): bigint {
  const reward = promotion.reward;
  if (reward.type === "fixed_off_basket") return reward.amountMinor;
  let base = 0n;
  lines.forEach((line, index) => {
    if (eligible[index] === true) base += percentBase(line, policy);
  });
  return divideRounded(base * reward.fractionMillionths, ONE_MILLIONTHS, mode);
}
