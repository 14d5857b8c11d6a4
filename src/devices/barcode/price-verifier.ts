import { z } from "zod";
import { parseWith } from "../../core/errors/from-zod";

/**
 * The GS1 weighting factors of the price verifier digit (General Specifications 7.9.2), as the product
 * digit each input digit 0-9 yields:
 * - "2-": units digit of 2 × d minus its tens digit
 * - "3":  units digit of 3 × d
 * - "5+": units digit of 5 × d plus its tens digit
 * - "5-": units digit of 5 × d minus its tens digit
 */
const WEIGHTED: Readonly<Record<"2-" | "3" | "5+" | "5-", readonly number[]>> = {
  "2-": [0, 2, 4, 6, 8, 9, 1, 3, 5, 7],
  "3": [0, 3, 6, 9, 2, 5, 8, 1, 4, 7],
  "5+": [0, 5, 1, 6, 2, 7, 3, 8, 4, 9],
  "5-": [0, 5, 9, 4, 8, 3, 7, 2, 6, 1],
};

/**
 * zod schema for a price field the verifier covers: four or five digits.
 *
 * @public
 */
export const priceVerifierInputSchema = /* @__PURE__ */ z
  .string()
  .regex(/^\d{4,5}$/, { message: "Expected a 4- or 5-digit price field" });

function product(weighting: keyof typeof WEIGHTED, digit: string): number {
  return WEIGHTED[weighting][Number(digit)] as number;
}

function fourDigitCheck(d: string): number {
  const sum = product("2-", d[0] as string) + product("2-", d[1] as string) + product("3", d[2] as string);
  // 4-digit fields: weights 2-, 2-, 3, 5-; three times the sum, units digit.
  return ((sum + product("5-", d[3] as string)) * 3) % 10;
}

function fiveDigitCheck(d: string): number {
  const weights = ["5+", "2-", "5-", "5+", "2-"] as const;
  let sum = 0;
  weights.forEach((weighting, index) => {
    sum += product(weighting, d[index] as string);
  });
  // 5-digit fields: the complement of the sum to the next ten is the "5-" product of the check digit.
  const target = (10 - (sum % 10)) % 10;
  return WEIGHTED["5-"].indexOf(target);
}

/**
 * Computes the GS1 price verifier (price check) digit of a 4- or 5-digit price or weight field, as used in
 * variable-measure in-store barcodes.
 *
 * @param field - the four or five price digits
 * @returns the verifier digit, 0 to 9
 * @throws TillError INVALID_INPUT for any other shape
 * @example
 * ```ts
 * computePriceVerifier("2875");  // 9
 * computePriceVerifier("14685"); // 6
 * ```
 * @public
 */
export function computePriceVerifier(field: string): number {
  const digits = parseWith(priceVerifierInputSchema, field);
  return digits.length === 4 ? fourDigitCheck(digits) : fiveDigitCheck(digits);
}
