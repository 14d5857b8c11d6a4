export { DECIMAL_PATTERN, type DecimalInput, decimalInputSchema, decimalStringSchema } from "./decimal-input";
export { parseDecimal, scaledToDecimal } from "./parse-decimal";
export {
  formatScaled,
  normalizeScaled,
  powerOfTen,
  type ScaledDecimal,
  unitsAtScale,
} from "./scaled-decimal";
export { TillDecimal, type TillDecimalValue } from "./till-decimal";
