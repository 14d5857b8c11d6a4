import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { allocate, allocateMinor, moneyFromMinor } from "../../../src/core";

/**
 * The documented rule written the slow, obvious way: floors, then a full sort of every index by remainder
 * (larger first), weight (larger first) and index, and one unit each to the first `leftover` of them.
 */
function referenceAllocation(amount: bigint, weights: readonly bigint[]): bigint[] {
  const total = weights.reduce((sum, weight) => sum + weight, 0n);
  const magnitude = amount < 0n ? -amount : amount;
  const parts = weights.map((weight) => (magnitude * weight) / total);
  const remainders = weights.map((weight) => (magnitude * weight) % total);
  const leftover = Number(magnitude - parts.reduce((sum, part) => sum + part, 0n));
  const order = weights.map((_, index) => index);
  order.sort((a, b) => {
    const byRemainder = compareDescending(remainders[a] as bigint, remainders[b] as bigint);
    if (byRemainder !== 0) return byRemainder;
    return compareDescending(weights[a] as bigint, weights[b] as bigint) || a - b;
  });
  for (const index of order.slice(0, leftover)) parts[index] = (parts[index] as bigint) + 1n;
  return amount < 0n ? parts.map((part) => -part) : parts;
}

function compareDescending(a: bigint, b: bigint): number {
  return a === b ? 0 : a > b ? -1 : 1;
}

const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);

/** Values around 2^53 (where a JS number stops being exact) and far beyond it, plus everyday ones. */
const edgyBigInt = (max: bigint) =>
  fc.oneof(
    fc.bigInt({ min: 0n, max: 10_000n }),
    fc.bigInt({ min: MAX_SAFE - 1_000n, max: MAX_SAFE + 1_000n }),
    fc.bigInt({ min: 0n, max }),
  );

/** Few distinct weights, so equal remainders (the tie rules) come up often. */
const tieProneWeights = fc.array(fc.constantFrom(0n, 1n, 2n, 3n, 6n), { minLength: 1, maxLength: 12 });

describe("allocateMinor against the sort-based reference", () => {
  const runs = { numRuns: 1000 };

  it("matches the reference for amounts and weights up to and beyond 2^53", () => {
    const weights = fc
      .array(edgyBigInt(2n ** 80n), { minLength: 1, maxLength: 40 })
      .filter((list) => list.some((weight) => weight > 0n));
    fc.assert(
      fc.property(edgyBigInt(2n ** 90n), fc.boolean(), weights, (magnitude, negative, list) => {
        const amount = negative ? -magnitude : magnitude;
        expect(allocateMinor(amount, list)).toEqual(referenceAllocation(amount, list));
      }),
      runs,
    );
  });

  it("matches the reference where ties decide (equal remainders, equal weights)", () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: -50n, max: 50n }),
        tieProneWeights.filter((list) => list.some((weight) => weight > 0n)),
        (amount, list) => {
          expect(allocateMinor(amount, list)).toEqual(referenceAllocation(amount, list));
        },
      ),
      runs,
    );
  });
});

describe("the split on JS numbers agrees with the bigint rule at its edges", () => {
  const runs = { numRuns: 1000 };

  it("matches the reference where amount × total + total sits at 2^53 (and at 2^54, 2^55)", () => {
    const weights = fc
      .array(fc.bigInt({ min: 0n, max: 2n ** 40n }), { minLength: 1, maxLength: 20 })
      .filter((list) => list.some((weight) => weight > 0n));
    fc.assert(
      fc.property(
        weights,
        fc.constantFrom(1n, 2n, 4n),
        fc.integer({ min: -3, max: 3 }),
        fc.boolean(),
        (list, factor, offset, negative) => {
          const total = list.reduce((sum, weight) => sum + weight, 0n);
          const edge = (factor * MAX_SAFE - total) / total + BigInt(offset);
          const magnitude = edge < 0n ? 0n : edge;
          const amount = negative ? -magnitude : magnitude;
          expect(allocateMinor(amount, list)).toEqual(referenceAllocation(amount, list));
        },
      ),
      runs,
    );
  });

  it("allocate over integer numbers and over line nets gives what allocateMinor gives", () => {
    const weights = fc
      .array(fc.integer({ min: 0, max: 5_000_000 }), { minLength: 1, maxLength: 30 })
      .filter((list) => list.some((weight) => weight > 0));
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 12n), max: 10n ** 12n }), weights, (minor, list) => {
        const expected = referenceAllocation(minor, list.map(BigInt));
        const amount = moneyFromMinor(minor, "EUR");
        const lineNets = list.map((weight) => moneyFromMinor(BigInt(weight), "EUR"));
        expect(allocate(amount, list).map((part) => part.minor)).toEqual(expected);
        expect(allocate(amount, lineNets).map((part) => part.minor)).toEqual(expected);
      }),
      runs,
    );
  });
});
