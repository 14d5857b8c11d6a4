import fc from "fast-check";
import { CURRENCIES } from "../core/currency/currency-table";
import { TillError } from "../core/errors/till-error";

/**
 * Knobs of {@link currencyArbitrary}.
 *
 * @public
 */
export interface CurrencyConstraints {
  /** Minor-unit exponents to draw from (0 for JPY, 2 for EUR, 3 for KWD, 4 for CLF). Default: all. */
  readonly exponents?: readonly number[];
  /** Also draw withdrawn codes kept for old receipts. Default: false. */
  readonly includeWithdrawn?: boolean;
}

/**
 * ISO 4217 currency codes from the kernel's table, filtered by minor-unit exponent.
 *
 * @param constraints - see {@link CurrencyConstraints}
 * @returns an arbitrary of currency codes such as "EUR", "JPY", "KWD"
 * @throws TillError INVALID_INPUT when no currency matches the constraints
 * @example
 * ```ts
 * fc.assert(fc.property(currencyArbitrary({ exponents: [0, 3] }), (code) => currencyExponent(code) !== 2));
 * ```
 * @public
 */
export function currencyArbitrary(constraints: CurrencyConstraints = {}): fc.Arbitrary<string> {
  const exponents = constraints.exponents;
  const codes = CURRENCIES.filter(
    (currency) =>
      (constraints.includeWithdrawn === true || currency.withdrawn === undefined) &&
      (exponents === undefined || exponents.includes(currency.exponent)),
  ).map((currency) => currency.code);
  if (codes.length === 0) throw new TillError("INVALID_INPUT", { path: ["exponents"] });
  return fc.constantFrom(...codes);
}
