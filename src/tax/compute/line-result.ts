import { splitCombinedAmount } from "../kinds/group-tax";
import type { PlannedLine, PlannedStep } from "../plan/tax-plan";
import type { LineOutcome } from "../rounding/line-outcome";
import type { CompiledRate, CompiledTax } from "../rules/tax-rules";
import type { LineResultExact, LineTaxExact } from "./tax-result";

/**
 * One tax of one line, as reported: the step's tax, kind, pricing and rate with its base and amount (a
 * combined group's amount split over its children for information).
 *
 * @internal
 */
export function lineTax(step: PlannedStep, baseMinor: bigint, amountMinor: bigint): LineTaxExact {
  const entry: LineTaxExact = {
    tax: step.tax,
    kind: step.kind,
    pricing: step.pricing,
    rate: step.rate,
    baseMinor,
    amountMinor,
    rule: step.rule,
  };
  if (step.split === undefined) return entry;
  const shares = splitCombinedAmount(amountMinor, step.split);
  const split = step.split.map((child: CompiledTax, index) => ({
    tax: child,
    rate: (child.calculation as { rate: CompiledRate }).rate,
    amountMinor: shares[index] as bigint,
  }));
  return { ...entry, split };
}

/**
 * Assembles one line's exact result from its plan and its rounded outcome.
 *
 * @param line - the planned line
 * @param outcome - the scope's amounts for it
 * @returns the line result
 * @internal
 */
export function lineResult(line: PlannedLine, outcome: LineOutcome): LineResultExact {
  let includedTaxMinor = 0n;
  let excludedTaxMinor = 0n;
  const taxes: LineTaxExact[] = new Array(line.steps.length);
  for (let index = 0; index < line.steps.length; index++) {
    const step = line.steps[index] as PlannedStep;
    const amountMinor = outcome.amountsMinor[index] as bigint;
    if (amountMinor !== 0n) {
      if (step.pricing === "included") includedTaxMinor += amountMinor;
      else excludedTaxMinor += amountMinor;
    }
    taxes[index] = lineTax(step, outcome.basesMinor[index] as bigint, amountMinor);
  }
  return lineResultOf(
    line,
    outcome.lineAmountMinor,
    outcome.untaxedMinor,
    includedTaxMinor,
    excludedTaxMinor,
    taxes,
  );
}

/**
 * The line result record from its amounts, built in one place so every scope yields one object shape.
 *
 * @internal
 */
export function lineResultOf(
  line: PlannedLine,
  lineAmountMinor: bigint,
  untaxedMinor: bigint,
  includedTaxMinor: bigint,
  excludedTaxMinor: bigint,
  taxes: readonly LineTaxExact[],
): LineResultExact {
  const taxMinor = includedTaxMinor + excludedTaxMinor;
  return {
    lineId: line.line.id,
    lineAmountMinor,
    manufacturerCouponsMinor: line.manufacturerMinor,
    untaxedMinor,
    includedTaxMinor,
    excludedTaxMinor,
    taxMinor,
    totalMinor: untaxedMinor + taxMinor,
    taxes,
    skipped: line.skipped,
  };
}
