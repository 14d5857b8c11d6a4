export {
  applyCashRounding,
  type CashRounder,
  type CashRoundingResult,
  makeCashRounding,
} from "./apply-cash-rounding";
export {
  CASH_ROUNDING_SCOPES,
  CASH_ROUNDING_TIES,
  type CashRoundingPolicy,
  type CashRoundingSpecialCase,
  cashRoundingPolicySchema,
  cashRoundingScopeSchema,
  cashRoundingSpecialCaseSchema,
  cashRoundingTieSchema,
} from "./cash-rounding-policy";
export {
  CASH_ROUNDING_COUNTRIES,
  type CashRoundingCountry,
  cashRoundingPresets,
} from "./cash-rounding-presets";
export { getCashRoundingPreset } from "./get-cash-rounding-preset";
