import type Decimal from "decimal.js";
import { currencyExponent } from "../currency/get-currency";
import { TillError } from "../errors/till-error";
import { Money } from "../money/money";
import type { DecimalInput } from "../numbers/decimal-input";
import { parseDecimal } from "../numbers/parse-decimal";
import type { ScaledDecimal } from "../numbers/scaled-decimal";
import { unitsAtScale } from "../numbers/scaled-decimal";
import { QUANTITY_SCALE, Quantity } from "../quantity/quantity";
import { allocateEvenlyMinor, allocateMinor } from "./allocate-minor";
import {
  fitsSafeIntegers,
  safePartToBigInt,
  safeWeightsScratch,
  splitSafeIntegers,
} from "./allocate-safe-integers";

/**
 * A weight for {@link allocate}: Money (a line net), a Quantity, or an exact decimal. Weights are ratios,
 * so their scale does not matter, only their proportions.
 *
 * @public
 */
export type AllocationWeight = Money | Quantity | DecimalInput | Decimal;

function weightAsScaled(weight: AllocationWeight, index: number): ScaledDecimal {
  // A Money weight mixed with decimals counts at its currency's scale: 12.99 EUR weighs as "12.99".
  if (weight instanceof Money) return { units: weight.minor, scale: currencyExponent(weight.currency) };
  if (weight instanceof Quantity) return { units: weight.millionths, scale: QUANTITY_SCALE };
  return parseDecimal(weight, ["weights", index]);
}

/**
 * Splits money over weights by exact largest remainder: the one allocation primitive of tillkit (basket
 * discounts, split bills, partial refunds, points burns, tax rounding deltas).
 *
 * Leftover minor units go to the largest fractional remainder; ties to the larger weight, then the lower
 * index. Zero weights get zero. A negative amount is split on its magnitude and negated.
 *
 * @param amount - the money to split
 * @param weights - non-negative weights, at least one positive
 * @returns one Money per weight, summing exactly to `amount`
 * @throws TillError INVALID_WEIGHTS (empty, negative, all zero); INVALID_DECIMAL for a malformed weight
 * @example
 * ```ts
 * allocate(parseMoney("100.00", "EUR"), [1, 2, 3]).map(String);                 // ["16.67", "33.33", "50.00"]
 * allocate(parseMoney("10.00", "EUR"), ["12.99", "7.49", "3.50"]).map(String); // ["5.42", "3.12", "1.46"]
 * ```
 * @public
 */
export function allocate(amount: Money, weights: readonly AllocationWeight[]): Money[] {
  if (weights.length === 0)
    throw new TillError("INVALID_WEIGHTS", { message: "No weights to allocate over", path: ["weights"] });
  const safeParts = allocateOnSafeIntegers(amount.minor, weights);
  if (safeParts) return safeMoneyParts(safeParts, weights.length, amount);
  return toMoneyParts(allocateMinor(amount.minor, weightUnits(weights)), amount.currency);
}

/**
 * The split on JS numbers when the weights are all line nets (Money, in minor units) or all integer JS
 * numbers and the products stay exact (see allocate-safe-integers.ts): the kernel's scratch array of
 * parts, to be read at once. `undefined` sends the call to the general path, which also scales mixed
 * weights and reports bad ones.
 *
 * @internal
 */
export function allocateOnSafeIntegers(
  amountMinor: bigint,
  weights: readonly AllocationWeight[],
): Float64Array | undefined {
  const count = weights.length;
  const numbers = safeWeightsScratch(count);
  const total =
    weights[0] instanceof Money ? readMoneyWeights(weights, numbers) : readIntegerWeights(weights, numbers);
  if (!(total > 0)) return undefined;
  // The total is at least 1 here, so the bound also turns away an amount past 2^53 (it converts to at
  // least 2^53).
  const magnitude = Number(amountMinor < 0n ? -amountMinor : amountMinor);
  if (!fitsSafeIntegers(magnitude, total)) return undefined;
  return splitSafeIntegers(magnitude, count, total);
}

/**
 * Reads line nets into `numbers` and returns their sum, or -1 when a weight is not Money or is negative.
 * A net past 2^53 converts to at least 2^53 and so puts the total past the bound of fitsSafeIntegers.
 */
function readMoneyWeights(weights: readonly AllocationWeight[], numbers: Float64Array): number {
  let total = 0;
  for (let index = 0; index < weights.length; index++) {
    const weight = weights[index];
    if (!(weight instanceof Money)) return -1;
    const value = Number(weight.minor);
    if (value < 0) return -1;
    numbers[index] = value;
    total += value;
  }
  return total;
}

/** Copies non-negative safe-integer weights into `numbers` and returns their sum, or -1 for any other. */
function readIntegerWeights(weights: readonly AllocationWeight[], numbers: Float64Array): number {
  let total = 0;
  for (let index = 0; index < weights.length; index++) {
    const weight = weights[index];
    if (typeof weight !== "number" || !Number.isSafeInteger(weight) || weight < 0) return -1;
    numbers[index] = weight;
    total += weight;
  }
  return total;
}

/** Money parts from the kernel's scratch array, with the amount's sign. */
function safeMoneyParts(parts: Float64Array, count: number, amount: Money): Money[] {
  const currency = amount.currency;
  const negative = amount.minor < 0n;
  const result: Money[] = new Array(count);
  for (let index = 0; index < count; index++)
    result[index] = new Money(safePartToBigInt(parts[index] as number, negative), currency);
  return result;
}

/**
 * Weights as integers of one common scale. Line nets (Money) are the common case and are read directly,
 * without an intermediate object per weight.
 */
function weightUnits(weights: readonly AllocationWeight[]): bigint[] {
  const units: bigint[] = new Array(weights.length);
  for (let index = 0; index < weights.length; index++) {
    const weight = weights[index];
    if (!(weight instanceof Money)) return mixedWeightUnits(weights);
    units[index] = weight.minor;
  }
  return units;
}

function mixedWeightUnits(weights: readonly AllocationWeight[]): bigint[] {
  const scaled = weights.map(weightAsScaled);
  let scale = 0;
  for (const weight of scaled) scale = Math.max(scale, weight.scale);
  return scaled.map((weight) => unitsAtScale(weight, scale));
}

function toMoneyParts(parts: readonly bigint[], currency: string): Money[] {
  const result: Money[] = new Array(parts.length);
  for (let index = 0; index < parts.length; index++)
    result[index] = new Money(parts[index] as bigint, currency);
  return result;
}

/**
 * Splits money into `parts` equal shares; the extra minor units go to the first shares.
 *
 * @param amount - the money to split
 * @param parts - a positive integer
 * @returns the shares (JPY 100 in 3 → 34 / 33 / 33)
 * @throws TillError INVALID_WEIGHTS when parts is not a positive integer
 * @public
 */
export function allocateEvenly(amount: Money, parts: number): Money[] {
  if (!Number.isSafeInteger(parts) || parts <= 0) {
    throw new TillError("INVALID_WEIGHTS", { message: `Cannot split into ${parts} parts`, path: ["parts"] });
  }
  return toMoneyParts(allocateEvenlyMinor(amount.minor, parts), amount.currency);
}
