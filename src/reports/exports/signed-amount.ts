import { currencyExponent } from "../../core/currency/get-currency";
import { formatScaled } from "../../core/numbers/scaled-decimal";
import type { JournalLine } from "../accounting/journal";

/**
 * A journal line as one signed amount, + debit / − credit, at the currency's exponent ("30.00", "-0.70"):
 * the convention of Xero and QuickBooks IIF.
 *
 * @param line - a journal line (one side is zero)
 * @returns decimal text
 * @internal
 */
export function signedAmount(line: JournalLine): string {
  return formatScaled(line.debit.minor - line.credit.minor, currencyExponent(line.debit.currency));
}

/**
 * The calendar date of an ISO date-time as written (local to the register), split into its parts.
 *
 * @param isoDateTime - e.g. "2026-11-23T10:15:00+01:00"
 * @returns year, month, day and the time "10:15:00" as text
 * @internal
 */
export function localDateParts(isoDateTime: string): {
  year: string;
  month: string;
  day: string;
  time: string;
} {
  const [date = "", rest = ""] = isoDateTime.split("T");
  const [year = "", month = "", day = ""] = date.split("-");
  return { year, month, day, time: rest.slice(0, 8) };
}
