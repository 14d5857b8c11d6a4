import { cumulativeBase } from "../kinds/cumulative-base-tax";
import { divisionTaxAmount } from "../kinds/division-tax";
import { fixedTaxAmount } from "../kinds/fixed-tax";
import { addFractions, type Fraction, ZERO_FRACTION } from "../kinds/fraction";
import { percentOfTaxAmount } from "../kinds/percent-of-tax";
import { percentTaxAmount } from "../kinds/percent-tax";
import type { PlannedStep, StepCalculation } from "../plan/tax-plan";
import type { ChainInput, ChainResult, TaxRounder } from "./line-chain";

/**
 * Computes the price-excluded taxes of a line in ascending sequence, after {@link extractIncludedTaxes}.
 * Each amount is rounded by the scope as it is computed, and that rounded value is what later taxes see.
 *
 * @param input - the chain input
 * @param extracted - the result of the included extraction (filled in further)
 * @param round - the scope's rounding of each tax
 * @param charges - document-charge shares by step index, already allocated
 * @returns the completed chain result
 * @internal
 */
export function applyExcludedTaxes(
  input: ChainInput,
  extracted: ChainResult,
  round: TaxRounder,
  charges: readonly (Fraction | undefined)[] | undefined,
): ChainResult {
  const { net, amounts, bases } = extracted;
  for (let index = 0; index < input.steps.length; index++) {
    const step = input.steps[index] as PlannedStep;
    if (step.pricing === "included") continue;
    const calculation = step.calculation;
    const base = baseOf(calculation, net, amounts, index);
    bases[index] = base;
    amounts[index] =
      calculation.type === "document-charge"
        ? (charges?.[index] ?? ZERO_FRACTION)
        : round(excludedAmount(calculation, base, input));
  }
  return extracted;
}

/** The net plus every amount before `index`: the base of a compound tax. */
function netPlusPrior(net: Fraction, amounts: readonly Fraction[], index: number): Fraction {
  let base = net;
  for (let prior = 0; prior < index; prior++) base = addFractions(base, amounts[prior] as Fraction);
  return base;
}

function baseOf(
  calculation: StepCalculation,
  net: Fraction,
  amounts: readonly Fraction[],
  index: number,
): Fraction {
  switch (calculation.type) {
    case "percent":
    case "division":
      return calculation.base === "net" ? net : netPlusPrior(net, amounts, index);
    case "percent-of-tax":
      return amounts[calculation.ofIndex] as Fraction;
    case "cumulative-base":
      return cumulativeBase(net, amounts, calculation.ofIndexes);
    default:
      return net;
  }
}

function excludedAmount(calculation: StepCalculation, base: Fraction, input: ChainInput): Fraction {
  switch (calculation.type) {
    case "percent":
    case "cumulative-base":
      return percentTaxAmount(base, calculation.rate);
    case "division":
      return divisionTaxAmount(base, calculation.rate);
    case "percent-of-tax":
      return percentOfTaxAmount(base, calculation.rate);
    case "fixed":
      return fixedTaxAmount(calculation.amountMinor, input.quantityMicros, input.priceSign);
    case "document-charge":
      return { n: calculation.amountMinor, d: 1n };
  }
}
