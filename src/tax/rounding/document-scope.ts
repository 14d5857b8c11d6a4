import { allocateMinor } from "../../core/allocation/allocate-minor";
import { applyExcludedTaxes } from "../compute/apply-excluded-taxes";
import { documentChargeShares } from "../compute/document-charge-shares";
import { extractIncludedTaxes } from "../compute/extract-included-taxes";
import type { ChainInput, ChainResult, TaxRounder } from "../compute/line-chain";
import { addFractions, type Fraction, roundFraction, ZERO_FRACTION } from "../kinds/fraction";
import type { TaxPlan } from "../plan/tax-plan";
import { includedTotal, type LineOutcome, lineAmountMinor, lineGross, minorOf } from "./line-outcome";

interface Entry {
  readonly line: number;
  readonly step: number;
  readonly id: string;
}

const exact: TaxRounder = (value) => value;

function entriesByTax(plan: TaxPlan): Map<string, Entry[]> {
  const byTax = new Map<string, Entry[]>();
  plan.lines.forEach((line, lineIndex) => {
    line.steps.forEach((step, stepIndex) => {
      const entries = byTax.get(step.tax.id) ?? [];
      entries.push({ line: lineIndex, step: stepIndex, id: line.line.id });
      byTax.set(step.tax.id, entries);
    });
  });
  // Ties in the allocation go to the lower position: positions follow line ids, never the entry order.
  for (const entries of byTax.values()) entries.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return byTax;
}

function roundTax(
  entries: readonly Entry[],
  chains: readonly ChainResult[],
  plan: TaxPlan,
  amounts: bigint[][],
): void {
  const { rounder, stepMinor } = plan.rules.policy;
  const raw = entries.map((entry) => (chains[entry.line] as ChainResult).amounts[entry.step] as Fraction);
  const documentMinor = roundFraction(raw.reduce(addFractions, ZERO_FRACTION), stepMinor, rounder);
  const rounded = raw.map((value) => roundFraction(value, stepMinor, rounder));
  const deltaSteps = (documentMinor - rounded.reduce((total, value) => total + value, 0n)) / stepMinor;
  const weights = entries.map((entry) =>
    magnitude(minorOf((chains[entry.line] as ChainResult).bases[entry.step] as Fraction, rounder)),
  );
  const deltas =
    deltaSteps === 0n
      ? rounded.map(() => 0n)
      : allocateMinor(deltaSteps, weights.every((w) => w === 0n) ? weights.map(() => 1n) : weights);
  entries.forEach((entry, position) => {
    (amounts[entry.line] as bigint[])[entry.step] =
      (rounded[position] as bigint) + (deltas[position] as bigint) * stepMinor;
  });
}

function magnitude(value: bigint): bigint {
  return value < 0n ? -value : value;
}

function isAllIncluded(plan: TaxPlan, amounts: readonly bigint[][]): boolean {
  return plan.lines.every((line, lineIndex) =>
    line.steps.every((step, stepIndex) => {
      return step.pricing === "included" || (amounts[lineIndex] as bigint[])[stepIndex] === 0n;
    }),
  );
}

/**
 * Per-document rounding: every line's taxes are computed exactly, each tax is summed over the document and
 * rounded once, and the difference from the rounded line amounts is spread back over the lines with the
 * allocation primitive (weights: the lines' bases, in line-id order), so lines still sum to the document.
 * Ten lines of 1.05 at 7% give 0.735 → 0.74 in all (per line it would be 0.70).
 *
 * @param plan - the plan
 * @returns one outcome per line
 * @internal
 */
export function computeDocumentScope(plan: TaxPlan): LineOutcome[] {
  const policy = plan.rules.policy;
  const inputs: ChainInput[] = plan.lines.map((line) => ({
    steps: line.steps,
    gross: lineGross(line, policy),
    quantityMicros: line.line.quantity.millionths,
    priceSign: line.priceSign,
  }));
  const extracted = inputs.map((input) => extractIncludedTaxes(input, exact));
  const charges = plan.hasDocumentCharges
    ? documentChargeShares(
        plan,
        extracted.map((chain) => minorOf(chain.net, policy.rounder)),
      )
    : undefined;
  const chains = inputs.map((input, index) =>
    applyExcludedTaxes(input, extracted[index] as ChainResult, exact, charges?.[index]),
  );
  const amounts = plan.lines.map((line) => line.steps.map(() => 0n));
  for (const entries of entriesByTax(plan).values()) roundTax(entries, chains, plan, amounts);
  const fromGross = policy.untaxed === "from-rounded-gross" && isAllIncluded(plan, amounts);
  return plan.lines.map((line, index) => {
    const chain = chains[index] as ChainResult;
    const amountsMinor = amounts[index] as bigint[];
    const amount = lineAmountMinor(line);
    const untaxedMinor = fromGross
      ? amount - includedTotal(line, amountsMinor)
      : minorOf(chain.net, policy.rounder);
    return {
      lineAmountMinor: amount,
      untaxedMinor,
      amountsMinor,
      basesMinor: chain.bases.map((base) => minorOf(base, policy.rounder)),
    };
  });
}
