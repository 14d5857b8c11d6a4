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

function isSelected(item: WorkingLine["line"], selectors: readonly (ItemSelector | undefined)[]): boolean {
  for (const selector of selectors) if (!matchesSelector(item, selector)) return false;
  return true;
}

/**
 * The units of the lines every selector picks, in unit order. Each line is matched once, not once per
 * unit: selector matching per unit and promotion was the largest cost of building the solver's input.
 */
function selectedUnits(
  lineUnits: readonly LineUnits[],
  lines: readonly WorkingLine[],
  selectors: readonly (ItemSelector | undefined)[],
): number[] {
  const chosen: number[] = [];
  for (const { line, first, end } of lineUnits) {
    if (!isSelected((lines[line] as WorkingLine).line, selectors)) continue;
    for (let unit = first; unit < end; unit++) chosen.push(unit);
  }
  return chosen;
}

function eligibleUnits(
  units: readonly SolverUnit[],
  lineUnits: readonly LineUnits[],
  lines: readonly WorkingLine[],
  selectors: readonly (ItemSelector | undefined)[],
): number[] {
  const chosen = selectedUnits(lineUnits, lines, selectors);
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
  lineUnits: readonly LineUnits[],
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
  const eligible = hasOwnUnits ? [] : eligibleUnits(units, lineUnits, lines, [items]);
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
        eligibleUnits(units, lineUnits, lines, [items, component]),
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
        eligible: eligibleUnits(units, lineUnits, lines, [{ skus: [reward.sku] }]),
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
  lineUnits: readonly LineUnits[],
  lines: readonly WorkingLine[],
): PerUnitOffer | undefined {
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
    eligible: selectedUnits(lineUnits, lines, [promotion.source.conditions.items]),
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
  const lineUnits = lineUnitsOf(units);
  const deals: SolverDeal[] = [];
  const offers: PerUnitOffer[] = [];
  promotions.forEach((promotion, key) => {
    const deal = toDeal(promotion, key, units, lineUnits, lines);
    if (deal !== undefined) deals.push(deal);
    else {
      const offer = toOffer(promotion, key, lineUnits, lines);
      if (offer !== undefined) offers.push(offer);
    }
  });
  return { units, deals, offers };
}
