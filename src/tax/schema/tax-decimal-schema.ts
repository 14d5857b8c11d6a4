import { z } from "zod";
import { DECIMAL_PATTERN } from "../../core/numbers/decimal-input";

/**
 * zod schema for a decimal string in tax input ("7.25", "-15", "0.05"). JS numbers are refused with
 * INVALID_DECIMAL: a rate such as 0.07 or 9.975 has no exact binary float, so it must arrive as text.
 *
 * @public
 */
export const taxDecimalSchema = /* @__PURE__ */ z.custom<string>(
  (value) => typeof value === "string" && DECIMAL_PATTERN.test(value),
  {
    message: 'Expected a decimal string such as "7.25" (JS numbers are refused)',
    params: { tillCode: "INVALID_DECIMAL" },
  },
);

/**
 * zod schema for a calendar date "YYYY-MM-DD" (ISO 8601), compared as text.
 *
 * @public
 */
export const isoDateSchema = /* @__PURE__ */ z
  .string()
  .regex(/^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])$/, { message: "Expected a date YYYY-MM-DD" });

/**
 * zod schema for an inclusive effective date range: `from` and `to` are both days on which the rule holds;
 * either end may be open.
 *
 * @public
 */
export const effectiveRangeSchema = /* @__PURE__ */ z.object({
  from: isoDateSchema.optional(),
  to: isoDateSchema.optional(),
});

/**
 * An inclusive effective date range.
 *
 * @public
 */
export type EffectiveRange = z.infer<typeof effectiveRangeSchema>;
