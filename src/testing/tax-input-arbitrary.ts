import fc from "fast-check";
import { currencyExponent } from "../core/currency/get-currency";
import { formatScaled } from "../core/numbers/scaled-decimal";
import type { ComputeTaxesInput } from "../tax/schema/compute-taxes-input-schema";
import { type TaxConfigurationConstraints, taxConfigurationArbitrary } from "./tax-configuration-arbitrary";

/**
 * Knobs of {@link taxInputArbitrary}.
 *
 * @public
 */
export interface TaxInputConstraints extends TaxConfigurationConstraints {
  /** Number of document lines, inclusive bounds. Default: { min: 1, max: 10 }. */
  readonly size?: { readonly min: number; readonly max: number };
  /** Largest unit price in minor units. Default: 100_000n. */
  readonly maxUnitPriceMinor?: bigint;
}

/**
 * Complete `computeTaxes` inputs: a valid configuration from {@link taxConfigurationArbitrary} and lines in
 * its currency and categories, with whole quantities 1 to 20 and optional store-funded discounts no larger
 * than the line.
 *
 * @param constraints - see {@link TaxInputConstraints}
 * @returns an arbitrary of `ComputeTaxesInput`
 * @example
 * ```ts
 * fc.assert(fc.property(taxInputArbitrary({ jurisdiction: "NL" }), (input) => {
 *   computeTaxes(input);
 * }));
 * ```
 * @public
 */
export function taxInputArbitrary(constraints: TaxInputConstraints = {}): fc.Arbitrary<ComputeTaxesInput> {
  const size = constraints.size ?? { min: 1, max: 10 };
  const maxMinor = constraints.maxUnitPriceMinor ?? 100_000n;
  const line = fc.record({
    priceMinor: fc.bigInt({ min: 0n, max: maxMinor }),
    quantity: fc.integer({ min: 1, max: 20 }),
    pick: fc.nat(),
    discountShare: fc.option(fc.bigInt({ min: 0n, max: 100n }), { nil: undefined }),
  });
  return taxConfigurationArbitrary(constraints).chain((configuration) =>
    fc.array(line, { minLength: size.min, maxLength: size.max }).map((drawn): ComputeTaxesInput => {
      const currency = configuration.rules.currency;
      const exponent = currencyExponent(currency);
      const categories = configuration.categories;
      return {
        ...configuration.rules,
        date: configuration.date,
        lines: drawn.map((draw, index) => {
          const lineMinor = draw.priceMinor * BigInt(draw.quantity);
          const discountMinor =
            draw.discountShare === undefined ? undefined : (lineMinor * draw.discountShare) / 100n;
          return {
            id: `line-${index + 1}`,
            unitPrice: formatScaled(draw.priceMinor, exponent),
            quantity: String(draw.quantity),
            taxCategory: categories[draw.pick % categories.length] ?? "standard",
            ...(discountMinor === undefined
              ? {}
              : { discounts: [{ source: "generated", amount: formatScaled(discountMinor, exponent) }] }),
          };
        }),
      };
    }),
  );
}
