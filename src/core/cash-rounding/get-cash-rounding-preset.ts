import { TillError } from "../errors/till-error";
import type { CashRoundingPolicy } from "./cash-rounding-policy";
import {
  CASH_ROUNDING_COUNTRIES,
  type CashRoundingCountry,
  cashRoundingPresets,
} from "./cash-rounding-presets";

function isCashRoundingCountry(code: string): code is CashRoundingCountry {
  return (CASH_ROUNDING_COUNTRIES as readonly string[]).includes(code);
}

/**
 * The shipped cash-rounding preset of a country, as a fresh copy the caller may change.
 *
 * @param countryCode - ISO 3166-1 alpha-2 code, any case ("SK", "ch")
 * @returns the country's cash-rounding policy
 * @throws TillError UNKNOWN_CASH_ROUNDING (path ["countryCode"]) when no preset exists for the country
 * @example
 * ```ts
 * getCashRoundingPreset("DK").step; // "0.50"
 * ```
 * @public
 */
export function getCashRoundingPreset(countryCode: string): CashRoundingPolicy {
  const code = typeof countryCode === "string" ? countryCode.toUpperCase() : "";
  if (!isCashRoundingCountry(code)) {
    throw new TillError("UNKNOWN_CASH_ROUNDING", {
      message: `No cash-rounding preset for country ${String(countryCode)}`,
      path: ["countryCode"],
      details: { countryCode: String(countryCode) },
    });
  }
  const preset: CashRoundingPolicy = cashRoundingPresets[code];
  const { specialCases, ...rest } = preset;
  return specialCases === undefined
    ? { ...rest }
    : { ...rest, specialCases: specialCases.map((special) => ({ ...special })) };
}
