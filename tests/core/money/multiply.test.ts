import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  formatScaled,
  type Multiplier,
  moneyFromMinor,
  multiply,
  negate,
  parseMoney,
  parseQuantity,
  parseRate,
  percent,
  pieces,
  type RoundingMode,
} from "../../../src/core";
import { currencyCodeArbitrary, minorArbitrary, symmetricRoundingModeArbitrary } from "../arbitraries";
import { expectTillError } from "../expect-till-error";

describe("multiply", () => {
  it.each([
    ["3.99 EUR × 0.350 kg", "3.99", "EUR", parseQuantity("0.350", "kg"), "half-up", "1.40"],
    ["−3.99 EUR × 0.350 kg", "-3.99", "EUR", parseQuantity("0.350", "kg"), "half-up", "-1.40"],
    ["2.99 EUR × 3 pieces", "2.99", "EUR", pieces(3), "half-up", "8.97"],
    ["100.00 EUR × 9.975%", "100.00", "EUR", percent("9.975"), "half-up", "9.98"],
    ["100.00 EUR × 9.975% half-even", "100.00", "EUR", percent("9.975"), "half-even", "9.98"],
    ["12.12 EUR × 23%", "12.12", "EUR", percent("23"), "half-up", "2.79"],
    ["0.05 EUR × 0.5 half-even", "0.05", "EUR", "0.5", "half-even", "0.02"],
    ["0.05 EUR × 0.5 half-up", "0.05", "EUR", "0.5", "half-up", "0.03"],
    ["−0.05 EUR × 0.5 half-up", "-0.05", "EUR", "0.5", "half-up", "-0.03"],
    ["0.05 EUR × 0.5 down", "0.05", "EUR", "0.5", "down", "0.02"],
    ["−0.05 EUR × 0.5 floor", "-0.05", "EUR", "0.5", "floor", "-0.03"],
    ["1000 JPY × 8%", "1000", "JPY", parseRate("0.08"), "half-up", "80"],
    ["1.250 KWD × 1.5 kg", "1.250", "KWD", parseQuantity("1.5", "kg"), "half-up", "1.875"],
    ["1.25 EUR × 2 (a bigint)", "1.25", "EUR", 2n, "half-up", "2.50"],
  ] as [string, string, string, Multiplier, RoundingMode, string][])(
    "%s → %s",
    (_, amount, currency, multiplier, mode, expected) => {
      expect(multiply(parseMoney(amount, currency), multiplier, mode).toString()).toBe(expected);
    },
  );

  it.each([
    ["NaN", Number.NaN],
    ["1.5 as a JS number", 1.5],
    ["exponent text", "1e5"],
    ["letters", "abc"],
  ] as [string, Multiplier][])(
    "rejects a multiplier of %s with INVALID_DECIMAL at the given path",
    (_, factor) => {
      expectTillError(
        () => multiply(parseMoney("1", "EUR"), factor, "half-up", ["factor"]),
        "INVALID_DECIMAL",
        ["factor"],
      );
    },
  );

  it("rejects an unknown rounding mode with INVALID_ROUNDING", () => {
    expectTillError(
      () => multiply(parseMoney("1", "EUR"), "0.5", "nearest" as RoundingMode),
      "INVALID_ROUNDING",
    );
  });

  it("a refund line mirrors its sale line: multiply(−p, q) = −multiply(p, q) in the symmetric modes", () => {
    const quantity = fc
      .bigInt({ min: 0n, max: 10n ** 9n })
      .map((millionths) => parseQuantity(formatScaled(millionths, 6), "kg"));
    fc.assert(
      fc.property(
        currencyCodeArbitrary,
        minorArbitrary(10n ** 9n),
        quantity,
        symmetricRoundingModeArbitrary,
        (code, minor, qty, mode) => {
          const price = moneyFromMinor(minor, code);
          expect(multiply(negate(price), qty, mode).minor).toBe(-multiply(price, qty, mode).minor);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it("stays within one minor unit of the exact product", () => {
    fc.assert(
      fc.property(
        minorArbitrary(10n ** 9n),
        fc.bigInt({ min: -(10n ** 8n), max: 10n ** 8n }),
        symmetricRoundingModeArbitrary,
        (minor, millionths, mode) => {
          const quantity = parseQuantity(formatScaled(millionths, 6));
          const product = multiply(moneyFromMinor(minor, "EUR"), quantity, mode).minor;
          const gap = product * 1_000_000n - minor * millionths;
          expect(gap < 1_000_000n && gap > -1_000_000n).toBe(true);
        },
      ),
      { numRuns: 1000 },
    );
  });
});
