/**
 * Reusable fast-check arbitraries for the money kernel: currencies from the ISO 4217 table, Money in any
 * of them, allocation weights and rounding modes. Built only from the public kernel API.
 */
import fc from "fast-check";
import {
  CURRENCIES,
  type Currency,
  type Money,
  moneyFromMinor,
  ROUNDING_MODES,
  type RoundingMode,
} from "../../src/core";

/** Any row of the currency table, active or withdrawn. */
export const currencyArbitrary: fc.Arbitrary<Currency> = fc.constantFrom(...CURRENCIES);

/** Any currency code of the table. */
export const currencyCodeArbitrary: fc.Arbitrary<string> = currencyArbitrary.map((currency) => currency.code);

/** Minor-unit amounts up to ±10^15: beyond any till total, well inside bigint. */
export const MAX_MINOR = 10n ** 15n;

/**
 * Amounts in minor units, any sign.
 *
 * @param max - the largest magnitude
 */
export function minorArbitrary(max: bigint = MAX_MINOR): fc.Arbitrary<bigint> {
  return fc.bigInt({ min: -max, max });
}

/**
 * Money in one currency.
 *
 * @param currency - ISO 4217 code
 * @param max - the largest magnitude in minor units
 */
export function moneyArbitrary(currency: string, max: bigint = MAX_MINOR): fc.Arbitrary<Money> {
  return minorArbitrary(max).map((minor) => moneyFromMinor(minor, currency));
}

/** Money in any currency of the table. */
export const anyMoneyArbitrary: fc.Arbitrary<Money> = currencyCodeArbitrary.chain((code) =>
  moneyArbitrary(code),
);

/** Non-negative integer weights, 1 to 30 of them, at least one positive. */
export const weightsArbitrary: fc.Arbitrary<bigint[]> = fc
  .array(fc.bigInt({ min: 0n, max: 100_000n }), { minLength: 1, maxLength: 30 })
  .filter((weights) => weights.some((weight) => weight > 0n));

/** Any rounding mode. */
export const roundingModeArbitrary: fc.Arbitrary<RoundingMode> = fc.constantFrom(...ROUNDING_MODES);

/** The rounding modes that treat a negative value as the mirror of its positive twin. */
export const symmetricRoundingModeArbitrary: fc.Arbitrary<RoundingMode> = fc.constantFrom(
  "half-up",
  "half-down",
  "half-even",
  "up",
  "down",
);
