import { TillError, type TillErrorPath } from "../errors/till-error";
import type { Currency } from "./currency";
import { CURRENCIES } from "./currency-table";

let byCode: Map<string, Currency> | undefined;
let byNumeric: Map<number, Currency> | undefined;

function codeIndex(): Map<string, Currency> {
  byCode ??= new Map(CURRENCIES.map((currency) => [currency.code, currency]));
  return byCode;
}

function numericIndex(): Map<number, Currency> {
  // Active codes win over withdrawn ones that once shared a number.
  byNumeric ??= new Map(
    [...CURRENCIES]
      .sort((a, b) => Number(a.withdrawn !== undefined) - Number(b.withdrawn !== undefined))
      .reverse()
      .map((currency) => [currency.numeric, currency]),
  );
  return byNumeric;
}

/**
 * Looks a currency up by its alphabetic ISO 4217 code.
 *
 * @param code - e.g. "EUR"
 * @param path - where the code sits in the caller's input
 * @returns the currency row
 * @throws TillError UNKNOWN_CURRENCY when the code is not in the table
 * @public
 */
export function getCurrency(code: string, path: TillErrorPath = []): Currency {
  if (typeof code !== "string") {
    throw new TillError("UNKNOWN_CURRENCY", { message: `A currency code is text, not ${typeof code}`, path });
  }
  const currency = codeIndex().get(code);
  if (currency === undefined) {
    throw new TillError("UNKNOWN_CURRENCY", {
      message: `Unknown currency code: ${code}`,
      path,
      details: { code },
    });
  }
  return currency;
}

/**
 * Looks a currency up by its numeric ISO 4217 code (active codes first).
 *
 * @param numeric - e.g. 978
 * @param path - where the code sits in the caller's input
 * @returns the currency row
 * @throws TillError UNKNOWN_CURRENCY when no row has the number
 * @public
 */
export function getCurrencyByNumeric(numeric: number, path: TillErrorPath = []): Currency {
  const currency = numericIndex().get(numeric);
  if (currency === undefined) {
    throw new TillError("UNKNOWN_CURRENCY", {
      message: `Unknown numeric currency code: ${numeric}`,
      path,
      details: { numeric },
    });
  }
  return currency;
}

/**
 * True when the code is in the table.
 *
 * @param code - alphabetic code
 * @returns whether tillkit knows it
 * @public
 */
export function isKnownCurrency(code: string): boolean {
  return codeIndex().has(code);
}

/**
 * The minor-unit exponent of a currency: the scale of its Money.
 *
 * @param code - alphabetic code
 * @returns 0 to 4
 * @throws TillError UNKNOWN_CURRENCY
 * @public
 */
export function currencyExponent(code: string): number {
  return getCurrency(code).exponent;
}
