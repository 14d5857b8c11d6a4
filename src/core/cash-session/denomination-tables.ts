import { TillError } from "../errors/till-error";

/**
 * The notes and coins of a currency in circulation, in major units, smallest first. Data, not code:
 * adding a currency is a new row plus a worked-example test.
 *
 * @public
 */
export interface DenominationTable {
  readonly currency: string;
  readonly coins: readonly string[];
  readonly notes: readonly string[];
}

/**
 * Denominations of the currencies tillkit ships (issuing authorities' current series; withdrawn coins
 * such as the Swiss 1 centime, the Canadian cent and the Swedish 50 öre are left out because they no
 * longer turn up in a drawer; CNY 1, 2 and 5 fen coins are still legal tender and kept).
 *
 * @public
 */
export const DENOMINATION_TABLES: readonly DenominationTable[] = [
  {
    currency: "EUR",
    coins: ["0.01", "0.02", "0.05", "0.10", "0.20", "0.50", "1", "2"],
    notes: ["5", "10", "20", "50", "100", "200", "500"],
  },
  {
    currency: "USD",
    coins: ["0.01", "0.05", "0.10", "0.25", "0.50", "1"],
    notes: ["1", "2", "5", "10", "20", "50", "100"],
  },
  {
    currency: "GBP",
    coins: ["0.01", "0.02", "0.05", "0.10", "0.20", "0.50", "1", "2"],
    notes: ["5", "10", "20", "50"],
  },
  {
    currency: "CHF",
    coins: ["0.05", "0.10", "0.20", "0.50", "1", "2", "5"],
    notes: ["10", "20", "50", "100", "200", "1000"],
  },
  { currency: "SEK", coins: ["1", "2", "5", "10"], notes: ["20", "50", "100", "200", "500", "1000"] },
  { currency: "DKK", coins: ["0.50", "1", "2", "5", "10", "20"], notes: ["50", "100", "200", "500", "1000"] },
  { currency: "JPY", coins: ["1", "5", "10", "50", "100", "500"], notes: ["1000", "2000", "5000", "10000"] },
  {
    currency: "CNY",
    coins: ["0.01", "0.02", "0.05", "0.10", "0.50", "1"],
    notes: ["0.10", "0.50", "1", "5", "10", "20", "50", "100"],
  },
  { currency: "CAD", coins: ["0.05", "0.10", "0.25", "1", "2"], notes: ["5", "10", "20", "50", "100"] },
];

/**
 * The denomination table of a currency.
 *
 * @param currency - ISO 4217 code
 * @returns the table
 * @throws TillError UNKNOWN_CURRENCY when tillkit ships no table for it
 * @public
 */
export function getDenominationTable(currency: string): DenominationTable {
  const table = DENOMINATION_TABLES.find((candidate) => candidate.currency === currency);
  if (table === undefined) {
    throw new TillError("UNKNOWN_CURRENCY", {
      message: `No denomination table for ${currency}`,
      details: { currency },
    });
  }
  return table;
}
