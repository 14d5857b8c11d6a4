import { invalidBarcode } from "./invalid-barcode";

/**
 * A GS1 date (YYMMDD) read as a calendar date.
 *
 * @public
 */
export interface Gs1Date {
  /** ISO 8601 calendar date, e.g. "2025-06-30". */
  readonly date: string;
  /** True when the data carried day 00, which GS1 defines as the last day of the month. */
  readonly isEndOfMonth: boolean;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * The GS1 century rule (General Specifications 7.12): a two-digit year more than 50 years ahead of the
 * reference year belongs to the previous century, and one more than 49 years behind to the next.
 */
function fullYear(twoDigits: number, referenceYear: number | undefined): number {
  if (referenceYear === undefined) return 2000 + twoDigits;
  const century = referenceYear - (referenceYear % 100);
  const difference = twoDigits - (referenceYear % 100);
  if (difference >= 51) return century - 100 + twoDigits;
  if (difference <= -50) return century + 100 + twoDigits;
  return century + twoDigits;
}

/**
 * Reads a GS1 YYMMDD date. Without a reference year the century is 2000; with one, the GS1 sliding
 * window picks the century.
 *
 * @param yymmdd - six digits
 * @param ai - the AI, for the error details
 * @param referenceYear - the current year, for the century rule
 * @returns the calendar date
 * @throws TillError INVALID_BARCODE (reason "invalid-date") for month 00 or 13+, or a day past the month
 * @example
 * ```ts
 * parseGs1Date("250600", "17").date; // "2025-06-30"
 * ```
 * @public
 */
export function parseGs1Date(yymmdd: string, ai: string, referenceYear?: number): Gs1Date {
  const [yy, mm, dd] = [yymmdd.slice(0, 2), yymmdd.slice(2, 4), yymmdd.slice(4, 6)].map(Number) as [
    number,
    number,
    number,
  ];
  const year = fullYear(yy, referenceYear);
  if (!/^\d{6}$/.test(yymmdd) || mm < 1 || mm > 12 || dd > daysInMonth(year, mm)) {
    throw invalidBarcode("invalid-date", `AI (${ai}) holds no valid date: ${yymmdd}`, { ai, data: yymmdd });
  }
  const day = dd === 0 ? daysInMonth(year, mm) : dd;
  const date = `${String(year).padStart(4, "0")}-${String(mm).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
  return { date, isEndOfMonth: dd === 0 };
}
