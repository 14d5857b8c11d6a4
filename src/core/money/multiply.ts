import type Decimal from "decimal.js";
import type { TillErrorPath } from "../errors/till-error";
import type { DecimalInput } from "../numbers/decimal-input";
import { parseDecimal } from "../numbers/parse-decimal";
import { powerOfTen } from "../numbers/scaled-decimal";
import { QUANTITY_SCALE, Quantity } from "../quantity/quantity";
import { Rate } from "../rate/rate";
import { divideRounded, rounderFor } from "../rounding/divide-rounded";
import type { RoundingMode } from "../rounding/rounding-mode";
import { Money } from "./money";

/**
 * What money can be multiplied by: a quantity (price × 0.35 kg), a rate (price × 7%), or any exact decimal.
 *
 * @public
 */
export type Multiplier = Quantity | Rate | DecimalInput | Decimal;

/** 10^6: a Quantity counts millionths of its unit. */
const QUANTITY_DENOMINATOR = 1_000_000n;

function multiplierAsRatio(multiplier: Multiplier, path: TillErrorPath): { units: bigint; scale: number } {
  if (multiplier instanceof Quantity) return { units: multiplier.millionths, scale: QUANTITY_SCALE };
  if (multiplier instanceof Rate) return { units: multiplier.units, scale: multiplier.scale };
  return parseDecimal(multiplier, path);
}

/**
 * Multiplies money by an exact factor and rounds once, with an explicit mode, to the currency's minor unit.
 *
 * @param amount - the money (e.g. a unit price)
 * @param multiplier - a Quantity, a Rate, or a decimal
 * @param mode - how to round the exact product
 * @returns the rounded product
 * @throws TillError INVALID_DECIMAL for a malformed multiplier; INVALID_ROUNDING for an unknown mode
 * @example
 * ```ts
 * multiply(parseMoney("3.99", "EUR"), parseQuantity("0.350", "kg"), "half-up").toString(); // "1.40"
 * multiply(parseMoney("100.00", "EUR"), percent("9.975"), "half-up").toString();           // "9.98"
 * ```
 * @public
 */
export function multiply(
  amount: Money,
  multiplier: Multiplier,
  mode: RoundingMode,
  path: TillErrorPath = [],
): Money {
  // A Quantity is already an exact scaled integer: no intermediate object on the hot path (price × qty).
  if (multiplier instanceof Quantity) {
    // The denominator is a positive constant, so the rounder is called directly (no sign or zero checks).
    return new Money(
      rounderFor(mode)(amount.minor * multiplier.millionths, QUANTITY_DENOMINATOR),
      amount.currency,
    );
  }
  const factor = multiplierAsRatio(multiplier, path);
  if (factor.scale === 0) return new Money(amount.minor * factor.units, amount.currency);
  return new Money(
    divideRounded(amount.minor * factor.units, powerOfTen(factor.scale), mode),
    amount.currency,
  );
}
