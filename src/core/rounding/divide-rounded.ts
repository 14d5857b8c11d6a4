import { TillError } from "../errors/till-error";
import { roundCeiling } from "./modes/round-ceiling";
import { roundDown } from "./modes/round-down";
import { roundFloor } from "./modes/round-floor";
import { roundHalfDown } from "./modes/round-half-down";
import { roundHalfEven } from "./modes/round-half-even";
import { roundHalfUp } from "./modes/round-half-up";
import { roundUp } from "./modes/round-up";
import type { RoundingMode } from "./rounding-mode";

/**
 * A function that rounds an exact ratio to an integer. Every mode has this shape.
 *
 * @public
 */
export type RatioRounder = (numerator: bigint, denominator: bigint) => bigint;

/**
 * The rounder for a mode, for loops that round many values the same way.
 *
 * @param mode - the rounding mode
 * @returns a function rounding `numerator / denominator` (denominator positive)
 * @throws TillError INVALID_ROUNDING for an unknown mode
 * @public
 */
export function rounderFor(mode: RoundingMode): RatioRounder {
  // A switch rather than a lookup table: it is faster on the hot path and cannot find Object.prototype's
  // members ("toString", "constructor") when a JS caller passes an unchecked string.
  switch (mode) {
    case "half-up":
      return roundHalfUp;
    case "half-down":
      return roundHalfDown;
    case "half-even":
      return roundHalfEven;
    case "up":
      return roundUp;
    case "down":
      return roundDown;
    case "ceiling":
      return roundCeiling;
    case "floor":
      return roundFloor;
    default:
      throw new TillError("INVALID_ROUNDING", {
        message: `Unknown rounding mode: ${typeof mode === "string" ? mode : typeof mode}`,
        details: { mode: typeof mode === "string" ? mode : typeof mode },
      });
  }
}

/**
 * Rounds the exact ratio `numerator / denominator` to an integer with the given mode. The kernel of every
 * rounding in tillkit: values stay exact until a named policy calls this.
 *
 * @param numerator - any integer
 * @param denominator - any non-zero integer (a negative one flips both signs first)
 * @param mode - the rounding mode
 * @returns the rounded integer
 * @example
 * ```ts
 * divideRounded(2675n, 10n, "half-up"); // 268n
 * ```
 * @public
 */
export function divideRounded(numerator: bigint, denominator: bigint, mode: RoundingMode): bigint {
  if (denominator === 0n) throw new TillError("INVALID_ROUNDING", { message: "Division by zero" });
  return denominator < 0n
    ? rounderFor(mode)(-numerator, -denominator)
    : rounderFor(mode)(numerator, denominator);
}
