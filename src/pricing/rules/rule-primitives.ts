import { z } from "zod";
import { DECIMAL_PATTERN } from "../../core/numbers/decimal-input";
import { parseDecimal } from "../../core/numbers/parse-decimal";
import { powerOfTen, unitsAtScale } from "../../core/numbers/scaled-decimal";

/**
 * Fractions in rules are kept in millionths of one (parts per million): 10% is 100_000n, 12.5% is 125_000n.
 * Six places hold any percent with up to four decimals exactly.
 *
 * @public
 */
export const FRACTION_SCALE = 6;

/** One whole in millionths. */
export const ONE_MILLIONTHS = 1_000_000n;

function isAtMostHundred(text: string): boolean {
  const value = parseDecimal(text);
  return value.units <= 100n * powerOfTen(value.scale);
}

function isNonNegativeDecimal(text: string): boolean {
  return DECIMAL_PATTERN.test(text) && !text.startsWith("-");
}

/**
 * zod schema for a non-negative amount in a rule, as decimal text in the rule set's currency ("10.00").
 * Negative amounts are rejected here; decimals beyond the currency are rejected when the rules compile.
 *
 * @public
 */
export const ruleAmountSchema = /* @__PURE__ */ z
  .string()
  .refine(isNonNegativeDecimal, { message: "Expected a non-negative decimal amount such as 10.00" });

/**
 * zod schema for a percentage in a rule: decimal text from 0 to 100 with at most four decimals ("12.5").
 *
 * @public
 */
export const rulePercentSchema = /* @__PURE__ */ z
  .string()
  .refine(isNonNegativeDecimal, { message: "Expected a percentage such as 12.5" })
  .refine((text) => !isNonNegativeDecimal(text) || isAtMostHundred(text), {
    message: "A percentage cannot exceed 100",
  })
  .refine((text) => !isNonNegativeDecimal(text) || parseDecimal(text).scale <= 4, {
    message: "At most four decimals in a percentage",
  });

/**
 * zod schema for a rule id: non-empty text.
 *
 * @public
 */
export const ruleIdSchema = /* @__PURE__ */ z.string().trim().min(1);

/**
 * zod schema for an instant in a rule: ISO 8601 with an offset or Z ("2026-11-23T18:00:00Z").
 *
 * @public
 */
export const ruleInstantSchema = /* @__PURE__ */ z.iso.datetime({ offset: true });

/**
 * Converts validated percent text to millionths of one ("10" → 100_000n).
 *
 * @param percentText - percent as decimal text with at most four decimals
 * @returns the fraction in millionths
 * @internal
 */
export function percentToMillionths(percentText: string): bigint {
  const value = parseDecimal(percentText);
  // percent → fraction is two more decimal places; millionths are scale 6, so percent is read at scale 4.
  // The schema allows at most four decimals, so this never truncates.
  return unitsAtScale(value, 4);
}
