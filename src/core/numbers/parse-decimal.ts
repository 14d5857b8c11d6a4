import Decimal from "decimal.js";
import { TillError, type TillErrorPath } from "../errors/till-error";
import { DECIMAL_PATTERN, type DecimalInput } from "./decimal-input";
import type { ScaledDecimal } from "./scaled-decimal";
import { TillDecimal } from "./till-decimal";

/** Text for an error message that never throws itself (an object without a prototype has no toString). */
function describe(input: unknown): string {
  try {
    return String(input);
  } catch {
    return Object.prototype.toString.call(input);
  }
}

const MINUS = 45; // "-"
const PLUS = 43; // "+"

function invalid(input: unknown, path: TillErrorPath, why: string): TillError {
  return new TillError("INVALID_DECIMAL", {
    message: `Not an exact decimal (${why}): ${describe(input)}`,
    path,
    details: { input: describe(input) },
  });
}

/** Digit strings up to this length fit a safe integer, which converts to bigint faster than text does. */
const SAFE_DIGITS = 15;

/**
 * Parses text the pattern accepted. Read by index rather than with a replace and a split: every price,
 * quantity and amount of a basket comes through here, and the index reads took a quarter of the time.
 */
function parseText(text: string, path: TillErrorPath): ScaledDecimal {
  if (!DECIMAL_PATTERN.test(text)) throw invalid(text, path, "expected digits with an optional fraction");
  const sign = text.charCodeAt(0);
  const start = sign === MINUS || sign === PLUS ? 1 : 0;
  const point = text.indexOf(".", start);
  const digits = point === -1 ? text.slice(start) : `${text.slice(start, point)}${text.slice(point + 1)}`;
  // "+.5" leaves "5"; "-." never passes the pattern, so digits is never empty.
  const units = digits.length <= SAFE_DIGITS ? BigInt(Number(digits)) : BigInt(digits);
  return { units: sign === MINUS ? -units : units, scale: point === -1 ? 0 : text.length - point - 1 };
}

/**
 * The one place a decimal input becomes an exact scaled integer.
 *
 * @param input - decimal string, bigint, safe-integer number or decimal.js Decimal
 * @param path - where the value sits in the caller's input, for the error
 * @returns the exact value as units and scale ("12.30" → 1230n at scale 2)
 * @throws TillError INVALID_DECIMAL for NaN, Infinity, fractional JS numbers, exponents or other text
 * @example
 * ```ts
 * parseDecimal("-0.05"); // { units: -5n, scale: 2 }
 * ```
 * @public
 */
export function parseDecimal(input: DecimalInput, path: TillErrorPath = []): ScaledDecimal {
  if (typeof input === "bigint") return { units: input, scale: 0 };
  if (typeof input === "string") return parseText(input, path);
  if (typeof input === "number") {
    if (!Number.isFinite(input)) throw invalid(input, path, "not finite");
    if (!Number.isSafeInteger(input))
      throw invalid(input, path, "JS numbers must be exact integers; pass a string");
    return { units: BigInt(input), scale: 0 };
  }
  if (Decimal.isDecimal(input)) {
    if (!input.isFinite()) throw invalid(input, path, "not finite");
    // Re-wrapping in the private constructor prints without exponent whatever the host's config is.
    return parseText(new TillDecimal(input).toString(), path);
  }
  throw invalid(input, path, `unsupported type ${typeof input}`);
}

/**
 * Converts a scaled decimal into tillkit's private decimal.js type, for callers and report ratios.
 *
 * @param value - the exact value
 * @returns an equal Decimal
 * @public
 */
export function scaledToDecimal(value: ScaledDecimal): Decimal {
  return new TillDecimal(value.units.toString()).div(new TillDecimal(10).pow(value.scale));
}
