import { z } from "zod";
import { currencyCodeSchema } from "../../core/currency/currency";
import { DECIMAL_PATTERN } from "../../core/numbers/decimal-input";
import { itemSelectorSchema } from "../rules/item-selector";
import { ruleAmountSchema, ruleIdSchema, rulePercentSchema } from "../rules/rule-primitives";

const multiplierSchema = /* @__PURE__ */ z
  .string()
  .refine(
    (text) => DECIMAL_PATTERN.test(text) && !text.startsWith("-") && (text.split(".")[1]?.length ?? 0) <= 6,
    {
      message: "Expected a non-negative multiplier with at most six decimals, e.g. 1.5",
    },
  );

/**
 * zod schema for a loyalty program. Earning: `points` per `per` of net excluding tax (default 1 point per
 * 1.00), item rules that multiply or add points per unit, exclusions (gift cards by default), tier
 * multipliers; the total is floored to whole points after every multiplier. Tiers follow spend over a
 * rolling window. Redemption: points are worth `pointValue` each, need `minPoints`, may cover at most
 * `maxShare` percent of the basket, and are by default the last discount phase (so they lower the taxable
 * base) or optionally a tender. `negativeBalance` says what a debit beyond the balance does.
 *
 * @public
 */
export const loyaltyProgramSchema = /* @__PURE__ */ z.strictObject({
  id: ruleIdSchema,
  name: z.string().min(1),
  currency: currencyCodeSchema,
  earn: z
    .strictObject({ points: z.number().int().positive().default(1), per: ruleAmountSchema.default("1.00") })
    .default({ points: 1, per: "1.00" }),
  itemRules: z
    .array(
      z.strictObject({
        items: itemSelectorSchema,
        multiplier: multiplierSchema.optional(),
        pointsPerUnit: z.number().int().nonnegative().optional(),
      }),
    )
    .default([]),
  exclusions: itemSelectorSchema.default({ tags: ["gift-card"] }),
  tiers: z
    .array(
      z.strictObject({
        id: ruleIdSchema,
        name: z.string().min(1),
        minSpend: ruleAmountSchema,
        multiplier: multiplierSchema,
      }),
    )
    .default([]),
  tierWindowDays: z.number().int().positive().default(365),
  redemption: z
    .strictObject({
      pointValue: ruleAmountSchema,
      minPoints: z.number().int().nonnegative().default(0),
      maxShare: rulePercentSchema.default("100"),
      mode: z.enum(["discount", "tender"]).default("discount"),
    })
    .optional(),
  expiry: z.strictObject({ days: z.number().int().positive() }).optional(),
  negativeBalance: z.enum(["forbid", "clamp", "allow"]).default("forbid"),
});

/**
 * A loyalty program (input form).
 *
 * @public
 */
export type LoyaltyProgramInput = z.input<typeof loyaltyProgramSchema>;

/**
 * A validated loyalty program.
 *
 * @public
 */
export type LoyaltyProgram = z.output<typeof loyaltyProgramSchema>;
