import type { CompiledPromotion } from "./compile-promotion-rules";
import { evaluateWithStopAfter, type StackChoice } from "./evaluate-with-stop-after";
import type { PromotionContext } from "./promotion-input";
import { isBasketReward } from "./promotion-reward";
import type { StackingPolicy } from "./promotion-rules";
import type { RejectionDraft } from "./stack-drafts";
import type { WorkingLine } from "./working-line";

/** The most steps one path of giving way may take. */
const MAX_STEPS = 8;

/** The most stacks one rescue evaluates: keeps a pathological rule set bounded. */
const MAX_EVALUATIONS = 256;

/**
 * The two ways to give way to a basket threshold: drop the item promotion, or (for a repeating deal)
 * apply it once less.
 */
function alternativesWithout(
  kept: readonly CompiledPromotion[],
  promotion: CompiledPromotion,
  applications: number,
): { kept: readonly CompiledPromotion[]; dropped?: CompiledPromotion }[] {
  const others = kept.filter((entry) => entry.id !== promotion.id);
  const out: { kept: readonly CompiledPromotion[]; dropped?: CompiledPromotion }[] = [
    { kept: others, dropped: promotion },
  ];
  const reward = promotion.reward;
  const isRepeating =
    reward.type === "buy_x_get_y" || reward.type === "mix_and_match" || reward.type === "bundle_price";
  if (isRepeating && applications > 1) {
    const capped = { ...promotion, reward: { ...reward, maxApplications: applications - 1 } };
    out.push({ kept: kept.map((entry) => (entry.id === promotion.id ? capped : entry)) });
  }
  return out;
}

/**
 * The smallest shortfall of a basket threshold missed only because item discounts lowered the subtotal
 * below it (the undiscounted subtotal reaches it), or undefined when there is none.
 */
function rescuableGap(choice: StackChoice, lines: readonly WorkingLine[]): bigint | undefined {
  // The subtotals are summed only once a basket threshold was missed (most stacks miss none).
  let startMinor: bigint | undefined;
  let nowMinor = 0n;
  let gap: bigint | undefined;
  for (const entry of choice.result.rejected) {
    const minimum = entry.promotion.minSubtotalMinor;
    if (
      entry.reason !== "threshold_not_met" ||
      !isBasketReward(entry.promotion.reward) ||
      minimum === undefined
    )
      continue;
    if (startMinor === undefined) {
      startMinor = lines.reduce((total, line) => total + line.netMinor, 0n);
      nowMinor = choice.result.netsMinor.reduce((total, net) => total + net, 0n);
    }
    if (minimum > startMinor) continue;
    if (gap === undefined || minimum - nowMinor < gap) gap = minimum - nowMinor;
  }
  return gap;
}

/** A promotion given way on a path, with the discount the stack gave while it was kept. */
interface GivenWay {
  readonly promotion: CompiledPromotion;
  readonly withItMinor: bigint;
}

/** A stack reached by giving way: its promotions, its evaluation and what was dropped on the way. */
interface RescuePath {
  readonly kept: readonly CompiledPromotion[];
  readonly choice: StackChoice;
  readonly givenWay: readonly GivenWay[];
}

interface RescueSearch {
  readonly lines: readonly WorkingLine[];
  readonly context: PromotionContext;
  readonly policy: StackingPolicy;
  evaluations: number;
}

/** The stacks one step of giving way reaches from a path, most discount first (ties: trial order). */
function nextPaths(path: RescuePath, gap: bigint, search: RescueSearch): RescuePath[] {
  const next: RescuePath[] = [];
  for (const effect of path.choice.result.effects) {
    // Giving way can raise the subtotal by at most what the promotion took off: smaller ones cannot help.
    if (effect.phase !== "item" || effect.amountMinor < gap) continue;
    for (const candidate of alternativesWithout(path.kept, effect.promotion, effect.applications)) {
      if (search.evaluations >= MAX_EVALUATIONS) break;
      search.evaluations++;
      const choice = evaluateWithStopAfter(candidate.kept, search.lines, search.context, search.policy);
      const givenWay =
        candidate.dropped === undefined
          ? path.givenWay
          : [...path.givenWay, { promotion: candidate.dropped, withItMinor: path.choice.result.totalMinor }];
      next.push({ kept: candidate.kept, choice, givenWay });
    }
  }
  // A stable sort: equal discounts keep the order they were tried in.
  return next.sort((a, b) => {
    const da = a.choice.result.totalMinor;
    const db = b.choice.result.totalMinor;
    return da === db ? 0 : da > db ? -1 : 1;
  });
}

/**
 * The best stack reachable from a path by giving way, depth first from the most promising step. A step
 * that lowers the discount is followed too: dropping "any 2 for 1.00" from 16.00 + 0.01 lets a 1% item
 * discount back in, which still keeps the basket under a 16.00 threshold, and only dropping that as well
 * reaches the basket's 16.00 off.
 */
function bestFrom(path: RescuePath, depth: number, search: RescueSearch): RescuePath {
  const gap = rescuableGap(path.choice, search.lines);
  if (gap === undefined || depth >= MAX_STEPS) return path;
  let best = path;
  for (const next of nextPaths(path, gap, search)) {
    const reached = bestFrom(next, depth + 1, search);
    if (reached.choice.result.totalMinor > best.choice.result.totalMinor) best = reached;
  }
  return best;
}

/**
 * Under best_for_customer, an item deal must not cost the customer a basket reward worth more: 2.00 and
 * 0.01 with "any 2 for 1.00" and "2.00 off from 2.00" would give 1.01 off and then miss the threshold
 * (pay 1.00), while skipping the item deal pays 0.01. When a basket threshold is missed that the
 * undiscounted subtotal reaches, each applied item promotion is tried without, and each repeating deal
 * once less (13 units with "any 4 for 14.00" may do better with three groups than four if the fourth
 * pushes the subtotal under a threshold), step after step while a threshold is still missed; the stack
 * with the most discount is kept, and each promotion dropped on the way to it is rejected lost_best_deal.
 *
 * @param promotions - the stack's promotions in priority order
 * @param lines - working lines
 * @param context - the sale's facts
 * @param policy - stacking policy
 * @returns the improved stack and the rejections of the promotions it dropped
 * @internal
 */
export function rescueThresholds(
  promotions: readonly CompiledPromotion[],
  lines: readonly WorkingLine[],
  context: PromotionContext,
  policy: StackingPolicy,
): StackChoice {
  const start: RescuePath = {
    kept: promotions,
    choice: evaluateWithStopAfter(promotions, lines, context, policy),
    givenWay: [],
  };
  const best =
    policy.exclusivity === "best_for_customer"
      ? bestFrom(start, 0, { lines, context, policy, evaluations: 0 })
      : start;
  const chosenMinor = best.choice.result.totalMinor.toString();
  const dropped = best.givenWay.map(
    (entry): RejectionDraft => ({
      promotion: entry.promotion,
      reason: "lost_best_deal",
      details: { chosenDiscountMinor: chosenMinor, withItDiscountMinor: entry.withItMinor.toString() },
    }),
  );
  return { result: best.choice.result, rejected: [...dropped, ...best.choice.rejected] };
}
