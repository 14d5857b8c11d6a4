import { applyExcludedTaxes } from "../compute/apply-excluded-taxes";
import { documentChargeShares } from "../compute/document-charge-shares";
import { extractIncludedTaxes } from "../compute/extract-included-taxes";
import type { ChainInput, ChainResult, TaxRounder } from "../compute/line-chain";
import { lineResult } from "../compute/line-result";
import type { LineResultExact } from "../compute/tax-result";
import { roundFraction } from "../kinds/fraction";
import type { PlannedLine, TaxPlan } from "../plan/tax-plan";
import type { ResolvedTaxPolicy } from "../rules/tax-rules";
import { lineGross, outcomeOfChain } from "./line-outcome";
import { compileSimpleChain, type SimpleChain, simpleChainResult } from "./simple-chain";

function roundingOf(policy: ResolvedTaxPolicy): TaxRounder {
  const { rounder, stepMinor } = policy;
  return (value) => ({ n: roundFraction(value, stepMinor, rounder), d: 1n });
}

function chainInput(line: PlannedLine, policy: ResolvedTaxPolicy): ChainInput {
  return {
    steps: line.steps,
    gross: lineGross(line, policy),
    quantityMicros: line.line.quantity.millionths,
    priceSign: line.priceSign,
  };
}

/** One line on the general chain, for a document without document charges. */
function generalResult(line: PlannedLine, policy: ResolvedTaxPolicy, round: TaxRounder): LineResultExact {
  const input = chainInput(line, policy);
  const chain = applyExcludedTaxes(input, extractIncludedTaxes(input, round), round, undefined);
  return lineResult(line, outcomeOfChain(line, chain, policy.rounder));
}

/**
 * Lines are independent when no document charge is spread over them. Lines of one kind share their step
 * list (applicability is resolved once per kind), so each list is compiled once: percent-only chains run
 * on whole minor units, the rest on the general chain. For 100 lines of a four-level stack and included
 * VAT that took the line scope from about 48 µs to about 6 µs (medians on a 2-core EPYC), with identical
 * results (property-tested against the general chain).
 */
function computeIndependentLines(plan: TaxPlan, policy: ResolvedTaxPolicy): LineResultExact[] {
  const round = roundingOf(policy);
  const chains: (SimpleChain | null | undefined)[] = new Array(plan.stepListCount);
  const results: LineResultExact[] = new Array(plan.lines.length);
  for (let index = 0; index < plan.lines.length; index++) {
    const line = plan.lines[index] as PlannedLine;
    let chain = chains[line.stepListIndex];
    if (chain === undefined) {
      chain = compileSimpleChain(line.steps, policy.stepMinor) ?? null;
      chains[line.stepListIndex] = chain;
    }
    results[index] =
      chain === null ? generalResult(line, policy, round) : simpleChainResult(chain, line, policy);
  }
  return results;
}

/**
 * Per-line rounding (the default): round the line amount (unless the policy keeps it raw), then round each
 * tax as it is computed; the rounded value is what later taxes see. Ten lines of 1.05 at 7% give 0.07 each,
 * 11.20 in all.
 *
 * @param plan - the plan
 * @returns one result per line
 * @internal
 */
export function computeLineScope(plan: TaxPlan): LineResultExact[] {
  const policy = plan.rules.policy;
  if (!plan.hasDocumentCharges && policy.lineAmounts === "rounded")
    return computeIndependentLines(plan, policy);
  const round = roundingOf(policy);
  const inputs = plan.lines.map((line) => chainInput(line, policy));
  const extracted = inputs.map((input) => extractIncludedTaxes(input, round));
  const charges = plan.hasDocumentCharges
    ? documentChargeShares(
        plan,
        extracted.map((chain) => policy.rounder(chain.net.n, chain.net.d)),
      )
    : undefined;
  return plan.lines.map((line, index) => {
    const chain = applyExcludedTaxes(
      inputs[index] as ChainInput,
      extracted[index] as ChainResult,
      round,
      charges?.[index],
    );
    return lineResult(line, outcomeOfChain(line, chain, policy.rounder));
  });
}
