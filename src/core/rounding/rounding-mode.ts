import { z } from "zod";

/**
 * The rounding modes tillkit knows. "half-up" is half away from zero and "up" is away from zero, so a
 * negative amount (a refund) rounds to the exact mirror of its positive twin; "ceiling" and "floor" are the
 * sign-sensitive ones.
 *
 * @public
 */
export const ROUNDING_MODES = [
  "half-up",
  "half-down",
  "half-even",
  "up",
  "down",
  "ceiling",
  "floor",
] as const;

/**
 * A rounding mode, see {@link ROUNDING_MODES}.
 *
 * @public
 */
export type RoundingMode = (typeof ROUNDING_MODES)[number];

/**
 * zod schema for a {@link RoundingMode}.
 *
 * @public
 */
export const roundingModeSchema = /* @__PURE__ */ z.enum(ROUNDING_MODES);
