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

const ROUNDERS: Readonly<Record<RoundingMode, RatioRounder>> = {
  "half-up": roundHalfUp,
  "half-down": roundHalfDown,
  "half-even": roundHalfEven,
  up: roundUp,
  down: roundDown,
  ceiling: roundCeiling,
  floor: roundFloor,
};

/**
 * The rounder for a mode, for loops that round many values the same way.
 *
 * @param mode - the rounding mode
 * @returns a function rounding `numerator / denominator` (denominator positive)
 * @throws TillError INVALID_ROUNDING for an unknown mode
 * @public
 */
export function rounderFor(mode: RoundingMode): RatioRounder {
  const rounder = ROUNDERS[mode];
  if (rounder === undefined) throw new TillError("INVALID_ROUNDING", { details: { mode } });
  return rounder;
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
