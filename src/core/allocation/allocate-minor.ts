import { TillError } from "../errors/till-error";

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
 * @throws TillError INVALID_WEIGHTS for an empty list, a negative weight, or all-zero weights
 * @example
 * ```ts
 * allocateMinor(10000n, [1n, 2n, 3n]); // [1667n, 3333n, 5000n]
 * ```
 * @public
 */
export function allocateMinor(amountMinor: bigint, weights: readonly bigint[]): bigint[] {
  let totalWeight = 0n;
  for (const weight of weights) {
    if (weight < 0n)
      throw new TillError("INVALID_WEIGHTS", { message: "Allocation weights must not be negative" });
    totalWeight += weight;
  }
  if (totalWeight === 0n) throw new TillError("INVALID_WEIGHTS");
  const negative = amountMinor < 0n;
  const magnitude = negative ? -amountMinor : amountMinor;
  const parts: bigint[] = new Array(weights.length);
  const remainders: bigint[] = new Array(weights.length);
  let allocated = 0n;
  for (let index = 0; index < weights.length; index++) {
    const product = magnitude * (weights[index] as bigint);
    const part = product / totalWeight;
    parts[index] = part;
    remainders[index] = product % totalWeight;
    allocated += part;
  }
  let leftover = Number(magnitude - allocated);
  if (leftover > 0) {
    const order = weights.map((_, index) => index);
    order.sort((a, b) => compareForLeftover(a, b, remainders, weights));
    for (const index of order) {
      if (leftover === 0) break;
      if ((weights[index] as bigint) === 0n) continue;
      parts[index] = (parts[index] as bigint) + 1n;
      leftover -= 1;
    }
  }
  return negative ? parts.map((part) => -part) : parts;
}

/** Largest remainder first, then larger weight, then lower index: the documented tie order. */
function compareForLeftover(
  a: number,
  b: number,
  remainders: readonly bigint[],
  weights: readonly bigint[],
): number {
  const byRemainder = compareDescending(remainders[a] as bigint, remainders[b] as bigint);
  if (byRemainder !== 0) return byRemainder;
  const byWeight = compareDescending(weights[a] as bigint, weights[b] as bigint);
  return byWeight !== 0 ? byWeight : a - b;
}

function compareDescending(a: bigint, b: bigint): number {
  return a === b ? 0 : a > b ? -1 : 1;
}
