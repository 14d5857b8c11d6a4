import type { RatioRounder } from "../../core/rounding/divide-rounded";
import type { ChainResult } from "../compute/line-chain";
import type { Fraction } from "../kinds/fraction";
import type { PlannedLine } from "../plan/tax-plan";
import type { ResolvedTaxPolicy } from "../rules/tax-rules";

const MICROS = 1_000_000n;

/**
 * What a rounding scope hands back for one line: every amount in minor units.
 *
 * @internal
 */
export interface LineOutcome {
  /** Price × quantity − store discounts, rounded to the minor unit. */
  readonly lineAmountMinor: bigint;
  readonly untaxedMinor: bigint;
  /** Per step, in the plan's step order. */
  readonly amountsMinor: readonly bigint[];
  readonly basesMinor: readonly bigint[];
}

/**
 * The amount a line's taxes see: rounded to the minor unit first, or kept exact ("raw"), as the policy says.
 *
 * @internal
 */
export function lineGross(line: PlannedLine, policy: ResolvedTaxPolicy): Fraction {
  return policy.lineAmounts === "rounded"
    ? { n: line.lineAmountMinor, d: 1n }
    : { n: line.grossMicros, d: MICROS };
}

/**
 * The line amount in minor units, as shown on the line.
 *
 * @internal
 */
export function lineAmountMinor(line: PlannedLine): bigint {
  return line.lineAmountMinor;
}

/**
 * Sums the price-included steps of a line.
 *
 * @internal
 */
export function includedTotal(line: PlannedLine, amountsMinor: readonly bigint[]): bigint {
  let total = 0n;
  for (let index = 0; index < line.steps.length; index++) {
    if ((line.steps[index] as PlannedLine["steps"][number]).pricing === "included")
      total += amountsMinor[index] as bigint;
  }
  return total;
}

/**
 * An exact amount rounded to the minor unit with the policy's mode (already whole amounts pass through).
 *
 * @internal
 */
export function minorOf(value: Fraction, rounder: RatioRounder): bigint {
  return value.d === 1n ? value.n : rounder(value.n, value.d);
}

/**
 * Turns a line's chain result into minor units, for the scopes that round as they go (line, document
 * charges): amounts are already whole, bases are rounded for the report. The untaxed amount is the line
 * amount minus the price-included taxes, so a shelf price is always split exactly.
 *
 * @internal
 */
export function outcomeOfChain(line: PlannedLine, chain: ChainResult, rounder: RatioRounder): LineOutcome {
  const amountsMinor: bigint[] = [];
  const basesMinor: bigint[] = [];
  for (let index = 0; index < chain.amounts.length; index++) {
    amountsMinor.push(minorOf(chain.amounts[index] as Fraction, rounder));
    basesMinor.push(minorOf(chain.bases[index] as Fraction, rounder));
  }
  const amountMinor = lineAmountMinor(line);
  return {
    lineAmountMinor: amountMinor,
    untaxedMinor: amountMinor - includedTotal(line, amountsMinor),
    amountsMinor,
    basesMinor,
  };
}
