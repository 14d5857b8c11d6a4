import { type CashCount, parseMoney } from "tillkit";

// Notes and coins counted at the till, largest first.
const DENOMINATIONS: Readonly<Record<string, readonly string[]>> = {
  USD: ["20.00", "10.00", "5.00", "1.00", "0.25", "0.10", "0.05", "0.01"],
  EUR: ["50.00", "20.00", "10.00", "5.00", "2.00", "1.00", "0.50", "0.20", "0.10", "0.05", "0.02", "0.01"],
  CNY: ["100.00", "50.00", "20.00", "10.00", "5.00", "1.00", "0.50", "0.10", "0.05", "0.02", "0.01"],
};

/**
 * The cash in the drawer as a count by denomination, largest first (what a cashier counting the drawer
 * writes down).
 *
 * @param minor - the amount in minor units
 * @param currency - USD, EUR or CNY
 * @returns the count; a rest smaller than the smallest coin is left out (the count comes up short)
 */
export function cashCountFor(minor: bigint, currency: string): CashCount {
  let rest = minor;
  const counts: { denomination: string; count: number }[] = [];
  for (const denomination of DENOMINATIONS[currency] ?? []) {
    const value = parseMoney(denomination, currency).minor;
    const count = rest / value;
    if (count > 0n) counts.push({ denomination, count: Number(count) });
    rest -= count * value;
  }
  return { currency, counts };
}

/**
 * The opening float: 120.00 in USD and EUR, 700.00 in CNY.
 *
 * @param currency - USD, EUR or CNY
 * @returns the float as counted
 */
export function openingFloat(currency: string): CashCount {
  return cashCountFor(parseMoney(currency === "CNY" ? "700.00" : "120.00", currency).minor, currency);
}
