/**
 * The largest-remainder split of {@link allocateMinor} on JS numbers, for the common case where every
 * product `magnitude × weight` is an exact integer below 2^53 (any till amount over line nets: 10,000.00
 * over weights summing to 1,000,000.00 is 10^6 × 10^8 = 10^14).
 *
 * Same rule, same result as the bigint kernel (the reference tests compare the two part for part); it
 * exists because a bigint multiply, divide and remainder allocate three heap numbers per weight and bigint
 * comparisons are not inlined, so the bigint kernel took about twice as long over 10 and 100 weights.
 *
 * How the leftover units are found: every part is first rounded to the nearest unit (a remainder of at
 * least half the total rounds up). The parts rounded up are exactly the ones with the largest remainders,
 * so when their count equals the leftover the split is done; otherwise the few units of difference (about
 * √(n/12) for n weights with unrelated remainders) are given to, or taken back from, the next parts in the
 * documented order in one pass. Only a large difference (equal weights, say) needs a selection over all
 * remainders. Against a selection on every call this took about half the time over 10 and 100 weights.
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
 * Scratch arrays reused by every call: a split allocates nothing of its own, and a typed array keeps
 * every element an unboxed double (two fresh arrays per call took about a third of the kernel's time over
 * 100 weights). A split runs to completion before anything else can call it, and its caller reads the
 * parts before the next split, so one set is enough.
 */
let weightsScratch = new Float64Array(64);
let partsScratch = new Float64Array(64);
let remaindersScratch = new Float64Array(64);

/** At most this many units of difference are settled by one pass; more go to the selection. */
const SETTLE_LIMIT = 8;
const chosenScratch = new Int32Array(SETTLE_LIMIT);

/**
 * A scratch array with room for `count` weights, for the caller to fill before {@link splitSafeIntegers};
 * its contents are overwritten by the next call.
 *
 * @internal
 */
export function safeWeightsScratch(count: number): Float64Array {
  if (weightsScratch.length < count) {
    const capacity = Math.max(count, weightsScratch.length * 2);
    weightsScratch = new Float64Array(capacity);
    partsScratch = new Float64Array(capacity);
    remaindersScratch = new Float64Array(capacity);
  }
  return weightsScratch;
}

/**
 * Splits a non-negative integer `magnitude` over the first `count` weights the caller wrote into
 * {@link safeWeightsScratch} (non-negative integers summing to `totalWeight`, which is positive), when
 * {@link fitsSafeIntegers} holds.
 *
 * @param magnitude - the amount in minor units, ≥ 0
 * @param count - how many weights
 * @param totalWeight - their sum, > 0
 * @returns a scratch array whose first `count` entries are the integer parts, summing to `magnitude`;
 *   valid until the next split
 * @internal
 */
export function splitSafeIntegers(magnitude: number, count: number, totalWeight: number): Float64Array {
  const weights = weightsScratch;
  const parts = partsScratch;
  const remainders = remaindersScratch;
  // One division for all: each quotient is then weight × share, within one of the true quotient (two
  // roundings of relative error 2^-53 each on a quotient below 2^52; with a total of 1 both are exact), so
  // one correction step makes quotient and remainder exact. A division per weight took about an eighth
  // longer over 100 weights.
  const share = magnitude / totalWeight;
  let floorSum = 0;
  let roundedUp = 0;
  for (let index = 0; index < count; index++) {
    const weight = weights[index] as number;
    const product = magnitude * weight;
    let part = Math.floor(weight * share);
    let remainder = product - part * totalWeight;
    if (remainder < 0) {
      part--;
      remainder += totalWeight;
    } else if (remainder >= totalWeight) {
      part++;
      remainder -= totalWeight;
    }
    floorSum += part;
    if (isRoundedUp(remainder, totalWeight)) {
      part++;
      roundedUp++;
    }
    parts[index] = part;
    remainders[index] = remainder;
  }
  const leftover = magnitude - floorSum;
  const difference = leftover - roundedUp;
  if (difference > 0 && difference <= SETTLE_LIMIT) settle(count, totalWeight, difference, 1);
  else if (difference < 0 && -difference <= SETTLE_LIMIT) settle(count, totalWeight, -difference, -1);
  else if (difference !== 0) giveLeftoverBySelection(count, totalWeight, leftover);
  return parts;
}

/** A part rounds up when its remainder is at least half the total (doubling a double is exact). */
function isRoundedUp(remainder: number, totalWeight: number): boolean {
  return remainder + remainder >= totalWeight;
}

/**
 * Settles the difference between the parts rounded up and the leftover in one pass.
 *
 * Giving (`unit` +1): one more unit each to the `take` parts first in the documented order (larger
 * remainder, larger weight, lower index) among those not rounded up. Every part rounded up has a larger
 * remainder than any other, so together they are the first parts in that order. Fewer units are left over
 * than there are non-zero remainders, so a zero weight is never chosen.
 *
 * Taking back (`unit` −1): the unit back from each of the `take` parts last in that order among those
 * rounded up.
 */
function settle(count: number, totalWeight: number, take: number, unit: 1 | -1): void {
  const remainders = remaindersScratch;
  const weights = weightsScratch;
  const chosen = chosenScratch;
  const giving = unit > 0;
  let size = 0;
  for (let index = 0; index < count; index++) {
    const remainder = remainders[index] as number;
    if (isRoundedUp(remainder, totalWeight) === giving) continue;
    const weight = weights[index] as number;
    let position = size;
    while (position > 0) {
      const held = chosen[position - 1] as number;
      if (!ranksAhead(giving, remainder, weight, remainders[held] as number, weights[held] as number)) break;
      position--;
    }
    if (position < take) size = insertChosen(size, take, position, index);
  }
  addToChosen(take, unit);
}

/**
 * Whether a part ranks ahead of one held earlier in the scan (so with a lower index). Giving, the better
 * part goes first: a larger remainder, then a larger weight; an equal one stays behind. Taking back, the
 * part last in the documented order goes first: a smaller remainder, then a smaller or equal weight, as
 * the later index comes later in the order.
 */
function ranksAhead(
  giving: boolean,
  remainder: number,
  weight: number,
  heldRemainder: number,
  heldWeight: number,
): boolean {
  if (remainder !== heldRemainder) return giving ? remainder > heldRemainder : remainder < heldRemainder;
  return giving ? weight > heldWeight : weight <= heldWeight;
}

/** Adds `unit` (+1 or −1) to the first `take` chosen parts. */
function addToChosen(take: number, unit: number): void {
  for (let position = 0; position < take; position++) {
    const index = chosenScratch[position] as number;
    partsScratch[index] = (partsScratch[index] as number) + unit;
  }
}

/** Inserts `index` at `position` of the chosen list, keeping at most `capacity`; returns the new size. */
function insertChosen(size: number, capacity: number, position: number, index: number): number {
  const chosen = chosenScratch;
  const last = size < capacity ? size : capacity - 1;
  for (let slot = last; slot > position; slot--) chosen[slot] = chosen[slot - 1] as number;
  chosen[position] = index;
  return size < capacity ? size + 1 : size;
}

/**
 * The general case, when rounding to the nearest unit is far from the leftover: back to the floor of every
 * share, then one unit each to the `take` parts first in the documented order. Every remainder above the
 * `take`-th largest gets its unit at once; the equal ones share the rest by weight, then index.
 */
function giveLeftoverBySelection(count: number, totalWeight: number, take: number): void {
  const parts = partsScratch;
  const remainders = remaindersScratch;
  const weights = weightsScratch;
  for (let index = 0; index < count; index++)
    if (isRoundedUp(remainders[index] as number, totalWeight)) parts[index] = (parts[index] as number) - 1;
  const threshold = kthLargest(remainders.slice(0, count), take);
  let given = 0;
  const ties: number[] = [];
  for (let index = 0; index < count; index++) {
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
function kthLargest(values: Float64Array, k: number): number {
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
 * A part of a split (a non-negative safe integer) as a bigint, negated for a negative amount. `BigInt` of
 * a value held as a double takes a slow path (about 38 ns against 5 ns for a small integer), and parts are
 * held as doubles, so small ones go through `| 0`; the sign is applied before the conversion because
 * negating a bigint allocates a second one.
 *
 * @internal
 */
export function safePartToBigInt(part: number, negative: boolean): bigint {
  if (part <= 0x7fffffff) return BigInt(negative ? -(part | 0) : part | 0);
  return BigInt(negative ? -part : part);
}
