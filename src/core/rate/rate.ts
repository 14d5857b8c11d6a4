import { TillError, type TillErrorPath } from "../errors/till-error";
import type { DecimalInput } from "../numbers/decimal-input";
import { parseDecimal } from "../numbers/parse-decimal";
import { formatScaled, normalizeScaled, powerOfTen } from "../numbers/scaled-decimal";

/**
 * An exact rate of any scale, as a fraction of one: 7% is `{ units: 7n, scale: 2 }`, 9.975% is
 * `{ units: 9975n, scale: 5 }`.
 *
 * @public
 */
export class Rate {
  /** The rate times `10^scale`. */
  readonly units: bigint;
  /** Decimal places of the fraction. */
  readonly scale: number;

  /** @internal Prefer {@link parseRate} or {@link percent}. */
  constructor(units: bigint, scale: number) {
    this.units = units;
    this.scale = scale;
    Object.freeze(this);
  }

  /** The fraction as decimal text: 7% is "0.07". */
  toString(): string {
    return formatScaled(this.units, this.scale);
  }

  /** The rate as percent text: "7", "9.975". */
  toPercentString(): string {
    if (this.scale < 2) return formatScaled(this.units * powerOfTen(2 - this.scale), 0);
    const asPercent = normalizeScaled({ units: this.units, scale: this.scale - 2 });
    return formatScaled(asPercent.units, asPercent.scale);
  }

  /** JSON is the fraction text. */
  toJSON(): string {
    return this.toString();
  }
}

/**
 * A rate from its fraction of one: "0.07" is 7%.
 *
 * @param fraction - decimal input
 * @param path - where the value sits in the caller's input
 * @returns the Rate
 * @throws TillError INVALID_DECIMAL
 * @public
 */
export function parseRate(fraction: DecimalInput, path: TillErrorPath = []): Rate {
  const scaled = normalizeScaled(parseDecimal(fraction, path));
  return new Rate(scaled.units, scaled.scale);
}

/**
 * A rate from a percentage: "7" is 0.07, "9.975" is 0.09975.
 *
 * @param value - percent as decimal input
 * @param path - where the value sits in the caller's input
 * @returns the Rate
 * @throws TillError INVALID_DECIMAL
 * @public
 */
export function percent(value: DecimalInput, path: TillErrorPath = []): Rate {
  const scaled = parseDecimal(value, path);
  const normalized = normalizeScaled({ units: scaled.units, scale: scaled.scale + 2 });
  return new Rate(normalized.units, normalized.scale);
}

/**
 * Throws unless a rate lies in [0, 1] (0% to 100%), the range of discounts and most taxes.
 *
 * @param rate - the rate
 * @param path - path for the error
 * @throws TillError INVALID_RATE
 * @internal
 */
export function assertUnitInterval(rate: Rate, path: TillErrorPath = []): void {
  if (rate.units < 0n || rate.units > powerOfTen(rate.scale)) {
    throw new TillError("INVALID_RATE", {
      message: `Rate must be between 0% and 100%: ${rate.toString()}`,
      path,
    });
  }
}
