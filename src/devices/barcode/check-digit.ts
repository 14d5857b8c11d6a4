import { z } from "zod";
import { parseWith } from "../../core/errors/from-zod";

/**
 * zod schema for a run of decimal digits, the body of every GS1 key.
 *
 * @public
 */
export const digitStringSchema = /* @__PURE__ */ z
  .string()
  .regex(/^\d+$/, { message: "Expected digits only" });

/**
 * The GS1 mod-10 check digit kernel: digits weighted 3, 1, 3, ... from the right, and the check digit
 * brings the sum up to the next multiple of ten. Assumes a string of digits.
 *
 * @param body - the digits without the check digit
 * @returns the check digit, 0 to 9
 * @internal
 */
export function gs1CheckDigitOf(body: string): number {
  let sum = 0;
  for (let index = 0; index < body.length; index += 1) {
    const digit = body.charCodeAt(body.length - 1 - index) - 48;
    // The rightmost body digit (next to the check digit) carries weight 3.
    sum += index % 2 === 0 ? digit * 3 : digit;
  }
  return (10 - (sum % 10)) % 10;
}

/**
 * Computes the GS1 check digit of a GTIN-8/12/13/14, SSCC, GLN or any other GS1 key body.
 *
 * @param body - digits without the check digit (e.g. the first 12 of an EAN-13)
 * @returns the check digit, 0 to 9
 * @throws TillError INVALID_INPUT when the body is not digits
 * @example
 * ```ts
 * computeGs1CheckDigit("400638133393"); // 1
 * ```
 * @public
 */
export function computeGs1CheckDigit(body: string): number {
  return gs1CheckDigitOf(parseWith(digitStringSchema, body));
}

/**
 * True when the last digit is the correct GS1 check digit of the digits before it.
 *
 * @param digits - a full key, check digit last
 * @returns whether the check digit verifies; false for anything that is not two or more digits
 * @example
 * ```ts
 * hasValidGs1CheckDigit("4006381333931"); // true
 * ```
 * @public
 */
export function hasValidGs1CheckDigit(digits: string): boolean {
  if (typeof digits !== "string" || !/^\d{2,}$/.test(digits)) return false;
  return gs1CheckDigitOf(digits.slice(0, -1)) === digits.charCodeAt(digits.length - 1) - 48;
}
