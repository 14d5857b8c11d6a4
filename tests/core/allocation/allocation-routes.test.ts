import { describe, expect, it } from "vitest";
import { allocateMinor, moneyFromMinor } from "../../../src/core";
import { allocateOnSafeIntegers } from "../../../src/core/allocation/allocate";
import { allocateMinorOnSafeIntegers } from "../../../src/core/allocation/allocate-minor";
import { fitsSafeIntegers } from "../../../src/core/allocation/allocate-safe-integers";
import { parseQuantity } from "../../../src/core/quantity/quantity";

// The split runs on JS numbers only when every product is an exact integer below 2^53; otherwise the
// call goes to the bigint kernel, which gives the same parts. Both routes agree by the reference
// properties (allocate-minor-reference.test.ts), so these tests pin the route itself: a fast route
// declined for everyday line nets costs twice the time, one taken outside the safe range gives wrong parts.

const MAX_SAFE = Number.MAX_SAFE_INTEGER;
const eur = (minor: bigint) => moneyFromMinor(minor, "EUR");
const firstParts = (parts: Float64Array | undefined, count: number) =>
  parts === undefined ? undefined : Array.from(parts.subarray(0, count));

describe("fitsSafeIntegers: amount × total + total stays at or below 2^53 − 1", () => {
  it.each([
    // total 1: the amount itself plus one unit of headroom for the quotient estimate.
    [MAX_SAFE - 1, 1, true],
    [MAX_SAFE, 1, false],
    // total 2: 2 × 4,503,599,627,370,494 + 2 = 9,007,199,254,740,990, one more unit of amount is 2^53.
    [4_503_599_627_370_494, 2, true],
    [4_503_599_627_370_495, 2, false],
    // 10,000.00 over line nets summing to 1,000,000.00: 10^6 × 10^8 + 10^8, far inside.
    [1_000_000, 100_000_000, true],
    // 10^8 × 10^8 = 10^16 is past 2^53 ≈ 9.007 × 10^15.
    [100_000_000, 100_000_000, false],
    [0, MAX_SAFE, true],
    [0, MAX_SAFE + 1, false],
  ])("%d over a total of %d: %s", (magnitude, total, fits) => {
    expect(fitsSafeIntegers(magnitude, total)).toBe(fits);
  });
});

describe("allocate's route on numbers", () => {
  it("takes line nets and integer weights (10.00 over 12.99, 7.49, 3.50 is 5.42, 3.12, 1.46)", () => {
    const nets = [eur(1299n), eur(749n), eur(350n)];
    expect(firstParts(allocateOnSafeIntegers(1000n, nets), 3)).toEqual([542, 312, 146]);
    // The sign is put back by the caller: the kernel splits the magnitude.
    expect(firstParts(allocateOnSafeIntegers(-1000n, nets), 3)).toEqual([542, 312, 146]);
    expect(firstParts(allocateOnSafeIntegers(10000n, [1, 2, 3]), 3)).toEqual([1667, 3333, 5000]);
    // A zero weight among positive ones is read as any other: a free line among priced ones.
    expect(firstParts(allocateOnSafeIntegers(7n, [0, 7, 0]), 3)).toEqual([0, 7, 0]);
    expect(firstParts(allocateOnSafeIntegers(7n, [eur(0n), eur(700n)]), 2)).toEqual([0, 7]);
  });

  it("takes a largest line net of 2^53 − 1 minor units when the amount is zero", () => {
    expect(firstParts(allocateOnSafeIntegers(0n, [eur(BigInt(MAX_SAFE))]), 1)).toEqual([0]);
  });

  it.each([
    ["a net, then a number", [eur(100n), 1]],
    ["a number, then a net", [1, eur(100n)]],
    ["a negative net", [eur(200n), eur(-1n)]],
    ["a net of 2^53 minor units", [eur(2n ** 53n)]],
    ["a net far past 2^53", [eur(10n ** 400n)]],
    ["a fractional number", [1, 1.5]],
    ["a negative number", [3, -1]],
    ["a number past 2^53", [2 ** 53]],
    ["decimal text", ["1", "2"]],
    ["a quantity", [parseQuantity("1.5")]],
    ["zero weights only", [0, 0]],
    ["zero nets only", [eur(0n), eur(0n)]],
  ])("sends %s to the general path", (_label, weights) => {
    expect(allocateOnSafeIntegers(100n, weights)).toBeUndefined();
  });

  it.each([
    // 2^53 minor units cannot be held exactly by a number.
    [2n ** 53n, [1]],
    [-(2n ** 53n), [eur(1n)]],
    // 10^8 over nets summing to 10^8: the products reach 10^16.
    [100_000_000n, [eur(60_000_000n), eur(40_000_000n)]],
  ])(
    "sends an amount of %s minor units whose products leave the safe range to the general path",
    (amount, weights) => {
      expect(allocateOnSafeIntegers(amount, weights)).toBeUndefined();
    },
  );
});

describe("allocateMinor's route on numbers", () => {
  it("takes everyday amounts (10,000 over 1, 2, 3 is 1,667, 3,333, 5,000)", () => {
    expect(firstParts(allocateMinorOnSafeIntegers(10000n, [1n, 2n, 3n], 6n), 3)).toEqual([1667, 3333, 5000]);
    expect(firstParts(allocateMinorOnSafeIntegers(0n, [BigInt(MAX_SAFE)], BigInt(MAX_SAFE)), 1)).toEqual([0]);
  });

  it.each([
    [BigInt(MAX_SAFE), [1n], 1n],
    [0n, [2n ** 53n], 2n ** 53n],
    [2n ** 90n, [1n, 1n], 2n],
    [1n, [2n ** 80n, 1n], 2n ** 80n + 1n],
  ])(
    "sends %s over weights summing to %s past the safe range to the bigint kernel",
    (magnitude, weights, total) => {
      expect(allocateMinorOnSafeIntegers(magnitude, weights, total)).toBeUndefined();
    },
  );
});

describe("the selection over all remainders", () => {
  // Weights 1..100 in a scrambled order (37 × i mod 101 is a permutation of 1..100), so the quickselect
  // meets distinct remainders in no particular order.
  const scrambled = Array.from({ length: 100 }, (_, index) => BigInt((37 * (index + 1)) % 101));

  it("gives the leftover to the largest remainders when none rounds up (20 over 1..100)", () => {
    // Total 5,050. Each share 20w / 5,050 is below 0.4, so no part rounds to a unit and twenty units are
    // missing: far more than one pass settles. Remainders are 20w, so the twenty largest weights
    // (81..100) get one unit each.
    const parts = allocateMinor(20n, scrambled);
    scrambled.forEach((weight, index) => {
      expect([index, parts[index]]).toEqual([index, weight > 80n ? 1n : 0n]);
    });
  });

  it("takes back from the smallest remainders when all round up (5,030 over 1..100)", () => {
    // 5,030w / 5,050 = w − 20w / 5,050: floor w − 1, remainder 5,050 − 20w, at least half the total for
    // every w ≤ 100, so all hundred round up while only 80 units are left over (floors sum to 4,950).
    // The 80 largest remainders are the 80 smallest weights: they keep w, weights 81..100 get w − 1.
    const parts = allocateMinor(5030n, scrambled);
    scrambled.forEach((weight, index) => {
      expect([index, parts[index]]).toEqual([index, weight > 80n ? weight - 1n : weight]);
    });
    expect(parts.reduce((sum, part) => sum + part, 0n)).toBe(5030n);
  });
});
