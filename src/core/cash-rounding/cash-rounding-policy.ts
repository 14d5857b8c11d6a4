import { z } from "zod";
import { currencyCodeSchema } from "../currency/currency";
import { decimalStringSchema } from "../numbers/decimal-input";

/** A positive decimal string in major units: "0.05", "0.50", "1", "5". */
const positiveDecimalSchema = /* @__PURE__ */ decimalStringSchema.refine(
  (text) => /[1-9]/.test(text) && !text.startsWith("-"),
  { message: "Expected a positive decimal such as 0.05" },
);

/**
 * The rounding modes a cash-rounding step may use. Only the sign-symmetric ones: a refund must round to the
 * exact mirror of its sale, so "ceiling" and "floor" are not offered.
 *
 * @public
 */
export const CASH_ROUNDING_TIES = ["half-up", "half-down", "half-even", "up", "down"] as const;

/**
 * zod schema for the rounding mode of a cash-rounding step, see {@link CASH_ROUNDING_TIES}.
 *
 * @public
 */
export const cashRoundingTieSchema = /* @__PURE__ */ z.enum(CASH_ROUNDING_TIES);

/**
 * Which tenders a cash-rounding policy touches:
 * - "cash-only-payment": only a payment made wholly in cash is rounded; a split payment stays exact;
 * - "cash-part": the part paid in cash is rounded, other tenders of a split payment stay exact;
 * - "all-tenders": the amount due is rounded whatever the tender (a store that rounds card payments too).
 *
 * @public
 */
export const CASH_ROUNDING_SCOPES = ["cash-only-payment", "cash-part", "all-tenders"] as const;

/**
 * zod schema for {@link CASH_ROUNDING_SCOPES}.
 *
 * @public
 */
export const cashRoundingScopeSchema = /* @__PURE__ */ z.enum(CASH_ROUNDING_SCOPES);

/**
 * zod schema for a special case of a cash-rounding policy: an amount whose magnitude lies in
 * `[from, to]` rounds to `roundsTo` instead of the nearest step (Slovakia: 0.01 and 0.02 round up to 0.05
 * so a small cash price never rounds to nothing). All three are decimal strings in major units.
 *
 * @public
 */
export const cashRoundingSpecialCaseSchema = /* @__PURE__ */ z
  .object({
    from: positiveDecimalSchema,
    to: positiveDecimalSchema,
    roundsTo: decimalStringSchema.refine((text) => !text.startsWith("-"), {
      message: "roundsTo must not be negative",
    }),
  })
  .strict();

/**
 * A special case of a cash-rounding policy, see {@link cashRoundingSpecialCaseSchema}.
 *
 * @public
 */
export type CashRoundingSpecialCase = z.infer<typeof cashRoundingSpecialCaseSchema>;

/**
 * zod schema for a cash-rounding policy: the tender rule a country (or a store) applies when coins smaller
 * than `step` are not in use. It is stamped on a sale by `id` and `version`, so a receipt can be
 * recomputed exactly later.
 *
 * @public
 */
export const cashRoundingPolicySchema = /* @__PURE__ */ z
  .object({
    /** Stable identifier, e.g. "cash-rounding-sk". */
    id: z.string().min(1),
    /** Bumped whenever the rule changes; old sales keep the version they were made with. */
    version: z.number().int().positive(),
    /** ISO 4217 code the step is expressed in. */
    currency: currencyCodeSchema,
    /** The smallest cash amount in major units: "0.05", "0.10", "0.50", "1", "5". */
    step: positiveDecimalSchema,
    /** How a remainder between two steps rounds (0.025 to 0.05 steps, 0.25 to 0.50 steps, ...). */
    tie: cashRoundingTieSchema,
    /** Which tenders the rule touches. */
    appliesTo: cashRoundingScopeSchema,
    /** Amount ranges that round to a fixed value instead of the nearest step. */
    specialCases: z.array(cashRoundingSpecialCaseSchema).optional(),
    /** Human summary of the rule and its legal basis. */
    description: z.string(),
  })
  .strict();

/**
 * A cash-rounding policy, see {@link cashRoundingPolicySchema}.
 *
 * @public
 */
export type CashRoundingPolicy = z.infer<typeof cashRoundingPolicySchema>;
