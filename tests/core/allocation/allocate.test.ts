import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type AllocationWeight,
  allocate,
  allocateEvenly,
  allocateMinor,
  moneyFromMinor,
  parseMoney,
  parseQuantity,
} from "../../../src/core";
import { minorArbitrary, weightsArbitrary } from "../arbitraries";
import { expectTillError } from "../expect-till-error";

describe("allocate: worked examples", () => {
  it.each([
    ["EUR", "100.00", [1, 2, 3], ["16.67", "33.33", "50.00"]],
    ["EUR", "10.00", ["12.99", "7.49", "3.50"], ["5.42", "3.12", "1.46"]],
    ["EUR", "-10.00", ["12.99", "7.49", "3.50"], ["-5.42", "-3.12", "-1.46"]],
    ["GBP", "0.03", [75, 25], ["0.02", "0.01"]],
    ["EUR", "10.03", [1, 1], ["5.02", "5.01"]],
    ["EUR", "1.00", [0, 1, 0], ["0.00", "1.00", "0.00"]],
    ["EUR", "0.05", [1, 1, 1, 0], ["0.02", "0.02", "0.01", "0.00"]],
    ["EUR", "-1.00", [1, 1, 1], ["-0.34", "-0.33", "-0.33"]],
    // A Money weight among decimal weights weighs at its currency's scale (12.99, not 1299).
    ["EUR", "10.00", [parseMoney("12.99", "EUR"), "7.49", "3.50"], ["5.42", "3.12", "1.46"]],
    [
      "EUR",
      "10.00",
      [parseMoney("12.99", "EUR"), parseQuantity("7.49", "kg"), "3.5"],
      ["5.42", "3.12", "1.46"],
    ],
  ] as [string, string, AllocationWeight[], string[]][])(
    "allocates %s %s by %j → %j",
    (currency, amount, weights, expected) => {
      const parts = allocate(parseMoney(amount, currency), weights);
      expect(parts.map(String)).toEqual(expected);
      expect(parts.every((part) => part.currency === currency)).toBe(true);
    },
  );

  it.each([
    ["JPY", "100", 3, ["34", "33", "33"]],
    ["KWD", "10.000", 3, ["3.334", "3.333", "3.333"]],
    ["EUR", "-100.00", 3, ["-33.34", "-33.33", "-33.33"]],
    ["EUR", "0.02", 4, ["0.01", "0.01", "0.00", "0.00"]],
  ] as const)("splits %s %s evenly in %i → %j", (currency, amount, parts, expected) => {
    expect(allocateEvenly(parseMoney(amount, currency), parts).map(String)).toEqual(expected);
  });

  // Tie order: equal remainders go to the larger weight, then to the lower index.
  it.each([
    ["0.02 by [1, 3] (remainders 2/4 each) to the larger weight", "0.02", [1, 3], ["0.00", "0.02"]],
    ["0.01 by [2, 2] (equal remainders and weights) to the lower index", "0.01", [2, 2], ["0.01", "0.00"]],
    [
      "0.01 by [3, 2, 3] (equal remainders) to the larger weight first",
      "0.01",
      [3, 2, 3],
      ["0.01", "0.00", "0.00"],
    ],
  ] as [string, string, number[], string[]][])("breaks a tie: %s", (_, amount, weights, expected) => {
    expect(allocate(parseMoney(amount, "EUR"), weights).map(String)).toEqual(expected);
  });

  it("accepts Money and Quantity weights: line nets and weighed quantities", () => {
    const nets = [parseMoney("12.99", "EUR"), parseMoney("7.49", "EUR"), parseMoney("3.50", "EUR")];
    expect(allocate(parseMoney("10.00", "EUR"), nets).map(String)).toEqual(["5.42", "3.12", "1.46"]);
    const kilos = [parseQuantity("0.5", "kg"), parseQuantity("1.5", "kg")];
    expect(allocate(parseMoney("1.00", "EUR"), kilos).map(String)).toEqual(["0.25", "0.75"]);
  });
});

describe("allocate: bad input", () => {
  const euro = parseMoney("1.00", "EUR");
  it.each([
    ["an empty list", [], ["weights"]],
    ["all-zero weights", [0, 0], ["weights"]],
    ["a negative weight", ["1", "-1"], ["weights", 1]],
    ["a negative Money weight", [parseMoney("1", "EUR"), parseMoney("-1", "EUR")], ["weights", 1]],
  ] as [string, AllocationWeight[], (string | number)[]][])(
    "rejects %s with INVALID_WEIGHTS",
    (_, weights, path) => {
      expectTillError(() => allocate(euro, weights), "INVALID_WEIGHTS", path);
    },
  );

  it.each([
    ["1.5 as a JS number", 1.5],
    ["NaN", Number.NaN],
    ["exponent text", "1e5"],
    ["letters", "abc"],
  ] as [string, AllocationWeight][])(
    "rejects a weight of %s with INVALID_DECIMAL at weights.1",
    (_, weight) => {
      expectTillError(() => allocate(euro, [1, weight]), "INVALID_DECIMAL", ["weights", 1]);
    },
  );

  it.each([0, -1, 1.5, Number.NaN])("rejects an even split into %d parts with INVALID_WEIGHTS", (parts) => {
    expectTillError(() => allocateEvenly(euro, parts), "INVALID_WEIGHTS", ["parts"]);
  });

  it("rejects weights in allocateMinor the same way", () => {
    expectTillError(() => allocateMinor(100n, []), "INVALID_WEIGHTS", ["weights"]);
    expectTillError(() => allocateMinor(100n, [1n, -2n]), "INVALID_WEIGHTS", ["weights", 1]);
    expectTillError(() => allocateMinor(100n, [1n, 2 as unknown as bigint]), "INVALID_WEIGHTS", [
      "weights",
      1,
    ]);
    expectTillError(() => allocateMinor(100 as unknown as bigint, [1n]), "INVALID_DECIMAL", ["amountMinor"]);
  });
});

/** The rule written the plain way: floor shares, then a full sort on (remainder, weight, index). */
function referenceAllocation(amount: bigint, weights: readonly bigint[]): bigint[] {
  const total = weights.reduce((a, b) => a + b, 0n);
  const magnitude = amount < 0n ? -amount : amount;
  const parts = weights.map((weight) => (magnitude * weight) / total);
  const remainders = weights.map((weight) => (magnitude * weight) % total);
  let leftover = magnitude - parts.reduce((a, b) => a + b, 0n);
  const order = weights.map((_, index) => index);
  const descending = (a: bigint, b: bigint) => (a === b ? 0 : a > b ? -1 : 1);
  order.sort(
    (a, b) =>
      descending(remainders[a] as bigint, remainders[b] as bigint) ||
      descending(weights[a] as bigint, weights[b] as bigint) ||
      a - b,
  );
  for (const index of order) {
    if (leftover === 0n) break;
    parts[index] = (parts[index] as bigint) + 1n;
    leftover -= 1n;
  }
  return amount < 0n ? parts.map((part) => -part) : parts;
}

describe("allocateMinor: properties", () => {
  const runs = { numRuns: 1000 };

  it("allocateEvenly gives what allocate over equal weights gives, up to and beyond 2^53", () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: -(2n ** 70n), max: 2n ** 70n }),
        fc.integer({ min: 1, max: 200 }),
        (minor, parts) => {
          const amount = moneyFromMinor(minor, "EUR");
          const even = allocateEvenly(amount, parts).map((part) => part.minor);
          expect(even).toEqual(allocateMinor(minor, new Array<bigint>(parts).fill(1n)));
        },
      ),
      runs,
    );
  });

  it("parts sum exactly to the amount", () => {
    fc.assert(
      fc.property(minorArbitrary(), weightsArbitrary, (amount, weights) => {
        expect(allocateMinor(amount, weights).reduce((a, b) => a + b, 0n)).toBe(amount);
      }),
      runs,
    );
  });

  it("each part is within one minor unit of its exact share, and zero weights get zero", () => {
    fc.assert(
      fc.property(minorArbitrary(), weightsArbitrary, (amount, weights) => {
        const total = weights.reduce((a, b) => a + b, 0n);
        allocateMinor(amount, weights).forEach((part, index) => {
          const weight = weights[index] as bigint;
          // |part − amount × weight / total| < 1  ⇔  |part × total − amount × weight| < total
          const gap = part * total - amount * weight;
          expect(gap < total && gap > -total).toBe(true);
          if (weight === 0n) expect(part).toBe(0n);
        });
      }),
      runs,
    );
  });

  it("a negative amount gives the negated parts of its positive twin", () => {
    fc.assert(
      fc.property(minorArbitrary(), weightsArbitrary, (amount, weights) => {
        expect(allocateMinor(-amount, weights)).toEqual(allocateMinor(amount, weights).map((part) => -part));
      }),
      runs,
    );
  });

  it("permuting the weights permutes the parts (as (weight, part) pairs: ties move only between equal weights)", () => {
    const pairs = (weights: readonly bigint[], parts: readonly bigint[]) =>
      weights.map((weight, index) => `${weight}:${parts[index]}`).sort();
    fc.assert(
      fc.property(
        minorArbitrary(),
        weightsArbitrary.chain((weights) =>
          fc.tuple(
            fc.constant(weights),
            fc.shuffledSubarray(weights, { minLength: weights.length, maxLength: weights.length }),
          ),
        ),
        (amount, [weights, permuted]) => {
          expect(pairs(permuted, allocateMinor(amount, permuted))).toEqual(
            pairs(weights, allocateMinor(amount, weights)),
          );
        },
      ),
      runs,
    );
  });

  it("permuting distinct weights permutes the parts exactly", () => {
    const distinct = fc.uniqueArray(fc.bigInt({ min: 1n, max: 100_000n }), { minLength: 1, maxLength: 20 });
    fc.assert(
      fc.property(minorArbitrary(), distinct, fc.nat(), (amount, weights, shift) => {
        const rotation = shift % weights.length;
        const rotated = [...weights.slice(rotation), ...weights.slice(0, rotation)];
        const parts = allocateMinor(amount, weights);
        const expected = [...parts.slice(rotation), ...parts.slice(0, rotation)];
        expect(allocateMinor(amount, rotated)).toEqual(expected);
      }),
      runs,
    );
  });

  it("agrees with the plain reference rule, also when the weights sum past 2^53", () => {
    const hugeWeights = fc.array(fc.bigInt({ min: 0n, max: 2n ** 60n }), { minLength: 1, maxLength: 12 });
    fc.assert(
      fc.property(minorArbitrary(), fc.oneof(weightsArbitrary, hugeWeights), (amount, weights) => {
        fc.pre(weights.some((weight) => weight > 0n));
        expect(allocateMinor(amount, weights)).toEqual(referenceAllocation(amount, weights));
      }),
      runs,
    );
  });

  it("allocate on Money matches allocateMinor on its minor units", () => {
    fc.assert(
      fc.property(minorArbitrary(), weightsArbitrary, (amount, weights) => {
        const parts = allocate(moneyFromMinor(amount, "EUR"), weights);
        expect(parts.map((part) => part.minor)).toEqual(allocateMinor(amount, weights));
      }),
      runs,
    );
  });
});
