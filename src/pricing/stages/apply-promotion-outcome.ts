import { Money } from "../../core/money/money";
import { addAdjustment } from "../../core/pipeline/priced-line-helpers";
import type { PricedSale, PricingNudge, RejectedRule } from "../../core/pipeline/priced-sale";
import type { CompiledPromotion, CompiledPromotionRules } from "../promotions/compile-promotion-rules";
import type { DecidedPromotions } from "../promotions/evaluate-promotions";
import type { PromotionLine } from "../promotions/promotion-input";
import type { PromotionNudge, RejectedPromotion } from "../promotions/promotion-outcome";
import { isBasketReward } from "../promotions/promotion-reward";
import type { PromotionEffect } from "../promotions/stack-state";
import { toNudge, toRejected } from "../promotions/to-promotion-outcome";

/**
 * Text for a structured nudge: "add 1 more for a free one", "spend 4.01 more for 10.00 off".
 *
 * @param nudge - the nudge
 * @returns the message
 * @internal
 */
export function nudgeMessage(nudge: PromotionNudge): string {
  const reward =
    nudge.reward !== undefined
      ? `${nudge.reward.toString()} off`
      : nudge.rewardPercent === "100"
        ? "a free one"
        : nudge.rewardPercent !== undefined
          ? `${nudge.rewardPercent}% off`
          : nudge.name;
  if (nudge.kind === "spend_more") return `spend ${nudge.amount?.toString() ?? ""} more for ${reward}`;
  if (nudge.kind === "add_item") return `add ${nudge.sku ?? ""} for a free one`;
  return `add ${nudge.quantity ?? 1} more for ${reward}`;
}

/** Each compiled rule set's promotions by id: the rules are compiled once and shared between calls. */
const promotionsByRules = /* @__PURE__ */ new WeakMap<
  CompiledPromotionRules,
  ReadonlyMap<string, CompiledPromotion>
>();

function promotionsById(rules: CompiledPromotionRules): ReadonlyMap<string, CompiledPromotion> {
  let byId = promotionsByRules.get(rules);
  if (byId === undefined) {
    byId = new Map(rules.promotions.map((promotion) => [promotion.id, promotion]));
    promotionsByRules.set(rules, byId);
  }
  return byId;
}

/**
 * Each caller line's canonical index by line id. Built in caller order, so the last line with an id wins,
 * as it did when the outcome's lines were looked up by id.
 */
function canonicalById(decided: DecidedPromotions): Map<string, number> {
  const byId = new Map<string, number>();
  for (const canonical of decided.order)
    byId.set((decided.lines[canonical] as PromotionLine).lineId, canonical);
  return byId;
}

/** The decision's rejections as the outcome lists them (none to list: no set of applied ids to build). */
function rejectedOf(decided: DecidedPromotions): RejectedPromotion[] {
  if (decided.rejected.length === 0) return [];
  const appliedIds = new Set(decided.result.effects.map((effect) => effect.promotion.id));
  return toRejected(decided.rejected, appliedIds, decided.currency);
}

/** The line ids of an effect's non-zero shares, in canonical order. */
function lineIdsOf(effect: PromotionEffect, lines: readonly PromotionLine[]): string[] {
  return effect.lines.map((index) => (lines[index] as PromotionLine).lineId);
}

/** The phase's effects touching each canonical line, in effect order. */
function effectsByLine(
  effects: readonly PromotionEffect[],
  count: number,
): (PromotionEffect[] | undefined)[] {
  const byLine = new Array<PromotionEffect[] | undefined>(count);
  for (const effect of effects) {
    for (const index of effect.lines) {
      const list = byLine[index];
      if (list === undefined) byLine[index] = [effect];
      else list.push(effect);
    }
  }
  return byLine;
}

/**
 * Writes one phase of the engine's decision onto the priced sale: ledger entries on lines (kind "coupon"
 * for promotions unlocked by a code, "promotion" otherwise), and the phase's applied promotions,
 * rejections (reason code, facts in the message) and nudges in the explanation. It reads the decided
 * stack directly: the public outcome's Money lines, shares and adjustments, which this stage never read,
 * were about a tenth of the promotion phase on a 100-line basket.
 *
 * @internal
 */
export function applyPromotionOutcome(
  priced: PricedSale,
  decided: DecidedPromotions,
  rules: CompiledPromotionRules,
  phase: "item" | "basket",
  extraRejected: readonly RejectedRule[] = [],
): PricedSale {
  const byId = promotionsById(rules);
  const phaseOf = (id: string): "item" | "basket" => {
    const promotion = byId.get(id);
    return promotion !== undefined && isBasketReward(promotion.reward) ? "basket" : "item";
  };
  const kindOf = (id: string) =>
    byId.get(id)?.couponCode === undefined ? ("promotion" as const) : ("coupon" as const);
  const { result, currency } = decided;
  const phaseEffects = result.effects.filter((effect) => effect.phase === phase);
  const canonical = canonicalById(decided);
  const touching = effectsByLine(phaseEffects, decided.lines.length);
  const lines = priced.lines.map((line) => {
    const index = canonical.get(line.lineId);
    const effects = index === undefined ? undefined : touching[index];
    if (index === undefined || effects === undefined) return line;
    let current = line;
    for (const effect of effects) {
      const share = effect.sharesMinor[index] as bigint;
      const { id, name } = effect.promotion;
      current = addAdjustment(current, {
        source: { kind: kindOf(id), id, name },
        amount: new Money(share, currency),
      });
    }
    return current;
  });
  const applied = phaseEffects.map((effect) => ({
    ruleId: effect.promotion.id,
    kind: kindOf(effect.promotion.id),
    name: effect.promotion.name,
    amount: new Money(effect.amountMinor, currency),
    lineIds: lineIdsOf(effect, decided.lines),
  }));
  const rejected: RejectedRule[] = rejectedOf(decided)
    .filter((entry) => phaseOf(entry.promotionId) === phase)
    .map((entry) => ({
      ruleId: entry.promotionId,
      kind: "promotion",
      reasonCode: entry.reason,
      message: Object.entries(entry.details)
        .map(([key, value]) => `${key}=${value}`)
        .join(", "),
    }));
  const nudges: PricingNudge[] = result.nudges
    .map((draft) => toNudge(draft, currency))
    .filter((nudge) => phaseOf(nudge.promotionId) === phase)
    .map((nudge) => ({
      ruleId: nudge.promotionId,
      message: nudgeMessage(nudge),
      ...(nudge.amount === undefined ? {} : { missing: nudge.amount }),
    }));
  const explanation = priced.explanation;
  return {
    ...priced,
    lines,
    explanation: {
      applied: [...explanation.applied, ...applied],
      rejected: [...explanation.rejected, ...extraRejected, ...rejected],
      nudges: [...explanation.nudges, ...nudges],
    },
  };
}
