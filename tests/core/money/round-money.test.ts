import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  equals,
  incrementInMinor,
  moneyFromMinor,
  parseMoney,
  type RoundingMode,
  roundMoney,
} from "../../../src/core";
import { minorArbitrary, roundingModeArbitrary } from "../arbitraries";
import { expectTillError } from "../expect-till-error";

describe("roundMoney", () => {
  it.each([
    ["10.03", "CHF", "half-up", "0.05", "10.05"],
    ["10.02", "CHF", "half-up", "0.05", "10.00"],
    ["-10.03", "CHF", "half-up", "0.05", "-10.05"],
    ["10.25", "DKK", "half-up", "0.50", "10.50"],
    ["10.49", "SEK", "half-up", "1", "10.00"],
    ["10.50", "SEK", "half-up", "1", "11.00"],
    ["10.50", "SEK", "half-even", "1", "10.00"],
    ["10.50", "SEK", "half-down", "1", "10.00"],
    ["10.01", "SEK", "up", "1", "11.00"],
    ["-10.01", "SEK", "up", "1", "-11.00"],
    ["-10.99", "SEK", "down", "1", "-10.00"],
    ["-10.01", "SEK", "floor", "1", "-11.00"],
    ["-10.99", "SEK", "ceiling", "1", "-10.00"],
    ["1.2345", "CLF", "half-up", "0.001", "1.2350"],
    ["10.03", "CHF", "half-up", "0.050", "10.05"],
  ] as [string, string, RoundingMode, string, string][])(
    "rounds %s %s %s to %s → %s",
    (amount, currency, mode, increment, expected) => {
      expect(roundMoney(parseMoney(amount, currency), { mode, increment }).toString()).toBe(expected);
    },
  );

  it.each([
    ["0.001", "EUR"],
    ["0.5", "JPY"],
    ["0", "EUR"],
    ["-0.05", "EUR"],
  ])("rejects the increment %s for %s with INVALID_ROUNDING at increment", (increment, currency) => {
    expectTillError(() => incrementInMinor(increment, currency), "INVALID_ROUNDING", ["increment"]);
  });

  it("is idempotent and lands on a multiple of the increment", () => {
    const increments = fc.constantFrom("0.01", "0.05", "0.10", "0.50", "1", "5", "100");
    fc.assert(
      fc.property(minorArbitrary(), increments, roundingModeArbitrary, (minor, increment, mode) => {
        const policy = { mode, increment };
        const once = roundMoney(moneyFromMinor(minor, "EUR"), policy);
        expect(once.minor % incrementInMinor(increment, "EUR")).toBe(0n);
        expect(equals(roundMoney(once, policy), once)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });
});
