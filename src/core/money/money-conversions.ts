import type Decimal from "decimal.js";
import { z } from "zod";
import { currencyCodeSchema } from "../currency/currency";
import { currencyExponent } from "../currency/get-currency";
import { TillError } from "../errors/till-error";
import { decimalStringSchema } from "../numbers/decimal-input";
import { scaledToDecimal } from "../numbers/parse-decimal";
import { parseMoney } from "./create-money";
import type { Money } from "./money";

/**
 * The amount as a decimal.js Decimal (tillkit's private constructor), for callers that compute further.
 *
 * @param amount - the money
 * @returns an equal Decimal in major units
 * @public
 */
export function toDecimal(amount: Money): Decimal {
  return scaledToDecimal({ units: amount.minor, scale: currencyExponent(amount.currency) });
}

/**
 * Formats money for people with `Intl.NumberFormat`, at the currency's exponent.
 *
 * @param amount - the money
 * @param locale - BCP 47 locale, e.g. "nl-NL"
 * @param options - extra Intl options (currencyDisplay, signDisplay, ...)
 * @returns localised text, e.g. "€ 12,30"
 * @throws TillError INVALID_INPUT (path ["locale"]) when Intl rejects the locale or the options
 * @public
 */
export function formatMoney(amount: Money, locale: string, options: Intl.NumberFormatOptions = {}): string {
  const exponent = currencyExponent(amount.currency);
  let format: Intl.NumberFormat;
  try {
    format = new Intl.NumberFormat(locale, {
      style: "currency",
      currency: amount.currency,
      minimumFractionDigits: exponent,
      maximumFractionDigits: exponent,
      ...options,
    });
  } catch (cause) {
    // Intl throws a RangeError for a malformed locale tag or contradictory digit options.
    throw new TillError("INVALID_INPUT", {
      message: `Cannot format for locale ${String(locale)}`,
      path: ["locale"],
      cause,
    });
  }
  // Intl accepts exact decimal strings, so no float ever stands between the minor units and the text.
  return format.format(amount.toString() as unknown as number);
}

/**
 * zod schema reading {@link MoneyJson} (`{ amount: "12.30", currency: "EUR" }`) into {@link Money}. The
 * amount must not have more decimals than the currency.
 *
 * @public
 */
export const moneyJsonSchema = /* @__PURE__ */ z
  .object({ amount: decimalStringSchema, currency: currencyCodeSchema })
  .transform((value, context): Money => {
    try {
      return parseMoney(value.amount, value.currency);
    } catch (error) {
      const code = (error as { code?: string }).code ?? "INVALID_INPUT";
      context.addIssue({
        code: "custom",
        message: (error as Error).message,
        // An unknown code is the currency field's fault, not the amount's.
        path: [code === "UNKNOWN_CURRENCY" ? "currency" : "amount"],
        params: { tillCode: code },
      });
      return z.NEVER;
    }
  });
