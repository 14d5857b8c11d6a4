import { parseWith } from "../errors/from-zod";
import { TillError, type TillErrorPath } from "../errors/till-error";
import type { DecimalInput } from "../numbers/decimal-input";
import { parseDecimal } from "../numbers/parse-decimal";
import { formatScaled, powerOfTen, type ScaledDecimal, unitsAtScale } from "../numbers/scaled-decimal";
import { divideRounded } from "./divide-rounded";
import { type RoundingPolicy, roundingPolicySchema } from "./rounding-policy";

/**
 * Rounds an exact scaled decimal to a multiple of `increment` (itself a scaled decimal).
 * Result is expressed at the increment's scale.
 *
 * @param value - the exact value
 * @param increment - positive step such as 0.05 (units 5, scale 2)
 * @param mode - rounding mode from the policy
 * @returns the rounded value at the increment's scale
 * @internal
 */
export function roundScaledToIncrement(
  value: ScaledDecimal,
  increment: ScaledDecimal,
  mode: RoundingPolicy["mode"],
): ScaledDecimal {
  const scale = Math.max(value.scale, increment.scale);
  const valueUnits = unitsAtScale(value, scale);
  const incrementUnits = unitsAtScale(increment, scale);
  if (incrementUnits <= 0n)
    throw new TillError("INVALID_ROUNDING", { message: "The increment must be positive" });
  const steps = divideRounded(valueUnits, incrementUnits, mode);
  const resultUnits = steps * incrementUnits;
  // Express at the increment's scale (the value's extra digits are zero after rounding).
  return { units: resultUnits / powerOfTen(scale - increment.scale), scale: increment.scale };
}

/**
 * Rounds a decimal with a named policy and returns plain decimal text at the increment's scale.
 *
 * @param value - the value to round
 * @param policy - mode and increment
 * @param path - where the value sits in the caller's input
 * @returns the rounded value as text
 * @throws TillError INVALID_DECIMAL for a bad value, INVALID_INPUT for a bad policy
 * @example
 * ```ts
 * roundDecimal("2.675", { mode: "half-up", increment: "0.01" });   // "2.68"
 * roundDecimal("-2.675", { mode: "half-up", increment: "0.01" });  // "-2.68"
 * roundDecimal("2.665", { mode: "half-even", increment: "0.01" }); // "2.66"
 * ```
 * @public
 */
export function roundDecimal(value: DecimalInput, policy: RoundingPolicy, path: TillErrorPath = []): string {
  const checked = parseWith(roundingPolicySchema, policy, ["policy"]);
  const rounded = roundScaledToIncrement(
    parseDecimal(value, path),
    parseDecimal(checked.increment),
    checked.mode,
  );
  return formatScaled(rounded.units, rounded.scale);
}
