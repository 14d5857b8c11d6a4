import { z } from "zod";
import { parseWith } from "../../../core/errors/from-zod";
import { decimalStringSchema } from "../../../core/numbers/decimal-input";
import { parseDecimal } from "../../../core/numbers/parse-decimal";
import type { ScaledDecimal } from "../../../core/numbers/scaled-decimal";
import { formatScaled, powerOfTen } from "../../../core/numbers/scaled-decimal";
import { divideRounded } from "../../../core/rounding/divide-rounded";
import { millionthsOf, ONE_UNIT, quantityTextSchema } from "../quantity-text";

/**
 * Units a daily demand uses up over whole days, in millionths, rounded up (ceiling) so a reorder never
 * plans for less than the forecast: 2.3333333 a day over 3 days is 7.000000 (6.9999999 rounded up).
 *
 * @param daily - demand per day (non-negative, any scale)
 * @param days - number of days
 * @returns millionths of the unit
 * @internal
 */
export function demandOver(daily: ScaledDecimal, days: number): bigint {
  return divideRounded(daily.units * BigInt(days) * ONE_UNIT, powerOfTen(daily.scale), "ceiling");
}

/**
 * Days the stock on hand lasts at a daily demand (see {@link daysOfSupply}), on parsed values.
 *
 * @param onHandMillionths - stock on hand in millionths (may be negative)
 * @param daily - demand per day (non-negative, any scale)
 * @returns days as decimal text with one decimal, or null without demand
 * @internal
 */
export function daysOfSupplyScaled(onHandMillionths: bigint, daily: ScaledDecimal): string | null {
  if (daily.units <= 0n) return null;
  if (onHandMillionths <= 0n) return "0.0";
  // onHand / (units / 10^scale) in tenths: onHand * 10^scale * 10 / (units * 10^6).
  const tenths = divideRounded(
    onHandMillionths * powerOfTen(daily.scale) * 10n,
    daily.units * ONE_UNIT,
    "floor",
  );
  return formatScaled(tenths, 1);
}

/**
 * zod schema of the input of {@link daysOfSupply}: stock on hand (may be negative) and the mean daily
 * demand (a forecast's `dailyMean`, zero or more, any scale).
 *
 * @public
 */
export const daysOfSupplyInputSchema = /* @__PURE__ */ z.object({
  onHand: quantityTextSchema,
  dailyDemand: decimalStringSchema.refine((text) => !text.startsWith("-"), {
    message: "Expected a demand of zero or more",
  }),
});

/**
 * Input of {@link daysOfSupply}, see {@link daysOfSupplyInputSchema}.
 *
 * @public
 */
export type DaysOfSupplyInput = z.input<typeof daysOfSupplyInputSchema>;

/**
 * Days the stock on hand lasts at a daily demand, rounded down to a tenth of a day (stock for 4.96 days
 * reads "4.9": a buyer should not be told a day more than there is). Negative stock lasts "0.0" days;
 * without demand the stock lasts indefinitely and the result is `null`.
 *
 * @param input - stock on hand and daily demand
 * @returns days as decimal text with one decimal, or null without demand
 * @throws TillError INVALID_INPUT with the path of a bad field
 * @example
 * ```ts
 * daysOfSupply({ onHand: "50", dailyDemand: "20" }); // "2.5"
 * ```
 * @public
 */
export function daysOfSupply(input: DaysOfSupplyInput): string | null {
  const { onHand, dailyDemand } = parseWith(daysOfSupplyInputSchema, input, ["input"]);
  return daysOfSupplyScaled(
    millionthsOf(onHand, ["input", "onHand"]),
    parseDecimal(dailyDemand, ["input", "dailyDemand"]),
  );
}
