export { type Currency, currencyCodeSchema, currencySchema } from "./currency";
export { CURRENCIES } from "./currency-table";
export { currencyExponent, getCurrency, getCurrencyByNumeric, isKnownCurrency } from "./get-currency";
