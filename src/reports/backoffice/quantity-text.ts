import { z } from "zod";
import type { TillErrorPath } from "../../core/errors/till-error";
import { formatScaled, normalizeScaled } from "../../core/numbers/scaled-decimal";
import { parseQuantity, QUANTITY_SCALE } from "../../core/quantity/quantity";

/**
 * zod schema of a signed quantity as decimal text with at most six decimals ("24", "-1", "0.35").
 *
 * @public
 */
export const quantityTextSchema = /* @__PURE__ */ z
  .string()
  .regex(/^-?\d+(\.\d{1,6})?$/, { message: "Expected a quantity such as 12 or 0.35 (at most 6 decimals)" });

/**
 * zod schema of a quantity that must be greater than zero (pack sizes, received quantities).
 *
 * @public
 */
export const positiveQuantityTextSchema = /* @__PURE__ */ quantityTextSchema.refine(
  (text) => /[1-9]/.test(text) && !text.startsWith("-"),
  { message: "Expected a quantity above zero" },
);

/**
 * zod schema of a quantity that must not be negative (reorder points, minimum order quantities).
 *
 * @public
 */
export const nonNegativeQuantityTextSchema = /* @__PURE__ */ quantityTextSchema.refine(
  (text) => !text.startsWith("-") || !/[1-9]/.test(text),
  { message: "Expected a quantity of zero or more" },
);

/**
 * Reads validated quantity text as millionths of the unit.
 *
 * @param text - quantity text
 * @param path - where it sits in the caller's input
 * @returns millionths of the unit
 * @internal
 */
export function millionthsOf(text: string, path: TillErrorPath = []): bigint {
  return parseQuantity(text, "each", path).millionths;
}

/**
 * Writes millionths of a unit as the shortest exact decimal text ("24", "0.35", "-1.5").
 *
 * @param millionths - quantity in millionths
 * @returns decimal text
 * @internal
 */
export function quantityText(millionths: bigint): string {
  const normalized = normalizeScaled({ units: millionths, scale: QUANTITY_SCALE });
  return formatScaled(normalized.units, normalized.scale);
}

/** One unit in millionths. @internal */
export const ONE_UNIT = 1_000_000n;
