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

function invalid(input: unknown, path: TillErrorPath, why: string): TillError {
  return new TillError("INVALID_DECIMAL", {
    message: `Not an exact decimal (${why}): ${describe(input)}`,
    path,
    details: { input: describe(input) },
  });
}

function parseText(text: string, path: TillErrorPath): ScaledDecimal {
  if (!DECIMAL_PATTERN.test(text)) throw invalid(text, path, "expected digits with an optional fraction");
  const negative = text.startsWith("-");
  const unsigned = text.replace(/^[+-]/, "");
  const [whole = "", fraction = ""] = unsigned.split(".");
  const units = BigInt(`${whole}${fraction}` || "0");
  return { units: negative ? -units : units, scale: fraction.length };
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
