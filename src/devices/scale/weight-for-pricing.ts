import { z } from "zod";
import { parseWith } from "../../core/errors/from-zod";
import { TillError } from "../../core/errors/till-error";
import { decimalInputSchema } from "../../core/numbers/decimal-input";
import { parseQuantity, type Quantity } from "../../core/quantity/quantity";
import { type ScaleReading, scaleReadingSchema, scaleUnitSchema } from "./scale-reading";

/**
 * zod schema for the legal-for-trade limits of a scale, in the unit its readings use.
 *
 * @public
 */
export const legalForTradeSchema = /* @__PURE__ */ z.object({
  /** Maximum capacity (Max), e.g. "15" kg. */
  capacity: decimalInputSchema,
  /** Minimum weight that may price a line (Min, typically 20 scale intervals), e.g. "0.040". */
  minimum: decimalInputSchema.optional(),
  /** Unit of capacity and minimum; default kg. */
  unit: scaleUnitSchema.default("kg"),
});

/**
 * Legal-for-trade limits, see {@link legalForTradeSchema}.
 *
 * @public
 */
export type LegalForTradeLimits = z.input<typeof legalForTradeSchema>;

function outOfRange(reading: ScaleReading, why: string, limits: Record<string, string>): TillError {
  return new TillError("SCALE_OUT_OF_RANGE", {
    message: `The weight cannot price a line: ${why}`,
    details: { state: reading.state, reason: why, weight: reading.weight?.toString(), ...limits },
  });
}

/**
 * The legal-for-trade gate between a scale and a sale line: only a stable, non-negative weight within
 * the scale's capacity (and at least its minimum, when given) may price a line.
 *
 * @param reading - the scale reading
 * @param limits - capacity, optional minimum, and their unit
 * @returns the weight to price
 * @throws TillError SCALE_NOT_STABLE while the scale is in motion; SCALE_OUT_OF_RANGE for overload,
 *   underload, a missing or negative weight, or a weight above capacity or below the minimum (the state
 *   and reason in `details`); UNIT_MISMATCH when the reading is in another unit than the limits;
 *   INVALID_INPUT for a malformed reading or bad limits
 * @example
 * ```ts
 * weightForPricing({ state: "stable", weight: parseQuantity("0.350", "kg") }, { capacity: "15" }); // 0.35 kg
 * ```
 * @public
 */
export function weightForPricing(input: ScaleReading, limits: LegalForTradeLimits): Quantity {
  const reading = parseWith(scaleReadingSchema, input, ["reading"]);
  const { capacity, minimum, unit } = parseWith(legalForTradeSchema, limits, ["limits"]);
  const max = parseQuantity(capacity, unit, ["limits", "capacity"]);
  const min = minimum === undefined ? undefined : parseQuantity(minimum, unit, ["limits", "minimum"]);
  const facts = { capacity: max.toString(), unit, ...(min === undefined ? {} : { minimum: min.toString() }) };
  if (reading.state === "in-motion") {
    throw new TillError("SCALE_NOT_STABLE", {
      details: { state: reading.state, weight: reading.weight?.toString() },
    });
  }
  if (reading.state === "overload" || reading.state === "underload")
    throw outOfRange(reading, reading.state, facts);
  const weight = reading.weight;
  if (weight === undefined) throw outOfRange(reading, "no-weight", facts);
  if (weight.unit !== unit) {
    throw new TillError("UNIT_MISMATCH", {
      details: { state: reading.state, weightUnit: weight.unit, unit },
    });
  }
  if (weight.millionths < 0n) throw outOfRange(reading, "negative", facts);
  if (weight.millionths > max.millionths) throw outOfRange(reading, "above-capacity", facts);
  if (min !== undefined && weight.millionths < min.millionths)
    throw outOfRange(reading, "below-minimum", facts);
  return weight;
}
