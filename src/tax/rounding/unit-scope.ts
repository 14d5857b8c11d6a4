import { applyExcludedTaxes } from "../compute/apply-excluded-taxes";
import { documentChargeShares } from "../compute/document-charge-shares";
import { extractIncludedTaxes } from "../compute/extract-included-taxes";
import type { ChainInput, ChainResult, TaxRounder } from "../compute/line-chain";
import { type Fraction, roundFraction } from "../kinds/fraction";
import type { PlannedLine, TaxPlan } from "../plan/tax-plan";
import { includedTotal, type LineOutcome, lineAmountMinor } from "./line-outcome";

const MICROS = 1_000_000n;

function unitInput(line: PlannedLine): ChainInput {
  const quantity = line.line.quantity.millionths;
  // One unit's gross: (price × quantity − store discounts) / quantity, exact, with a positive denominator.
  // A line of no units has no unit to tax (its outcome is all zeros); extracting on n / 0 would divide by 0.
  const gross =
    quantity === 0n
      ? { n: 0n, d: 1n }
      : quantity < 0n
        ? { n: -line.grossMicros, d: -quantity }
        : { n: line.grossMicros, d: quantity };
  return { steps: line.steps, gross, quantityMicros: MICROS, priceSign: line.priceSign };
}

function zeroOutcome(line: PlannedLine): LineOutcome {
  const zeros = line.steps.map(() => 0n);
  const amount = lineAmountMinor(line);
  return { lineAmountMinor: amount, untaxedMinor: amount, amountsMinor: zeros, basesMinor: zeros };
}

/**
 * Per-unit rounding: round each unit's tax, then multiply by the quantity, so a line of 3 at 0.35 with
 * 7% is 3 × 0.02 = 0.06 (per line it would be 0.07). A return of one unit is exactly minus one unit's tax.
 *
 * @param plan - the plan
 * @returns one outcome per line
 * @internal
 */
export function computeUnitScope(plan: TaxPlan): LineOutcome[] {
  const { rounder, stepMinor } = plan.rules.policy;
  const round: TaxRounder = (value) => ({ n: roundFraction(value, stepMinor, rounder), d: 1n });
  const toLine = (value: Fraction, quantity: bigint): bigint => rounder(value.n * quantity, value.d * MICROS);
  const inputs = plan.lines.map(unitInput);
  const extracted = inputs.map((input) => extractIncludedTaxes(input, round));
  const charges = plan.hasDocumentCharges
    ? documentChargeShares(
        plan,
        extracted.map((chain, index) => toLine(chain.net, plan.lines[index]?.line.quantity.millionths ?? 0n)),
      )
    : undefined;
  return plan.lines.map((line, index) => {
    const quantity = line.line.quantity.millionths;
    if (quantity === 0n) return zeroOutcome(line);
    const unitCharges = charges?.[index]?.map((share) =>
      share === undefined
        ? undefined
        : quantity < 0n
          ? { n: -share.n * MICROS, d: -quantity }
          : { n: share.n * MICROS, d: quantity },
    );
    const chain = applyExcludedTaxes(
      inputs[index] as ChainInput,
      extracted[index] as ChainResult,
      round,
      unitCharges,
    );
    const amountsMinor = chain.amounts.map((amount) => toLine(amount, quantity));
    const basesMinor = chain.bases.map((base) => toLine(base, quantity));
    const amount = lineAmountMinor(line);
    return {
      lineAmountMinor: amount,
      untaxedMinor: amount - includedTotal(line, amountsMinor),
      amountsMinor,
      basesMinor,
    };
  });
}
