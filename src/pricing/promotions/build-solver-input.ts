import { allocateEvenlyMinor } from "../../core/allocation/allocate-minor";
import { type ItemSelector, matchesSelector } from "../rules/item-selector";
import { ONE_MILLIONTHS } from "../rules/rule-primitives";
import type { PerUnitOffer, SolverDeal, SolverUnit } from "../solver/solver-types";
import type { CompiledPromotion } from "./compile-promotion-rules";
import type { WorkingLine } from "./working-line";

/**
 * The solver's view of the basket: units, the group deals and the per-unit offers, each keyed by the
 * index of its promotion in `promotions`.
 *
 * @internal
 */
export interface SolverInput {
  readonly units: readonly SolverUnit[];
  readonly deals: readonly SolverDeal[];
  readonly offers: readonly PerUnitOffer[];
}

/**
 * Splits each line into units worth exact shares of its current net (3 units of a 10.00 net are
 * 3.34 / 3.33 / 3.33). Lines with an overridden price offer no units: they skip item promotions.
 *
 * @param lines - working lines
 * @returns the units
 * @internal
 */
export function buildUnits(lines: readonly WorkingLine[]): SolverUnit[] {
  const units: SolverUnit[] = [];
  lines.forEach((working, line) => {
    if (working.line.isPriceOverridden || working.wholeUnits === 0 || working.netMinor <= 0n) return;
    for (const valueMinor of allocateEvenlyMinor(working.netMinor, working.wholeUnits))
      units.push({ line, valueMinor });
  });
  return units;
}

function eligibleUnits(
  units: readonly SolverUnit[],
  lines: readonly WorkingLine[],
  selectors: readonly (ItemSelector | undefined)[],
): number[] {
  const chosen: number[] = [];
  units.forEach((unit, index) => {
    const item = (lines[unit.line] as WorkingLine).line;
    if (selectors.every((selector) => matchesSelector(item, selector))) chosen.push(index);
  });
  // Most valuable first, then unit order (lines are in canonical lineId order), so choices are stable.
  return chosen.sort((a, b) => {
    const va = (units[a] as SolverUnit).valueMinor;
    const vb = (units[b] as SolverUnit).valueMinor;
    return va === vb ? a - b : va > vb ? -1 : 1;
  });
}

const DEAL_REWARDS: ReadonlySet<string> = /* @__PURE__ */ new Set([
  "buy_x_get_y",
  "mix_and_match",
  "bundle_price",
  "percent_off_cheapest_unit",
  "free_item",
]);

function isDealReward(type: string): boolean {
  return DEAL_REWARDS.has(type);
}

function toDeal(
  promotion: CompiledPromotion,
  key: number,
  units: readonly SolverUnit[],
  lines: readonly WorkingLine[],
): SolverDeal | undefined {
  const reward = promotion.reward;
  const items = promotion.source.conditions.items;
  const base = {
    key,
    components: [] as number[][],
    buy: 1,
    get: 0,
    priceMinor: 0n,
    selection: "cheapest" as const,
  };
  // Per-unit offers (percent off, fixed off, fixed price) are no deals: they skip this sort of the units.
  if (!isDealReward(reward.type)) return undefined;
  const hasOwnUnits = reward.type === "free_item" || reward.type === "bundle_price";
  const eligible = hasOwnUnits ? [] : eligibleUnits(units, lines, [items]);
  const unlimited = Number.MAX_SAFE_INTEGER;
  switch (reward.type) {
    case "buy_x_get_y":
      return {
        ...base,
        kind: "buy_x_get_y",
        eligible,
        buy: reward.buy,
        get: reward.get,
        selection: reward.selection,
        fractionMillionths: reward.fractionMillionths,
        maxApplications: reward.maxApplications ?? unlimited,
      };
    case "mix_and_match":
      return {
        ...base,
        kind: "mix_and_match",
        eligible,
        buy: reward.quantity,
        priceMinor: reward.priceMinor,
        fractionMillionths: 0n,
        maxApplications: reward.maxApplications ?? unlimited,
      };
    case "bundle_price": {
      const components = reward.components.map((component) =>
        eligibleUnits(units, lines, [items, component]),
      );
      return {
        ...base,
        kind: "bundle_price",
        eligible: [...new Set(components.flat())],
        components,
        priceMinor: reward.priceMinor,
        fractionMillionths: 0n,
        maxApplications: reward.maxApplications ?? unlimited,
      };
    }
    case "percent_off_cheapest_unit":
      return {
        ...base,
        kind: "cheapest_unit",
        eligible,
        fractionMillionths: reward.fractionMillionths,
        maxApplications: 1,
      };
    case "free_item":
      return {
        ...base,
        kind: "free_item",
        eligible: eligibleUnits(units, lines, [{ skus: [reward.sku] }]),
        fractionMillionths: ONE_MILLIONTHS,
        maxApplications: reward.quantity,
      };
    default:
      return undefined;
  }
}

function toOffer(
  promotion: CompiledPromotion,
  key: number,
  units: readonly SolverUnit[],
  lines: readonly WorkingLine[],
): PerUnitOffer | undefined {
  const reward = promotion.reward;
  // Once per line, not per unit: a line of 3 pieces is 3 units with the same answer.
  const byLine = lines.map((line) => matchesSelector(line.line, promotion.source.conditions.items));
  const isEligible = units.map((unit) => byLine[unit.line] === true);
  const common = { key, isEligible, fractionMillionths: reward.fractionMillionths };
  if (reward.type === "percent_off_items") return { ...common, kind: "percent", amountMinor: 0n };
  if (reward.type === "fixed_off_each_unit")
    return { ...common, kind: "fixed_each", amountMinor: reward.amountMinor };
  if (reward.type === "fixed_price_item")
    return { ...common, kind: "fixed_price", amountMinor: reward.priceMinor };
  return undefined;
}

/**
 * True when an item reward competes for units in the solver (everything except shared rewards and
 * fixed-off-items, which compounds on the current net).
 *
 * @param promotion - an item promotion
 * @returns whether the solver decides it
 * @internal
 */
export function isSolverReward(promotion: CompiledPromotion): boolean {
  const reward = promotion.reward;
  if (reward.type === "fixed_off_items") return false;
  return !("unitUse" in reward && reward.unitUse === "shared");
}

/**
 * Builds the solver's input from the item promotions that compete for units.
 *
 * @param lines - working lines
 * @param promotions - competing item promotions in priority order
 * @returns units, deals and offers keyed by promotion index
 * @internal
 */
export function buildSolverInput(
  lines: readonly WorkingLine[],
  promotions: readonly CompiledPromotion[],
): SolverInput {
  const units = buildUnits(lines);
  const deals: SolverDeal[] = [];
  const offers: PerUnitOffer[] = [];
  promotions.forEach((promotion, key) => {
    const deal = toDeal(promotion, key, units, lines);
    if (deal !== undefined) deals.push(deal);
    else {
      const offer = toOffer(promotion, key, units, lines);
      if (offer !== undefined) offers.push(offer);
    }
  });
  return { units, deals, offers };
}
