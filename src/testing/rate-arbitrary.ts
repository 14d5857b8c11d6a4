import fc from "fast-check";
import { formatScaled } from "../core/numbers/scaled-decimal";

/**
 * Knobs of {@link rateArbitrary}.
 *
 * @public
 */
export interface RateConstraints {
  /** The largest percentage. Default: 30 (above every VAT rate in use). */
  readonly maxPercent?: number;
  /** Decimals of the percentage (US combined rates need 3: 8.875). Default: 3. */
  readonly decimals?: number;
  /** Allow 0%. Default: true. */
  readonly allowZero?: boolean;
}

/**
 * Tax-style percentages as decimal strings ("19", "8.875", "0"), the form tax rules and discounts take.
 * Use `percent(text)` from the kernel for a Rate.
 *
 * @param constraints - see {@link RateConstraints}
 * @returns an arbitrary of percentage strings
 * @example
 * ```ts
 * fc.assert(fc.property(rateArbitrary({ maxPercent: 25 }), (text) => percent(text).units >= 0n));
 * ```
 * @public
 */
export function rateArbitrary(constraints: RateConstraints = {}): fc.Arbitrary<string> {
  const decimals = Math.min(Math.max(constraints.decimals ?? 3, 0), 6);
  const scale = 10n ** BigInt(decimals);
  const max = BigInt(constraints.maxPercent ?? 30) * scale;
  const min = constraints.allowZero === false ? 1n : 0n;
  return fc.bigInt({ min, max }).map((units) => normalize(formatScaled(units, decimals)));
}

// "19.000" and "19" are the same rate; the short form is what configurations write.
function normalize(text: string): string {
  return text.includes(".") ? text.replace(/0+$/, "").replace(/\.$/, "") : text;
}
