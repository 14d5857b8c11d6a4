import { Money } from "../../core/money/money";
import type { PromotionLine } from "./promotion-input";
import type { PromotionNudge, PromotionOutcome, RejectedPromotion } from "./promotion-outcome";
import type { PromotionNudgeDraft, RejectionDraft } from "./stack-drafts";
import type { PromotionEffect, StackResult } from "./stack-state";

function money(minor: bigint, currency: string): Money {
  return new Money(minor, currency);
}

/**
 * Facts named `…Minor` become decimal text under the name without the suffix ("aloneDiscount": "3.00").
 * Each amount is written once per outcome (`texts`): fifty promotions that lost the best deal all carry
 * the same chosen discount.
 */
function readableDetails(
  details: Readonly<Record<string, string | number>>,
  currency: string,
  texts: Map<string, string>,
): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(details)) {
    if (key.endsWith("Minor") && typeof value === "string") {
      let text = texts.get(value);
      if (text === undefined) {
        text = money(BigInt(value), currency).toString();
        texts.set(value, text);
      }
      out[key.slice(0, -5)] = text;
    } else out[key] = value;
  }
  return out;
}

/**
 * The rejections as the outcome lists them: deduplicated (first reason wins), never an applied promotion,
 * facts named `…Minor` as decimal text.
 *
 * @param drafts - every rejection gathered, in order
 * @param appliedIds - the promotions that applied
 * @param currency - the rules' currency
 * @returns the rejected promotions
 * @internal
 */
export function toRejected(
  drafts: readonly RejectionDraft[],
  appliedIds: ReadonlySet<string>,
  currency: string,
): RejectedPromotion[] {
  const seen = new Set<string>();
  const texts = new Map<string, string>();
  const out: RejectedPromotion[] = [];
  for (const draft of drafts) {
    const id = draft.promotion.id;
    if (seen.has(id) || appliedIds.has(id)) continue;
    seen.add(id);
    out.push({
      promotionId: id,
      name: draft.promotion.name,
      reason: draft.reason,
      details: readableDetails(draft.details, currency, texts),
    });
  }
  return out;
}

/**
 * A nudge as the outcome lists it, amounts as Money.
 *
 * @param draft - the nudge draft
 * @param currency - the rules' currency
 * @returns the nudge
 * @internal
 */
export function toNudge(draft: PromotionNudgeDraft, currency: string): PromotionNudge {
  return {
    promotionId: draft.promotion.id,
    name: draft.promotion.name,
    kind: draft.kind,
    ...(draft.quantity === undefined ? {} : { quantity: draft.quantity }),
    ...(draft.amountMinor === undefined ? {} : { amount: money(draft.amountMinor, currency) }),
    ...(draft.sku === undefined ? {} : { sku: draft.sku }),
    ...(draft.rewardMinor === undefined ? {} : { reward: money(draft.rewardMinor, currency) }),
    ...(draft.rewardPercent === undefined ? {} : { rewardPercent: draft.rewardPercent }),
  };
}

/** The non-zero shares of one effect, read from the lines it touches. */
function sharesOf(effect: PromotionEffect, lines: readonly PromotionLine[], currency: string) {
  return effect.lines.map((index) => ({
    lineId: (lines[index] as PromotionLine).lineId,
    amount: money(effect.sharesMinor[index] as bigint, currency),
  }));
}

type LineAdjustment = PromotionOutcome["lines"][number]["adjustments"][number];

/**
 * Each line's share of every effect, in effect order: one pass over the lines each effect touches instead
 * of one pass over the effects per line, and a list only for a line that gets a share.
 */
function adjustmentsByLine(result: StackResult, count: number, currency: string) {
  const byLine = new Array<LineAdjustment[] | undefined>(count);
  for (const effect of result.effects) {
    for (const index of effect.lines) {
      if (index >= count) continue;
      const adjustment: LineAdjustment = {
        promotionId: effect.promotion.id,
        name: effect.promotion.name,
        phase: effect.phase,
        amount: money(effect.sharesMinor[index] as bigint, currency),
      };
      const list = byLine[index];
      if (list === undefined) byLine[index] = [adjustment];
      else list.push(adjustment);
    }
  }
  return byLine;
}

/**
 * Turns the decided stack into the public outcome: Money amounts, line ids, lines back in the caller's
 * order, rejections deduplicated (first reason wins) and never listing an applied promotion.
 *
 * @param result - the decided stack (lines in canonical order)
 * @param rejected - every rejection gathered on the way
 * @param lines - the caller's lines in canonical order
 * @param order - canonical index of each caller line
 * @param currency - the rules' currency
 * @returns the outcome
 * @internal
 */
export function toPromotionOutcome(
  result: StackResult,
  rejected: readonly RejectionDraft[],
  lines: readonly PromotionLine[],
  order: readonly number[],
  currency: string,
): PromotionOutcome {
  const applied = result.effects.map((effect) => ({
    promotionId: effect.promotion.id,
    name: effect.promotion.name,
    phase: effect.phase,
    amount: money(effect.amountMinor, currency),
    applications: effect.applications,
    shares: sharesOf(effect, lines, currency),
  }));
  const adjustments = adjustmentsByLine(result, lines.length, currency);
  const promoted = order.map((canonical) => ({
    lineId: (lines[canonical] as PromotionLine).lineId,
    net: money(result.netsMinor[canonical] as bigint, currency),
    adjustments: adjustments[canonical] ?? [],
  }));
  const solver = result.solver;
  return {
    lines: promoted,
    applied,
    rejected: toRejected(rejected, new Set(applied.map((entry) => entry.promotionId)), currency),
    nudges: result.nudges.map((nudge) => toNudge(nudge, currency)),
    totalDiscount: money(result.totalMinor, currency),
    solver:
      solver === undefined
        ? undefined
        : {
            discount: money(solver.discountMinor, currency),
            nodes: solver.nodes,
            isExhaustive: solver.isExhaustive,
            alternatives: solver.alternatives.map((alternative) => ({
              label: alternative.label,
              discount: money(alternative.discountMinor, currency),
              applications: alternative.applications,
            })),
          },
  };
}
