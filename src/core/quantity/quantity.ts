import { TillError, type TillErrorPath } from "../errors/till-error";
import type { DecimalInput } from "../numbers/decimal-input";
import { parseDecimal } from "../numbers/parse-decimal";
import { formatScaled, normalizeScaled, powerOfTen } from "../numbers/scaled-decimal";
import type { UnitOfMeasure } from "./unit-of-measure";

/** Quantities are exact to six decimals (a milligram of a kilo, a millilitre of a litre and finer). */
export const QUANTITY_SCALE = 6;

/**
 * The JSON form of a {@link Quantity}.
 *
 * @public
 */
export interface QuantityJson {
  /** Decimal text, e.g. "1.25". */
  readonly value: string;
  /** Unit of measure. */
  readonly unit: UnitOfMeasure;
}

/**
 * An exact quantity with a unit of measure: millionths of the unit as a bigint.
 *
 * @example
 * ```ts
 * parseQuantity("0.350", "kg").toString(); // "0.35"
 * ```
 * @public
 */
export class Quantity {
  /** The quantity in millionths of the unit (1 kg is 1_000_000n). */
  readonly millionths: bigint;
  /** Unit of measure. */
  readonly unit: UnitOfMeasure;

  /** @internal Prefer {@link parseQuantity}. */
  constructor(millionths: bigint, unit: UnitOfMeasure) {
    this.millionths = millionths;
    this.unit = unit;
    Object.freeze(this);
  }

  /** Shortest exact decimal text: "2", "0.35", "-1.5". */
  toString(): string {
    const normalized = normalizeScaled({ units: this.millionths, scale: QUANTITY_SCALE });
    return formatScaled(normalized.units, normalized.scale);
  }

  /** `{ value, unit }`. */
  toJSON(): QuantityJson {
    return { value: this.toString(), unit: this.unit };
  }
}

/**
 * Makes an exact quantity.
 *
 * @param value - decimal text, bigint, safe-integer number or Decimal; at most six decimals
 * @param unit - unit of measure (default "each")
 * @param path - where the value sits in the caller's input
 * @returns the Quantity
 * @throws TillError QUANTITY_PRECISION beyond six decimals; INVALID_DECIMAL for malformed input
 * @public
 */
export function parseQuantity(
  value: DecimalInput,
  unit: UnitOfMeasure = "each",
  path: TillErrorPath = [],
): Quantity {
  const scaled = normalizeScaled(parseDecimal(value, path));
  if (scaled.scale > QUANTITY_SCALE) {
    throw new TillError("QUANTITY_PRECISION", {
      message: `At most ${QUANTITY_SCALE} decimals: ${String(value)}`,
      path,
    });
  }
  return new Quantity(scaled.units * powerOfTen(QUANTITY_SCALE - scaled.scale), unit);
}

/**
 * A whole number of pieces.
 *
 * @param count - integer count (may be negative for returns)
 * @returns a Quantity in "each"
 * @public
 */
export function pieces(count: number | bigint): Quantity {
  return parseQuantity(count, "each");
}
