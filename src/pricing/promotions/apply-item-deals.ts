import type { RoundingMode } from "../../core/rounding/rounding-mode";
import { offerAloneRewards } from "../solver/per-unit-best";
import { solveBestDeal } from "../solver/solve-best-deal";
import type { SolverDeal, SolverSolution } from "../solver/solver-types";
import { buildSolverInput, type SolverInput } from "./build-solver-input";
import type { CompiledPromotion } from "./compile-promotion-rules";
import { countsOf, explainLoser, fitsOnce, nudgeFor } from "./explain-item-deals";
import { roundedShares, roundedTotal } from "./rewards-to-shares";
import type { PromotionNudgeDraft, RejectionDraft, SolverDraft } from "./stack-drafts";
import { effectOf, type PromotionEffect } from "./stack-state";
import type { WorkingLine } from "./working-line";

/**
 * What the item deals did: effects, rejections, nudges and the solver's report.
 *
 * @internal
 */
export interface ItemDealsResult {
  readonly effects: PromotionEffect[];
  readonly rejected: RejectionDraft[];
  readonly nudges: PromotionNudgeDraft[];
  readonly solver: SolverDraft | undefined;
}

/**
 * Runs the best-deal solver over the item promotions that compete for units and turns its answer into
 * per-line shares, rounded per line. Promotions that got no units are explained: not enough units
 * (threshold_not_met, with a nudge), missing reward item, or lost_best_deal with what they would have
 * given alone against the chosen combination.
 *
 * @param lines - working lines
 * @param promotions - competing item promotions in priority order
 * @param mode - rounding mode
 * @returns effects, rejections, nudges and the solver report
 * @internal
 */
export function applyItemDeals(
  lines: readonly WorkingLine[],
  promotions: readonly CompiledPromotion[],
  mode: RoundingMode,
): ItemDealsResult {
  const result: ItemDealsResult = { effects: [], rejected: [], nudges: [], solver: undefined };
  if (promotions.length === 0) return result;
  const input = buildSolverInput(lines, promotions);
  const nets = lines.map((line) => line.netMinor);
  const { solution, sharesByKey, chosenMinor, alternatives } = chooseSolution(input, nets, promotions, mode);
  promotions.forEach((promotion, key) => {
    const rewards = solution.rewardsByKey.get(key);
    const deal = input.deals.find((candidate) => candidate.key === key);
    if (rewards !== undefined && rewards.length > 0) {
      // The chosen solution's shares are fresh arrays read by nothing else: the effect takes them as they are.
      const sharesMinor = sharesByKey.get(key) as bigint[];
      const applications = deal === undefined ? 1 : (solution.counts[input.deals.indexOf(deal)] ?? 1);
      result.effects.push(effectOf(promotion, "item", sharesMinor, applications));
      const nudge = deal === undefined ? undefined : nudgeFor(promotion, deal, applications);
      if (nudge !== undefined) result.nudges.push(nudge);
      return;
    }
    const alone = aloneAlternative(input, key, deal, nets, promotions, mode);
    if (alone.discountMinor > 0n) alternatives.push(alone);
    const hasUnits = deal === undefined ? alone.discountMinor > 0n : fitsOnce(deal, input.units.length);
    const explained = explainLoser(promotion, deal, alone.discountMinor, chosenMinor, hasUnits);
    result.rejected.push(explained.rejection);
    if (explained.nudge !== undefined) result.nudges.push(explained.nudge);
  });
  const { nodes, isExhaustive } = solution;
  return { ...result, solver: { discountMinor: chosenMinor, nodes, isExhaustive, alternatives } };
}

type Alternative = SolverDraft["alternatives"][number];

/**
 * Runs the search and the greedy baseline and keeps the better after rounding. The search maximises the
 * exact value; rounding per line can still favour the greedy answer by a cent (25% of 0.01 plus 1% of
 * 0.02 rounds to 0.00, the other way round to 0.01), so the final pick compares rounded totals.
 */
function chooseSolution(
  input: SolverInput,
  nets: readonly bigint[],
  promotions: readonly CompiledPromotion[],
  mode: RoundingMode,
): {
  solution: SolverSolution;
  sharesByKey: ReadonlyMap<number, bigint[]>;
  chosenMinor: bigint;
  alternatives: Alternative[];
} {
  const searched = solveBestDeal(input.units, input.deals, input.offers);
  // With per-unit offers only there is nothing to search: each unit takes its best offer, and the greedy
  // run would return the very same rewards (only its node count differs, which is not reported).
  const hasDeals = input.deals.length > 0;
  const greedy = hasDeals
    ? solveBestDeal(input.units, input.deals, input.offers, { isGreedy: true })
    : searched;
  const searchedShares = roundedShares(searched.rewardsByKey, input.units, nets, mode);
  const greedyShares = hasDeals
    ? roundedShares(greedy.rewardsByKey, input.units, nets, mode)
    : searchedShares;
  const searchedMinor = searchedShares.totalMinor;
  const greedyMinor = greedyShares.totalMinor;
  const isGreedyBetter = greedyMinor > searchedMinor;
  const solution = isGreedyBetter
    ? { ...greedy, nodes: searched.nodes, isExhaustive: searched.isExhaustive }
    : searched;
  const chosenMinor = isGreedyBetter ? greedyMinor : searchedMinor;
  const alternatives: Alternative[] = [
    { label: "chosen", discountMinor: chosenMinor, applications: countsOf(solution, input, promotions) },
    {
      label: "priority_greedy",
      discountMinor: greedyMinor,
      applications: countsOf(greedy, input, promotions),
    },
  ];
  const { sharesByKey } = isGreedyBetter ? greedyShares : searchedShares;
  return { solution, sharesByKey, chosenMinor, alternatives };
}

/** What a promotion that got nothing would have given alone, for lost_best_deal. */
function aloneAlternative(
  input: SolverInput,
  key: number,
  deal: SolverDeal | undefined,
  nets: readonly bigint[],
  promotions: readonly CompiledPromotion[],
  mode: RoundingMode,
): Alternative {
  if (deal === undefined) return offerAlone(input, key, nets, promotions, mode);
  const alone = solveBestDeal(input.units, [deal], []);
  return {
    label: "alone",
    discountMinor: roundedTotal(alone.rewardsByKey, input.units, nets, mode),
    applications: countsOf(alone, { ...input, deals: [deal] }, promotions),
  };
}

/**
 * A per-unit offer alone: its rewards are read straight off its eligible units ({@link offerAloneRewards}),
 * without running the solver over every unit. With fifty offers, forty losers solved alone were about a
 * third of the promotion phase.
 */
function offerAlone(
  input: SolverInput,
  key: number,
  nets: readonly bigint[],
  promotions: readonly CompiledPromotion[],
  mode: RoundingMode,
): Alternative {
  const offer = input.offers.find((candidate) => candidate.key === key);
  const rewards = offer === undefined ? [] : offerAloneRewards(input.units, offer);
  if (rewards.length === 0) return { label: "alone", discountMinor: 0n, applications: [] };
  return {
    label: "alone",
    discountMinor: roundedTotal(new Map([[key, rewards]]), input.units, nets, mode),
    applications: [{ promotionId: (promotions[key] as CompiledPromotion).id, count: 1 }],
  };
}
