import { z } from "zod";
import { decimalStringSchema } from "../numbers/decimal-input";
import { roundingModeSchema } from "./rounding-mode";

/**
 * zod schema for a rounding policy: a mode and an increment such as "0.01", "0.05", "1" or "0.001".
 *
 * @public
 */
export const roundingPolicySchema = /* @__PURE__ */ z.object({
  mode: roundingModeSchema,
  increment: decimalStringSchema.refine((text) => /[1-9]/.test(text) && !text.startsWith("-"), {
    message: "The increment must be positive",
  }),
});

/**
 * A named way to round: mode plus increment.
 *
 * @public
 */
export type RoundingPolicy = z.infer<typeof roundingPolicySchema>;
