import { z } from "zod";

/**
 * Units of measure a line quantity may carry. "each" counts pieces; the rest are measured goods.
 *
 * @public
 */
export const UNITS_OF_MEASURE = [
  "each",
  "kg",
  "g",
  "lb",
  "oz",
  "l",
  "ml",
  "m",
  "cm",
  "ft",
  "m2",
  "h",
  "min",
] as const;

/**
 * A unit of measure, see {@link UNITS_OF_MEASURE}.
 *
 * @public
 */
export type UnitOfMeasure = (typeof UNITS_OF_MEASURE)[number];

/**
 * zod schema for a {@link UnitOfMeasure}.
 *
 * @public
 */
export const unitOfMeasureSchema = /* @__PURE__ */ z.enum(UNITS_OF_MEASURE);
