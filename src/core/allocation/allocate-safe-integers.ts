/**
 * The largest-remainder split of {@link allocateMinor} on JS numbers, for the common case where every
 * product `magnitude × weight` is an exact integer below 2^53 (any till amount over line nets: 10,000.00
 * over weights summing to 1,000,000.00 is 10^6 × 10^8 = 10^14).
 *
 * Same rule, same result as the bigint kernel (the reference tests compare the two part for part); it
 * exists because a bigint multiply, divide and remainder allocate three heap numbers per weight and bigint
 * comparisons are not inlined, so the bigint kernel took about twice as long over 10 and 100 weights.
 */

/**
 * Whether `magnitude` can be split over weights summing to `totalWeight` on numbers: every product, and
 * every quotient estimate times the total (at most one total above the product), stays below 2^53.
 *
 * @internal
 */
export function fitsSafeIntegers(magnitude: number, totalWeight: number): boolean {
  return magnitude * totalWeight + totalWeight <= Number.MAX_SAFE_INTEGER;
}

/**
 * Splits a non-negative integer `magnitude` over non-negative integer weights summing to `totalWeight`
 * (positive), when {@link fitsSafeIntegers} holds.
 *
 * @param magnitude - the amount in minor units, ≥ 0
 * @param weights - the weights, exact non-negative integers
 * @param totalWeight - their sum, > 0
 * @returns one integer part per weight, summing to `magnitude`
 * @internal
 */
export function allocateSafeIntegers(
  magnitude: number,
  weights: readonly number[],
  totalWeight: number,
): number[] {
  const count = weights.length;
  const parts: number[] = new Array(count);
  const remainders: number[] = new Array(count);
  let allocated = 0;
  for (let index = 0; index < count; index++) {
    const product = magnitude * (weights[index] as number);
    // The rounded quotient is within one of the true one (it is below 2^52 unless the total is 1, when
    // the division is exact), so one correction step makes quotient and remainder exact.
    let part = Math.floor(product / totalWeight);
    let remainder = product - part * totalWeight;
    if (remainder < 0) {
      part--;
      remainder += totalWeight;
    } else if (remainder >= totalWeight) {
      part++;
      remainder -= totalWeight;
    }
    parts[index] = part;
    remainders[index] = remainder;
    allocated += part;
  }
  const leftover = magnitude - allocated;
  if (leftover > 0 && leftover <= SCAN_LIMIT) giveLeftoverByScan(parts, remainders, weights, leftover);
  else if (leftover > 0) giveLeftover(parts, remainders, weights, leftover);
  return parts;
}

/**
 * Up to this many leftover units are handed out by scanning for the next largest remainder each time
 * (no copy, no selection): over 10 weights that is most calls, and it took about a third less time there.
 */
const SCAN_LIMIT = 4;

/**
 * Gives one unit at a time to the part first in the documented order: the largest remainder, on equal
 * remainders the larger weight, then the lower index (the scan runs in index order and takes only a
 * strictly better part). A part given a unit leaves the race; `remainders` is the caller's scratch copy.
 */
function giveLeftoverByScan(
  parts: number[],
  remainders: number[],
  weights: readonly number[],
  take: number,
): void {
  for (let given = 0; given < take; given++) {
    let best = -1;
    let bestRemainder = -1;
    let bestWeight = -1;
    for (let index = 0; index < remainders.length; index++) {
      const remainder = remainders[index] as number;
      if (remainder < bestRemainder) continue;
      const weight = weights[index] as number;
      if (remainder > bestRemainder || weight > bestWeight) {
        best = index;
        bestRemainder = remainder;
        bestWeight = weight;
      }
    }
    parts[best] = (parts[best] as number) + 1;
    remainders[best] = -1;
  }
}

/**
 * Adds one unit to each of the `take` parts first in the documented order (larger remainder, larger
 * weight, lower index): every remainder above the `take`-th largest gets its unit at once, the equal ones
 * share the rest by weight, then index.
 */
function giveLeftover(
  parts: number[],
  remainders: readonly number[],
  weights: readonly number[],
  take: number,
): void {
  const threshold = kthLargest(remainders.slice(), take);
  let given = 0;
  const ties: number[] = [];
  for (let index = 0; index < remainders.length; index++) {
    const remainder = remainders[index] as number;
    if (remainder > threshold) {
      parts[index] = (parts[index] as number) + 1;
      given++;
    } else if (remainder === threshold) ties.push(index);
  }
  // Ties are in index order and the sort is stable, so larger weight first, then lower index.
  if (given + ties.length > take && ties.length > 1)
    ties.sort((a, b) => (weights[b] as number) - (weights[a] as number));
  for (let position = 0; given < take; position++, given++) {
    const index = ties[position] as number;
    parts[index] = (parts[index] as number) + 1;
  }
}

/** The k-th largest value (k ≥ 1) by iterative quickselect (Hoare partition, descending); reorders `values`. */
function kthLargest(values: number[], k: number): number {
  let low = 0;
  let high = values.length - 1;
  const target = k - 1;
  while (low < high) {
    const pivot = values[(low + high) >> 1] as number;
    let left = low;
    let right = high;
    while (left <= right) {
      while ((values[left] as number) > pivot) left++;
      while ((values[right] as number) < pivot) right--;
      if (left <= right) {
        const swap = values[left] as number;
        values[left] = values[right] as number;
        values[right] = swap;
        left++;
        right--;
      }
    }
    if (target <= right) high = right;
    else if (target >= left) low = left;
    else break;
  }
  return values[target] as number;
}

/**
 * A non-negative safe integer as a bigint. `BigInt` of a value held as a double takes a slow path (about
 * 38 ns against 5 ns for a small integer), and parts are held as doubles, so small ones go through `| 0`.
 *
 * @internal
 */
export function safeIntegerToBigInt(value: number): bigint {
  return value <= 0x7fffffff ? BigInt(value | 0) : BigInt(value);
}
