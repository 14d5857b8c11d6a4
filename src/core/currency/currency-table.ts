import type { Currency } from "./currency";

/**
 * ISO 4217: every active code, plus recently withdrawn codes kept for old receipts.
 *
 * @public
 */
export const CURRENCIES: readonly Currency[] = [
  { code: "EUR", numeric: 978, exponent: 2, name: "Euro" },
  { code: "USD", numeric: 840, exponent: 2, name: "US Dollar" },
  { code: "GBP", numeric: 826, exponent: 2, name: "Pound Sterling" },
  { code: "JPY", numeric: 392, exponent: 0, name: "Yen" },
  { code: "KWD", numeric: 414, exponent: 3, name: "Kuwaiti Dinar" },
  { code: "CHF", numeric: 756, exponent: 2, name: "Swiss Franc" },
  { code: "SEK", numeric: 752, exponent: 2, name: "Swedish Krona" },
  { code: "DKK", numeric: 208, exponent: 2, name: "Danish Krone" },
  { code: "CLF", numeric: 990, exponent: 4, name: "Unidad de Fomento" },
  { code: "XAU", numeric: 959, exponent: 0, name: "Gold", noMinorUnit: true },
  { code: "HRK", numeric: 191, exponent: 2, name: "Kuna", withdrawn: 2023 },
];
