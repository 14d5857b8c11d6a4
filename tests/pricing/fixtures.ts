import { moneyFromMinor, parseMoney, pieces } from "../../src/core";
import {
  compilePromotionRules,
  evaluatePromotions,
  type PromotionContextInput,
  type PromotionInput,
  type PromotionLineInput,
  type PromotionOutcome,
  type StackingPolicy,
} from "../../src/pricing";

/** Monday 23 November 2026, noon UTC. */
export const NOON_MS = Date.parse("2026-11-23T12:00:00Z");

/** A line of `quantity` pieces at `price` EUR each, its sku and id derived from `id`. */
export function line(
  id: string,
  price: string,
  quantity = 1,
  extra: Partial<PromotionLineInput> = {},
): PromotionLineInput {
  const unitPrice = parseMoney(price, "EUR");
  return {
    lineId: id,
    sku: extra.sku ?? id,
    unitPrice,
    quantity: pieces(quantity),
    net: moneyFromMinor(unitPrice.minor * BigInt(quantity), "EUR"),
    ...extra,
  };
}

/** Evaluates promotions on lines with the default context (noon, UTC). */
export function promote(
  promotions: readonly PromotionInput[],
  lines: readonly PromotionLineInput[],
  context: Partial<PromotionContextInput> = {},
  policy?: Partial<StackingPolicy>,
  groups: readonly { id: string; promotionIds: string[] }[] = [],
): PromotionOutcome {
  const rules = compilePromotionRules({
    currency: "EUR",
    promotions,
    groups,
    ...(policy === undefined ? {} : { policy }),
  });
  return evaluatePromotions(rules, lines, { atMs: NOON_MS, ...context });
}

/** Each line's promotion discounts as decimal text, in the caller's line order. */
export function lineDiscounts(outcome: PromotionOutcome): string[][] {
  return outcome.lines.map((entry) => entry.adjustments.map((adjustment) => adjustment.amount.toString()));
}
