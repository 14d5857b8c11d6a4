import type Decimal from "decimal.js";
import { currencyExponent } from "../currency/get-currency";
import { TillError, type TillErrorPath } from "../errors/till-error";
import type { DecimalInput } from "../numbers/decimal-input";
import { parseDecimal } from "../numbers/parse-decimal";
import { powerOfTen } from "../numbers/scaled-decimal";
import { divideRounded } from "../rounding/divide-rounded";
import type { RoundingMode } from "../rounding/rounding-mode";
import { Money } from "./money";

/**
 * Options for {@link parseMoney}.
 *
 * @public
 */
export interface ParseMoneyOptions {
  /** Round excess decimals with this mode instead of rejecting them. */
  readonly rounding?: RoundingMode;
  /** Where the amount sits in the caller's input, for errors. */
  readonly path?: TillErrorPath;
}

/**
 * Makes Money from minor units.
 *
 * @param minor - integer minor units (bigint, or a JS number that is a safe integer)
 * @param currency - ISO 4217 code
 * @returns the Money
 * @throws TillError UNKNOWN_CURRENCY, or INVALID_DECIMAL for a non-integer number
 * @example
 * ```ts
 * moneyFromMinor(1230n, "EUR").toString(); // "12.30"
 * ```
 * @public
 */
export function moneyFromMinor(minor: bigint | number, currency: string): Money {
  currencyExponent(currency);
  if (typeof minor === "number") {
    if (!Number.isSafeInteger(minor)) {
      throw new TillError("INVALID_DECIMAL", { message: `Minor units must be an exact integer: ${minor}` });
    }
    return new Money(BigInt(minor), currency);
  }
  return new Money(minor, currency);
}

/**
 * Makes Money from a decimal amount in major units ("12.30" EUR is 1230 cents).
 *
 * @param amount - decimal string, bigint or safe-integer number of major units, or a decimal.js Decimal
 * @param currency - ISO 4217 code
 * @param options - a rounding mode to accept excess decimals, and the input path for errors
 * @returns the Money
 * @throws TillError MONEY_PRECISION when the amount has more decimals than the currency and no rounding
 *   mode was given; INVALID_DECIMAL for malformed input; UNKNOWN_CURRENCY
 * @example
 * ```ts
 * parseMoney("12.3", "EUR").toString();                       // "12.30"
 * parseMoney("1.005", "EUR", { rounding: "half-up" }).minor;  // 101n
 * parseMoney("1.005", "EUR");                                 // throws MONEY_PRECISION
 * ```
 * @public
 */
export function parseMoney(
  amount: DecimalInput | Decimal,
  currency: string,
  options: ParseMoneyOptions | null = {},
): Money {
  const path = options?.path ?? [];
  const exponent = currencyExponent(currency);
  const value = parseDecimal(amount, path);
  if (value.scale <= exponent) return new Money(value.units * powerOfTen(exponent - value.scale), currency);
  const divisor = powerOfTen(value.scale - exponent);
  if (options?.rounding !== undefined)
    return new Money(divideRounded(value.units, divisor, options.rounding), currency);
  if (value.units % divisor === 0n) return new Money(value.units / divisor, currency);
  throw new TillError("MONEY_PRECISION", {
    message: `${String(amount)} has more than ${exponent} decimals for ${currency}`,
    path,
    details: { currency, exponent },
  });
}

/**
 * Zero in a currency.
 *
 * @param currency - ISO 4217 code
 * @returns Money of zero minor units
 * @throws TillError UNKNOWN_CURRENCY
 * @public
 */
export function zeroMoney(currency: string): Money {
  return moneyFromMinor(0n, currency);
}
