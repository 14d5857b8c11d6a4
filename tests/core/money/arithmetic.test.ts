import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  abs,
  add,
  compare,
  equals,
  isNegative,
  isPositive,
  isZero,
  type Money,
  max,
  min,
  negate,
  parseMoney,
  subtract,
  sum,
} from "../../../src/core";
import { currencyCodeArbitrary, moneyArbitrary } from "../arbitraries";
import { expectTillError } from "../expect-till-error";

const eur = (amount: string): Money => parseMoney(amount, "EUR");

describe("money arithmetic: worked examples", () => {
  it.each([
    ["12.30", "0.70", "13.00", "11.60"],
    ["0.10", "0.20", "0.30", "-0.10"],
    ["-5.00", "2.50", "-2.50", "-7.50"],
  ])("%s and %s: sum %s, difference %s", (a, b, total, difference) => {
    expect(add(eur(a), eur(b)).toString()).toBe(total);
    expect(subtract(eur(a), eur(b)).toString()).toBe(difference);
  });

  it.each([
    ["12.30", "-12.30", "12.30"],
    ["-0.05", "0.05", "0.05"],
    ["0.00", "0.00", "0.00"],
  ])("%s: negated %s, magnitude %s", (amount, negated, magnitude) => {
    expect(negate(eur(amount)).toString()).toBe(negated);
    expect(abs(eur(amount)).toString()).toBe(magnitude);
  });

  it.each([
    ["1.00", "2.00", -1],
    ["2.00", "1.00", 1],
    ["-1.00", "-1.00", 0],
  ] as const)("compare(%s, %s) = %i", (a, b, expected) => {
    expect(compare(eur(a), eur(b))).toBe(expected);
    expect(equals(eur(a), eur(b))).toBe(expected === 0);
  });

  it.each([
    ["0.00", true, false, false],
    ["-0.01", false, true, false],
    ["0.01", false, false, true],
  ] as const)("%s: isZero %s, isNegative %s, isPositive %s", (amount, zero, negative, positive) => {
    expect([isZero(eur(amount)), isNegative(eur(amount)), isPositive(eur(amount))]).toEqual([
      zero,
      negative,
      positive,
    ]);
  });

  it.each([
    [["1.00", "2.50", "-0.50"], "3.00", "-0.50", "2.50"],
    [["7.00"], "7.00", "7.00", "7.00"],
  ])("sum/min/max of %j = %s / %s / %s", (amounts, total, least, most) => {
    const values = amounts.map(eur);
    const [first, ...rest] = values as [Money, ...Money[]];
    expect(sum(values).toString()).toBe(total);
    expect(min(first, ...rest).toString()).toBe(least);
    expect(max(first, ...rest).toString()).toBe(most);
  });

  it("sums an empty list to zero when the currency is given", () => {
    expect(sum([], "JPY").toString()).toBe("0");
  });

  it("treats different currencies as unequal rather than failing", () => {
    expect(equals(eur("1.00"), parseMoney("1.00", "USD"))).toBe(false);
  });
});

describe("money arithmetic: bad input", () => {
  const usd = parseMoney("1.00", "USD");
  it.each([
    ["add", () => add(eur("1.00"), usd)],
    ["subtract", () => subtract(eur("1.00"), usd)],
    ["compare", () => compare(eur("1.00"), usd)],
    ["sum", () => sum([eur("1.00"), usd])],
    ["sum with a stated currency", () => sum([eur("1.00")], "USD")],
    ["min", () => min(eur("1.00"), usd)],
    ["max", () => max(eur("1.00"), usd)],
  ])("%s across EUR and USD throws CURRENCY_MISMATCH", (_, action) => {
    expectTillError(action, "CURRENCY_MISMATCH", []);
  });

  it("rejects an empty sum without a currency with INVALID_INPUT", () => {
    expectTillError(() => sum([]), "INVALID_INPUT");
  });

  it("rejects an empty sum in an unknown currency with UNKNOWN_CURRENCY", () => {
    expectTillError(() => sum([], "ZZZ"), "UNKNOWN_CURRENCY");
  });
});

describe("money arithmetic: properties", () => {
  const pair = currencyCodeArbitrary.chain((code) => fc.tuple(moneyArbitrary(code), moneyArbitrary(code)));
  const list = currencyCodeArbitrary.chain((code) =>
    fc.tuple(fc.constant(code), fc.array(moneyArbitrary(code), { maxLength: 30 })),
  );

  it("subtract undoes add, and add undoes subtract", () => {
    fc.assert(
      fc.property(pair, ([a, b]) => {
        expect(equals(subtract(add(a, b), b), a)).toBe(true);
        expect(equals(add(subtract(a, b), b), a)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it("a + (−a) is zero and negate is its own inverse", () => {
    fc.assert(
      fc.property(pair, ([a]) => {
        expect(isZero(add(a, negate(a)))).toBe(true);
        expect(equals(negate(negate(a)), a)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it("sum does not depend on the order of the amounts", () => {
    fc.assert(
      fc.property(
        list.chain(([code, amounts]) =>
          fc.tuple(
            fc.constant(code),
            fc.constant(amounts),
            fc.shuffledSubarray(amounts, { minLength: amounts.length, maxLength: amounts.length }),
          ),
        ),
        ([code, amounts, shuffled]) => {
          expect(equals(sum(shuffled, code), sum(amounts, code))).toBe(true);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it("compare is antisymmetric and agrees with min/max", () => {
    fc.assert(
      fc.property(pair, ([a, b]) => {
        expect(compare(a, b)).toBe(-compare(b, a) || 0);
        expect(equals(min(a, b), compare(a, b) <= 0 ? a : b)).toBe(true);
        expect(equals(max(a, b), compare(a, b) >= 0 ? a : b)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });
});
