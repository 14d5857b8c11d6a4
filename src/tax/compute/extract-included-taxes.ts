import { includedDivisionTaxAmount } from "../kinds/division-tax";
import { fixedTaxAmount } from "../kinds/fixed-tax";
import { type Fraction, subtractFractions } from "../kinds/fraction";
import { includedPercentShares } from "../kinds/percent-tax";
import type { PlannedStep, StepCalculation } from "../plan/tax-plan";
import type { CompiledRate } from "../rules/tax-rules";
import type { ChainInput, ChainResult, TaxRounder } from "./line-chain";

/**
 * Takes the price-included taxes out of the gross, so the shelf price never moves: each tax is rounded
 * first and the base is the remainder. Taxes that do not depend on the net (fixed, division) and compound
 * ones are peeled off in descending sequence; the price-included percent taxes on the net are then
 * extracted together, with their rate sum in the divisor.
 *
 * @param input - the chain input
 * @param round - the scope's rounding of each tax
 * @returns the net, with the included steps' amounts and bases filled in
 * @internal
 */
export function extractIncludedTaxes(input: ChainInput, round: TaxRounder): ChainResult {
  const { steps, gross } = input;
  const amounts: Fraction[] = new Array(steps.length);
  const bases: Fraction[] = new Array(steps.length);
  let remaining = gross;
  const batch: number[] = [];
  for (let index = steps.length - 1; index >= 0; index--) {
    const step = steps[index] as PlannedStep;
    if (step.pricing !== "included") continue;
    const calculation = step.calculation;
    if (calculation.type === "percent" && calculation.base === "net") {
      batch.push(index);
      continue;
    }
    const amount = round(peelIncluded(calculation, input, remaining));
    remaining = subtractFractions(remaining, amount);
    amounts[index] = amount;
    bases[index] = calculation.type === "division" ? gross : remaining;
  }
  if (batch.length > 0) remaining = extractBatch(steps, batch, remaining, round, amounts, bases);
  for (let index = 0; index < steps.length; index++) {
    if ((steps[index] as PlannedStep).calculation.type === "fixed" && amounts[index] !== undefined)
      bases[index] = remaining;
  }
  return { net: remaining, amounts, bases };
}

/** Extracts the adjacent price-included percent taxes together; returns the net that remains. */
function extractBatch(
  steps: readonly PlannedStep[],
  batch: readonly number[],
  gross: Fraction,
  round: TaxRounder,
  amounts: Fraction[],
  bases: Fraction[],
): Fraction {
  const rates: CompiledRate[] = [];
  for (const index of batch)
    rates.push(((steps[index] as PlannedStep).calculation as { rate: CompiledRate }).rate);
  const shares = includedPercentShares(gross, rates);
  let remaining = gross;
  for (let position = 0; position < batch.length; position++) {
    const amount = round(shares[position] as Fraction);
    amounts[batch[position] as number] = amount;
    remaining = subtractFractions(remaining, amount);
  }
  for (const index of batch) bases[index] = remaining;
  return remaining;
}

function peelIncluded(calculation: StepCalculation, input: ChainInput, remaining: Fraction): Fraction {
  if (calculation.type === "fixed")
    return fixedTaxAmount(calculation.amountMinor, input.quantityMicros, input.priceSign);
  if (calculation.type === "division") return includedDivisionTaxAmount(input.gross, calculation.rate);
  // A compound included tax: what remains is base × (1 + rate), its base being the net plus prior taxes.
  return includedPercentShares(remaining, [(calculation as { rate: CompiledRate }).rate])[0] as Fraction;
}
