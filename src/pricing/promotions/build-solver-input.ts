import { allocateEvenlyMinor } from "../../core/allocation/allocate-minor";
import type { ItemSelector } from "../rules/item-selector";
import { ONE_MILLIONTHS } from "../rules/rule-primitives";
import { bestPerUnit } from "../solver/per-unit-best";
import type { PerUnitOffer, SolverDeal, SolverUnit } from "../solver/solver-types";
import type { CompiledPromotion } from "./compile-promotion-rules";
import { type LineSelection, lineSelection, selectAll } from "./line-selection";
import type { PromotionLine } from "./promotion-input";
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

/** A line that offers units, with its units' index range: a line's units are consecutive. */
interface LineUnits {
  readonly line: number;
  readonly first: number;
  readonly end: number;
}

function lineUnitsOf(units: readonly SolverUnit[]): LineUnits[] {
  const ranges: LineUnits[] = [];
  let first = 0;
  for (let index = 1; index <= units.length; index++) {
    const line = (units[first] as SolverUnit).line;
    if (index < units.length && (units[index] as SolverUnit).line === line) continue;
    ranges.push({ line, first, end: index });
    first = index;
  }
  return ranges;
}

/**
 * The units by the line that offers them: each such line's unit range and facts, with a selection index
 * over those lines, built once per solver input and read by every deal and offer.
 */
interface UnitLines {
  readonly units: readonly SolverUnit[];
  readonly ranges: readonly LineUnits[];
  readonly items: readonly PromotionLine[];
  readonly selection: LineSelection;
  /** Per unit, the best per-unit offer's score on it (0 where no offer applies). */
  readonly offerScores: readonly bigint[];
}

function unitLinesOf(units: readonly SolverUnit[], lines: readonly WorkingLine[]): UnitLines {
  const ranges = lineUnitsOf(units);
  const items = ranges.map((range) => (lines[range.line] as WorkingLine).line);
  return { units, ranges, items, selection: lineSelection(items), offerScores: [] };
}

/**
 * The units of the lines every selector picks, in unit order. Lines are picked once per selector (from
 * the selection index), not matched once per unit.
 */
function selectedUnits(
  unitLines: UnitLines,
  selectors: readonly [ItemSelector | undefined, ...(ItemSelector | undefined)[]],
): number[] {
  const chosen: number[] = [];
  for (const position of selectAll(unitLines.selection, unitLines.items, selectors)) {
    const { first, end } = unitLines.ranges[position] as LineUnits;
    for (let unit = first; unit < end; unit++) chosen.push(unit);
  }
  return chosen;
}

function eligibleUnits(
  unitLines: UnitLines,
  selectors: readonly [ItemSelector | undefined, ...(ItemSelector | undefined)[]],
): number[] {
  const units = unitLines.units;
  const chosen = selectedUnits(unitLines, selectors);
  const scores = unitLines.offerScores;
  // Most valuable first. Among units of equal value, those a per-unit offer values least come first, so a
  // deal takes them and leaves the others to the offers (a 3-for-7.00 over five 6.99 units, one of them
  // also 58% off, leaves that one to the 58%). Then unit order (lines are in canonical lineId order), so
  // choices are stable.
  return chosen.sort((a, b) => {
    const va = (units[a] as SolverUnit).valueMinor;
    const vb = (units[b] as SolverUnit).valueMinor;
    if (va !== vb) return va > vb ? -1 : 1;
    const sa = scores[a] ?? 0n;
    const sb = scores[b] ?? 0n;
    return sa === sb ? a - b : sa < sb ? -1 : 1;
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

function toDeal(promotion: CompiledPromotion, key: number, unitLines: UnitLines): SolverDeal | undefined {
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
  const eligible = hasOwnUnits ? [] : eligibleUnits(unitLines, [items]);
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
      const components = reward.components.map((component) => eligibleUnits(unitLines, [items, component]));
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
        eligible: eligibleUnits(unitLines, [{ skus: [reward.sku] }]),
        fractionMillionths: ONE_MILLIONTHS,
        maxApplications: reward.quantity,
      };
    default:
      return undefined;
  }
}

function toOffer(promotion: CompiledPromotion, key: number, unitLines: UnitLines): PerUnitOffer | undefined {
  const reward = promotion.reward;
  const kind =
    reward.type === "percent_off_items"
      ? "percent"
      : reward.type === "fixed_off_each_unit"
        ? "fixed_each"
        : reward.type === "fixed_price_item"
          ? "fixed_price"
          : undefined;
  if (kind === undefined) return undefined;
  const amountMinor =
    kind === "fixed_each" ? reward.amountMinor : kind === "fixed_price" ? reward.priceMinor : 0n;
  return {
    key,
    kind,
    eligible: selectedUnits(unitLines, [promotion.source.conditions.items]),
    fractionMillionths: reward.fractionMillionths,
    amountMinor,
  };
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
  const unitLines = unitLinesOf(units, lines);
  const offers: PerUnitOffer[] = [];
  promotions.forEach((promotion, key) => {
    if (isDealReward(promotion.reward.type)) return;
    const offer = toOffer(promotion, key, unitLines);
    if (offer !== undefined) offers.push(offer);
  });
  // The deals see what the offers would take off each unit, to break ties between equal units. Scored
  // only when both are present: most rule sets hold offers alone, and then no deal reads the scores.
  const hasDeals = promotions.some((promotion) => isDealReward(promotion.reward.type));
  const scored =
    offers.length === 0 || !hasDeals
      ? unitLines
      : { ...unitLines, offerScores: bestPerUnit(units, offers).micro };
  const deals: SolverDeal[] = [];
  promotions.forEach((promotion, key) => {
    const deal = toDeal(promotion, key, scored);
    if (deal !== undefined) deals.push(deal);
  });
  return { units, deals, offers };
}
