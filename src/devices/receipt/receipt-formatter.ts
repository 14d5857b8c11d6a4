import type { TillErrorPath } from "../../core/errors/till-error";
import { TillError } from "../../core/errors/till-error";
import { parseMoney } from "../../core/money/create-money";
import { formatMoney } from "../../core/money/money-conversions";

/**
 * Locale-bound formatting for one receipt: money from decimal strings (validated against the currency's
 * exponent, never through a float), quantities and dates with Intl.
 *
 * @internal
 */
export interface ReceiptFormatter {
  /** "12.30" → "12,30" (nl) — no currency sign, for columns. */
  amount(value: string, path: TillErrorPath): string;
  /** "12.30" → "€ 12,30" (nl) — with the currency sign, for totals. */
  money(value: string, path: TillErrorPath): string;
  /** "1.500" → "1,5" (nl). */
  quantity(value: string): string;
  /** ISO instant → local date and time. */
  dateTime(iso: string): string;
}

/**
 * Builds the formatter for a locale and currency.
 *
 * @param locale - BCP 47 tag
 * @param currency - ISO 4217 code
 * @param timeZone - IANA zone for the date (default: UTC, so receipts reprint identically anywhere)
 * @returns the formatter
 * @throws TillError INVALID_INPUT (path ["locale"] or ["timeZone"]) when Intl rejects them
 * @internal
 */
export function makeReceiptFormatter(locale: string, currency: string, timeZone = "UTC"): ReceiptFormatter {
  let quantityFormat: Intl.NumberFormat;
  let dateFormat: Intl.DateTimeFormat;
  try {
    quantityFormat = new Intl.NumberFormat(locale, { maximumFractionDigits: 6, useGrouping: false });
  } catch (cause) {
    throw new TillError("INVALID_INPUT", { path: ["locale"], cause });
  }
  try {
    dateFormat = new Intl.DateTimeFormat(locale, { dateStyle: "short", timeStyle: "short", timeZone });
  } catch (cause) {
    throw new TillError("INVALID_INPUT", { path: ["timeZone"], cause });
  }
  return {
    amount: (value, path) =>
      plainSpaces(formatMoney(parseMoney(value, currency, { path }), locale, { style: "decimal" })),
    money: (value, path) => plainSpaces(formatMoney(parseMoney(value, currency, { path }), locale)),
    // Intl formats exact decimal strings; a quantity never becomes a float.
    quantity: (value) => plainSpaces(quantityFormat.format(value as unknown as number)),
    dateTime: (iso) => plainSpaces(dateFormat.format(new Date(iso))),
  };
}

/**
 * Intl puts no-break spaces in numbers and dates (U+00A0 in "€ 9,11", U+202F before "PM" in newer ICU
 * data, U+2009 in some locales). A receipt is monospace and breaks lines itself, and U+202F and U+2009
 * exist in no printer code page, so they become plain spaces.
 */
function plainSpaces(text: string): string {
  return text.replace(/[\u00a0\u2009\u202f]/g, " ");
}
