/**
 * An exact decimal as an integer count of `10^-scale` units: `{ units: 1230n, scale: 2 }` is 12.30.
 * The form every decimal input is parsed into once, before any arithmetic.
 *
 * @public
 */
export interface ScaledDecimal {
  /** The value times `10^scale`. */
  readonly units: bigint;
  /** Number of decimal places, 0 or more. */
  readonly scale: number;
}

const POWERS_OF_TEN: bigint[] = [];

/**
 * `10^exponent` as a bigint, cached because scaling is on every hot path.
 *
 * @param exponent - a non-negative integer
 * @returns 10 to that power
 * @internal
 */
export function powerOfTen(exponent: number): bigint {
  let power = POWERS_OF_TEN[exponent];
  if (power === undefined) {
    power = 10n ** BigInt(exponent);
    if (exponent < 64) POWERS_OF_TEN[exponent] = power;
  }
  return power;
}

/**
 * Brings a scaled decimal to a larger scale without loss.
 *
 * @param value - the decimal
 * @param scale - target scale, at least `value.scale`
 * @returns the units at the target scale
 * @internal
 */
export function unitsAtScale(value: ScaledDecimal, scale: number): bigint {
  return value.scale === scale ? value.units : value.units * powerOfTen(scale - value.scale);
}

/**
 * Writes a scaled decimal in plain notation with exactly `scale` decimals ("-0.05", "1235", "1.250").
 *
 * @param units - the integer units
 * @param scale - number of decimals
 * @returns plain decimal text
 * @public
 */
export function formatScaled(units: bigint, scale: number): string {
  const negative = units < 0n;
  const digits = (negative ? -units : units).toString();
  if (scale === 0) return negative ? `-${digits}` : digits;
  const padded = digits.padStart(scale + 1, "0");
  const text = `${padded.slice(0, -scale)}.${padded.slice(-scale)}`;
  return negative ? `-${text}` : text;
}

/**
 * Drops trailing zero decimals: 1.2500 (units 12500, scale 4) becomes units 125, scale 2.
 *
 * @param value - the decimal
 * @returns the same number at its smallest exact scale
 * @public
 */
export function normalizeScaled(value: ScaledDecimal): ScaledDecimal {
  let { units, scale } = value;
  while (scale > 0 && units % 10n === 0n) {
    units /= 10n;
    scale -= 1;
  }
  // Compare scales, not units: zero keeps its units (0n) while its scale drops, "0.00" → "0".
  return scale === value.scale ? value : { units, scale };
}
