import { applyExcludedTaxes } from "../compute/apply-excluded-taxes";
import { documentChargeShares } from "../compute/document-charge-shares";
import { extractIncludedTaxes } from "../compute/extract-included-taxes";
import type { ChainInput, ChainResult, TaxRounder } from "../compute/line-chain";
import { roundFraction } from "../kinds/fraction";
import type { TaxPlan } from "../plan/tax-plan";
import { type LineOutcome, lineGross, outcomeOfChain } from "./line-outcome";

/**
 * Per-line rounding (the default): round the line amount (unless the policy keeps it raw), then round each
 * tax as it is computed; the rounded value is what later taxes see. Ten lines of 1.05 at 7% give 0.07 each,
 * 11.20 in all.
 *
 * @param plan - the plan
 * @returns one outcome per line
 * @internal
 */
export function computeLineScope(plan: TaxPlan): LineOutcome[] {
  const policy = plan.rules.policy;
  const { rounder, stepMinor } = policy;
  const round: TaxRounder = (value) => ({ n: roundFraction(value, stepMinor, rounder), d: 1n });
  const inputs: ChainInput[] = plan.lines.map((line) => ({
    steps: line.steps,
    gross: lineGross(line, policy),
    quantityMicros: line.line.quantity.millionths,
    priceSign: line.priceSign,
  }));
  const extracted = inputs.map((input) => extractIncludedTaxes(input, round));
  const charges = plan.hasDocumentCharges
    ? documentChargeShares(
        plan,
        extracted.map((chain) => rounder(chain.net.n, chain.net.d)),
      )
    : undefined;
  return plan.lines.map((line, index) => {
    const chain = applyExcludedTaxes(
      inputs[index] as ChainInput,
      extracted[index] as ChainResult,
      round,
      charges?.[index],
    );
    return outcomeOfChain(line, chain, rounder);
  });
}
