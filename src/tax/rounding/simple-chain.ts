import { lineResultOf, lineTax } from "../compute/line-result";
import type { LineResultExact, LineTaxExact } from "../compute/tax-result";
import type { PlannedLine, PlannedStep } from "../plan/tax-plan";
import { ratesAtCommonScale } from "../rules/compile-rate";
import type { CompiledRate, ResolvedTaxPolicy } from "../rules/tax-rules";

/** A price-excluded percent step: on the net, or on the net plus every earlier amount (compound). */
interface ExcludedPercent {
  readonly index: number;
  readonly units: bigint;
  /** The rate's divisor times the rounding step, so one division rounds to the increment. */
  readonly divisor: bigint;
  readonly compound: boolean;
}

/**
 * The chain of a line whose taxes are all percent taxes that per-line rounding computes without
 * fractions: price-included ones on the net (extracted together) and price-excluded ones on the net or
 * compound. Compiled once per distinct step list of a document; most lines share one.
 *
 * @internal
 */
export interface SimpleChain {
  readonly stepCount: number;
  /** Step indexes of the price-included percent taxes, their rate units and the shared divisor. */
  readonly includedIndexes: readonly number[];
  readonly includedUnits: readonly bigint[];
  readonly includedDivisor: bigint;
  readonly excluded: readonly ExcludedPercent[];
}

function percentOn(step: PlannedStep): CompiledRate | undefined {
  const calculation = step.calculation;
  return calculation.type === "percent" ? calculation.rate : undefined;
}

/**
 * Compiles the steps of a line into a {@link SimpleChain}, or returns undefined when some step needs the
 * general chain (fixed, division, percent-of-tax, cumulative, document charges, compound price-included).
 *
 * @param steps - the line's planned steps
 * @param stepMinor - the policy's rounding increment in minor units
 * @returns the chain, or undefined
 * @internal
 */
export function compileSimpleChain(
  steps: readonly PlannedStep[],
  stepMinor: bigint,
): SimpleChain | undefined {
  const includedIndexes: number[] = [];
  const includedRates: CompiledRate[] = [];
  const excluded: ExcludedPercent[] = [];
  for (let index = 0; index < steps.length; index++) {
    const step = steps[index] as PlannedStep;
    const rate = percentOn(step);
    if (rate === undefined) return undefined;
    const compound = (step.calculation as { base: string }).base !== "net";
    if (step.pricing === "included") {
      if (compound) return undefined;
      includedIndexes.push(index);
      includedRates.push(rate);
    } else excluded.push({ index, units: rate.units, divisor: rate.divisor * stepMinor, compound });
  }
  // Same divisor as the general extraction: the rates at a common scale, plus their sum (10% + 10% → 1.2).
  const common = ratesAtCommonScale(includedRates);
  let rateSum = 0n;
  for (const units of common.units) rateSum += units;
  return {
    stepCount: steps.length,
    includedIndexes,
    includedUnits: common.units,
    includedDivisor: (common.divisor + rateSum) * stepMinor,
    excluded,
  };
}

/**
 * Computes one line on a {@link SimpleChain} under per-line rounding with rounded line amounts: the same
 * arithmetic as the general chain (each tax rounded as computed, included taxes rounded first and the net
 * the remainder, compound bases on rounded amounts) without its intermediate fractions, straight into the
 * line's result (no per-step amount and base arrays in between).
 *
 * @param chain - the compiled chain of the line's steps
 * @param line - the planned line
 * @param policy - the resolved policy (its rounder and step)
 * @returns the line's result, identical to the general chain's
 * @internal
 */
export function simpleChainResult(
  chain: SimpleChain,
  line: PlannedLine,
  policy: ResolvedTaxPolicy,
): LineResultExact {
  const { rounder, stepMinor } = policy;
  const steps = line.steps;
  const gross = line.lineAmountMinor;
  const taxes: LineTaxExact[] = new Array(chain.stepCount);
  const net = addIncludedTaxes(chain, steps, gross, rounder, stepMinor, taxes);
  let excludedTaxMinor = 0n;
  for (const step of chain.excluded) {
    const base = step.compound ? netPlusPrior(net, taxes, step.index) : net;
    const amount = rounder(base * step.units, step.divisor) * stepMinor;
    taxes[step.index] = lineTax(steps[step.index] as PlannedStep, base, amount);
    excludedTaxMinor += amount;
  }
  return lineResultOf(line, gross, net, gross - net, excludedTaxMinor, taxes);
}

/** Extracts the price-included taxes into `taxes` (their base is the net) and returns the net. */
function addIncludedTaxes(
  chain: SimpleChain,
  steps: readonly PlannedStep[],
  gross: bigint,
  rounder: ResolvedTaxPolicy["rounder"],
  stepMinor: bigint,
  taxes: LineTaxExact[],
): bigint {
  const included = chain.includedIndexes;
  if (included.length === 0) return gross;
  const amounts: bigint[] = new Array(included.length);
  let net = gross;
  for (let position = 0; position < included.length; position++) {
    const amount =
      rounder(gross * (chain.includedUnits[position] as bigint), chain.includedDivisor) * stepMinor;
    amounts[position] = amount;
    net -= amount;
  }
  for (let position = 0; position < included.length; position++) {
    const index = included[position] as number;
    taxes[index] = lineTax(steps[index] as PlannedStep, net, amounts[position] as bigint);
  }
  return net;
}

/** The net plus every amount before `index` (all already computed, in sequence order). */
function netPlusPrior(net: bigint, taxes: readonly LineTaxExact[], index: number): bigint {
  let base = net;
  for (let prior = 0; prior < index; prior++) base += (taxes[prior] as LineTaxExact).amountMinor;
  return base;
}
