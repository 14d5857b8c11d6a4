import { TillError } from "../errors/till-error";
import {
  fitsSafeIntegers,
  safePartToBigInt,
  safeWeightsScratch,
  splitSafeIntegers,
} from "./allocate-safe-integers";

/**
 * Splits an integer amount of minor units over non-negative integer weights by exact largest remainder.
 *
 * Each part first gets the floor of its exact share `amount × weight / Σweights`; the units left over go one
 * each to the parts with the largest fractional remainder, ties to the larger weight, then to the lower
 * index. Zero weights get zero. A negative amount is split on its magnitude and negated, so a refund
 * mirrors its sale part for part. Every part is within one unit of its exact share, and the parts sum to
 * the amount exactly.
 *
 * @param amountMinor - the amount in minor units (any sign)
 * @param weights - non-negative integer weights, at least one positive
 * @returns one part per weight, summing to `amountMinor`
 * @throws TillError INVALID_WEIGHTS for an empty list, a negative or non-bigint weight (path
 *   ["weights", index]), or all-zero weights (path ["weights"]); INVALID_DECIMAL for a non-bigint amount
 * @example
 * ```ts
 * allocateMinor(10000n, [1n, 2n, 3n]); // [1667n, 3333n, 5000n]
 * ```
 * @public
 */
export function allocateMinor(amountMinor: bigint, weights: readonly bigint[]): bigint[] {
  if (typeof amountMinor !== "bigint")
    throw new TillError("INVALID_DECIMAL", { message: "The amount must be a bigint", path: ["amountMinor"] });
  const count = weights.length;
  let totalWeight = 0n;
  for (let index = 0; index < count; index++) {
    const weight = weights[index] as bigint;
    // typeof guards JS callers: a number weight would otherwise fail inside bigint arithmetic.
    if (typeof weight !== "bigint" || weight < 0n)
      throw new TillError("INVALID_WEIGHTS", {
        message: "Allocation weights must be non-negative bigints",
        path: ["weights", index],
      });
    totalWeight += weight;
  }
  if (totalWeight === 0n) throw new TillError("INVALID_WEIGHTS", { path: ["weights"] });
  const negative = amountMinor < 0n;
  const magnitude = negative ? -amountMinor : amountMinor;
  const safeParts = allocateMinorOnSafeIntegers(magnitude, weights, totalWeight);
  if (safeParts) return fromSafeParts(safeParts, count, negative);
  return allocateBigInts(magnitude, weights, totalWeight, negative);
}

/**
 * The split on JS numbers (allocate-safe-integers.ts) of checked weights summing to `totalWeight`, when
 * every product stays exact: the kernel's scratch array of parts, to be read at once. `undefined` sends
 * the call to the bigint kernel.
 *
 * @internal
 */
export function allocateMinorOnSafeIntegers(
  magnitude: bigint,
  weights: readonly bigint[],
  totalWeight: bigint,
): Float64Array | undefined {
  // A bigint past 2^53 converts to at least 2^53, and the total is at least 1, so the bound turns away
  // every amount or total that a number cannot hold exactly.
  const total = Number(totalWeight);
  const amount = Number(magnitude);
  if (!fitsSafeIntegers(amount, total)) return undefined;
  const count = weights.length;
  const numbers = safeWeightsScratch(count);
  for (let index = 0; index < count; index++) numbers[index] = Number(weights[index]);
  return splitSafeIntegers(amount, count, total);
}

function fromSafeParts(parts: Float64Array, count: number, negative: boolean): bigint[] {
  const result: bigint[] = new Array(count);
  for (let index = 0; index < count; index++)
    result[index] = safePartToBigInt(parts[index] as number, negative);
  return result;
}

/** The kernel on bigints, for amounts and weights whose products leave the safe-integer range. */
function allocateBigInts(
  magnitude: bigint,
  weights: readonly bigint[],
  totalWeight: bigint,
  negative: boolean,
): bigint[] {
  const count = weights.length;
  const parts: bigint[] = new Array(count);
  const remainders: bigint[] = new Array(count);
  let allocated = 0n;
  for (let index = 0; index < count; index++) {
    const product = magnitude * (weights[index] as bigint);
    const part = product / totalWeight;
    parts[index] = part;
    remainders[index] = product % totalWeight;
    allocated += part;
  }
  // Fewer units are left over than there are weights with a non-zero remainder (Σ remainders = leftover ×
  // Σ weights and each remainder is below Σ weights), so zero weights never receive one.
  const leftover = Number(magnitude - allocated);
  if (leftover > 0) giveLeftover(parts, remainders, weights, leftover);
  if (negative) for (let index = 0; index < count; index++) parts[index] = -(parts[index] as bigint);
  return parts;
}

/**
 * Adds one unit to each of the `take` parts that come first in the documented order: larger remainder,
 * then larger weight, then lower index (the sort is stable and starts in index order). This path runs only
 * when products leave the safe-integer range, so a plain sort serves; the everyday split selects in linear
 * time on numbers (allocate-safe-integers.ts).
 */
function giveLeftover(
  parts: bigint[],
  remainders: readonly bigint[],
  weights: readonly bigint[],
  take: number,
): void {
  const order = parts.map((_, index) => index);
  order.sort(
    (a, b) =>
      compareDescending(remainders[a] as bigint, remainders[b] as bigint) ||
      compareDescending(weights[a] as bigint, weights[b] as bigint),
  );
  for (let position = 0; position < take; position++) {
    const index = order[position] as number;
    parts[index] = (parts[index] as bigint) + 1n;
  }
}

function compareDescending(a: bigint, b: bigint): number {
  return a === b ? 0 : a > b ? -1 : 1;
}

/**
 * Splits an amount of minor units into `parts` equal shares: what {@link allocateMinor} gives over equal
 * weights (equal remainders, so the extra units go one each to the lowest indexes), computed directly from
 * one quotient and remainder. A negative amount is split on its magnitude and negated.
 *
 * @param amountMinor - the amount in minor units (any sign)
 * @param parts - a positive integer (not checked: callers pass a count they built)
 * @returns the shares (100n in 3 → 34n / 33n / 33n)
 * @internal
 */
export function allocateEvenlyMinor(amountMinor: bigint, parts: number): bigint[] {
  const negative = amountMinor < 0n;
  const magnitude = negative ? -amountMinor : amountMinor;
  const count = BigInt(parts);
  const share = magnitude / count;
  const extra = Number(magnitude % count);
  const result: bigint[] = new Array(parts);
  for (let index = 0; index < parts; index++) {
    const part = index < extra ? share + 1n : share;
    result[index] = negative ? -part : part;
  }
  return result;
}
