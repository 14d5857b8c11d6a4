import { parseDecimal } from "../../core/numbers/parse-decimal";
import { formatScaled, unitsAtScale } from "../../core/numbers/scaled-decimal";
import { divideRounded } from "../../core/rounding/divide-rounded";

/**
 * Values of one chart brought to a common scale, and the linear map from value to pixels. All geometry is
 * exact integer arithmetic on bigint, rounded half-up once per coordinate, so the same data always draws
 * the same SVG, byte for byte.
 *
 * @internal
 */
export interface ChartScale {
  /** The values as integers at `scale`. */
  readonly units: readonly bigint[];
  readonly scale: number;
  /** Smallest and largest value of the domain (0 is always inside it). */
  readonly low: bigint;
  readonly high: bigint;
  /** Pixel offset of a value along an axis of `length` pixels (0 at `low`). */
  offset(units: bigint, length: number): number;
  /** Decimal text of a value at the scale, trailing zeros kept ("12.50"). */
  text(units: bigint): string;
}

/**
 * Builds the scale of a chart from decimal strings.
 *
 * @param values - decimal strings (exact; money passes `money.toString()`)
 * @param path - where the values sit, for INVALID_DECIMAL
 * @returns the scale
 * @throws TillError INVALID_DECIMAL
 * @internal
 */
export function makeChartScale(values: readonly string[], path: (string | number)[] = []): ChartScale {
  const parsed = values.map((value, index) => parseDecimal(value, [...path, index]));
  const scale = parsed.reduce((most, value) => Math.max(most, value.scale), 0);
  const units = parsed.map((value) => unitsAtScale(value, scale));
  let low = 0n;
  let high = 0n;
  for (const value of units) {
    if (value < low) low = value;
    if (value > high) high = value;
  }
  const span = high - low === 0n ? 1n : high - low;
  return {
    units,
    scale,
    low,
    high,
    offset: (value, length) => Number(divideRounded((value - low) * BigInt(length), span, "half-up")),
    text: (value) => formatScaled(value, scale),
  };
}
