import { allocateMinor } from "../../core/allocation/allocate-minor";
import { parseMoney } from "../../core/money/create-money";
import type { Money } from "../../core/money/money";
import { parseDecimal } from "../../core/numbers/parse-decimal";
import { unitsAtScale } from "../../core/numbers/scaled-decimal";
import { matchesSelector, type SelectableItem } from "../rules/item-selector";
import type { LoyaltyProgram } from "./loyalty-program";

const SCALE = 6;
const ONE = 1_000_000n;

/**
 * One line as loyalty reads it: net excluding tax, after every discount.
 *
 * @public
 */
export interface LoyaltyLine extends SelectableItem {
  readonly lineId: string;
  readonly net: Money;
  /** Whole units, for points-per-unit rules. */
  readonly units: number;
}

/**
 * Points earned by a sale, with each line's share (the shares sum to the total; returns reverse them).
 *
 * @public
 */
export interface EarnedPoints {
  readonly points: number;
  readonly perLine: readonly { readonly lineId: string; readonly points: number }[];
}

function millionths(text: string | undefined): bigint {
  return text === undefined ? ONE : unitsAtScale(parseDecimal(text), SCALE);
}

/**
 * Computes the points a sale earns. Each line contributes `net / per × points × item multiplier` plus
 * `pointsPerUnit × units`, exactly; the sum is multiplied by the tier multiplier and floored once to whole
 * points (12.50 at 1 point per 1.00 with a 1.5 tier is floor(18.75) = 18). Excluded items (gift cards)
 * and non-positive lines earn nothing. The total is then spread over lines by largest remainder.
 *
 * @param program - the validated program
 * @param lines - lines with nets excluding tax
 * @param tierId - the customer's tier, if any
 * @returns the points and each line's share
 * @public
 */
export function computeEarnedPoints(
  program: LoyaltyProgram,
  lines: readonly LoyaltyLine[],
  tierId?: string,
): EarnedPoints {
  const perMinor = parseMoney(program.earn.per, program.currency).minor;
  const tier = millionths(program.tiers.find((candidate) => candidate.id === tierId)?.multiplier);
  // Common denominator: per × 10^6 (item multiplier) × 10^6 (tier multiplier).
  const denominator = perMinor * ONE * ONE;
  const numerators = lines.map((line) => {
    if (line.net.minor <= 0n || (hasCriteria(program) && matchesSelector(line, program.exclusions)))
      return 0n;
    const rule = program.itemRules.find((candidate) => matchesSelector(line, candidate.items));
    const base = line.net.minor * BigInt(program.earn.points) * millionths(rule?.multiplier);
    const perUnit = BigInt(rule?.pointsPerUnit ?? 0) * BigInt(line.units) * perMinor * ONE;
    return (base + perUnit) * tier;
  });
  const exact = numerators.reduce((a, b) => a + b, 0n);
  const points = perMinor === 0n ? 0n : exact / denominator;
  const shares = points === 0n ? numerators.map(() => 0n) : allocateMinor(points, numerators);
  return {
    points: Number(points),
    perLine: lines.map((line, index) => ({ lineId: line.lineId, points: Number(shares[index] ?? 0n) })),
  };
}

function hasCriteria(program: LoyaltyProgram): boolean {
  const { skus, categories, tags, brands } = program.exclusions;
  return skus !== undefined || categories !== undefined || tags !== undefined || brands !== undefined;
}
