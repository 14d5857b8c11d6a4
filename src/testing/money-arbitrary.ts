import fc from "fast-check";
import { moneyFromMinor } from "../core/money/create-money";
import type { Money } from "../core/money/money";

/**
 * Knobs of {@link moneyArbitrary}.
 *
 * @public
 */
export interface MoneyConstraints {
  /** ISO 4217 code. Default: "EUR". */
  readonly currency?: string;
  /** Smallest amount in minor units. Default: 0n. */
  readonly minMinor?: bigint;
  /** Largest amount in minor units. Default: 1_000_000n (10,000.00 in a 2-decimal currency). */
  readonly maxMinor?: bigint;
}

/**
 * Exact Money values in one currency, between two minor-unit bounds.
 *
 * @param constraints - see {@link MoneyConstraints}
 * @returns an arbitrary of Money
 * @example
 * ```ts
 * fc.assert(fc.property(moneyArbitrary({ currency: "JPY", maxMinor: 5000n }), (money) => money.minor <= 5000n));
 * ```
 * @public
 */
export function moneyArbitrary(constraints: MoneyConstraints = {}): fc.Arbitrary<Money> {
  const currency = constraints.currency ?? "EUR";
  const min = constraints.minMinor ?? 0n;
  const max = constraints.maxMinor ?? 1_000_000n;
  return fc.bigInt({ min, max }).map((minor) => moneyFromMinor(minor, currency));
}
