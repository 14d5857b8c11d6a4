import Decimal from "decimal.js";
import { z } from "zod";

/**
 * What a caller may pass where a decimal is expected: a decimal string ("12.30", "-0.5"), a bigint, a
 * decimal.js `Decimal`, or a JS number that is an exact safe integer. Never a fractional JS number: binary
 * floats cannot hold 0.1 exactly.
 *
 * @public
 */
export type DecimalInput = string | bigint | number | Decimal;

/**
 * Decimal text as tillkit accepts it: optional sign, digits, optional fraction. No exponent, no spaces,
 * no thousands separators.
 *
 * @public
 */
export const DECIMAL_PATTERN: RegExp = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/;

/**
 * zod schema for a decimal string, as JSON entry points take money, rates and quantities.
 *
 * @public
 */
export const decimalStringSchema = /* @__PURE__ */ z
  .string()
  .regex(DECIMAL_PATTERN, { message: "Expected a decimal string such as 12.30" });

/**
 * zod schema for {@link DecimalInput}: decimal strings, bigints, safe-integer numbers or Decimal values.
 *
 * @public
 */
export const decimalInputSchema = /* @__PURE__ */ z.union([
  decimalStringSchema,
  z.bigint(),
  z.number().int().refine(Number.isSafeInteger, { message: "Expected a safe integer" }),
  z.custom<Decimal>((value) => Decimal.isDecimal(value), { message: "Expected a Decimal" }),
]);
