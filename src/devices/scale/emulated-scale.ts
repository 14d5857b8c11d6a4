import { parseWith } from "../../core/errors/from-zod";
import { TillError } from "../../core/errors/till-error";
import { type DecimalInput, decimalInputSchema } from "../../core/numbers/decimal-input";
import { parseDecimal } from "../../core/numbers/parse-decimal";
import { formatScaled, powerOfTen } from "../../core/numbers/scaled-decimal";
import type { ScaleState, ScaleUnit } from "./scale-reading";

/**
 * The state of an emulated scale that protocol responders read and change: gross load, zero offset,
 * tare, and an optional forced state (motion, overload, underload).
 *
 * @public
 */
export interface EmulatedScale {
  /** Display unit. */
  readonly unit: ScaleUnit;
  /** Display decimals. */
  readonly decimals: number;
  /** Net weight in units of 10^-decimals: gross minus zero offset minus tare. */
  netUnits(): bigint;
  /** Net weight as text with exactly `decimals` decimals, sign included. */
  netText(): string;
  /** Tare in units of 10^-decimals. */
  tareUnits(): bigint;
  /** The state shown: the forced one, else zero or stable by the net weight. */
  state(): ScaleState;
  /** Puts a gross load on the platter. */
  setWeight(weight: DecimalInput): void;
  /** Forces in-motion, overload or underload; stable, zero or undefined lets the weight decide. */
  setState(state: ScaleState | undefined): void;
  /** Zeroes the scale; false (refused) while in motion or out of range. */
  zero(): boolean;
  /** Tares the current load; false (refused) while in motion or out of range. */
  tare(): boolean;
  /** Clears the tare. */
  clearTare(): void;
}

function unitsAt(weight: DecimalInput, decimals: number): bigint {
  const value = parseDecimal(parseWith(decimalInputSchema, weight, ["weight"]), ["weight"]);
  if (value.scale > decimals) {
    throw new TillError("QUANTITY_PRECISION", {
      message: `The emulated scale shows ${decimals} decimals`,
      path: ["weight"],
      details: { decimals },
    });
  }
  return value.units * powerOfTen(decimals - value.scale);
}

/**
 * Makes the state of an emulated scale.
 *
 * @param unit - display unit
 * @param decimals - display decimals (the scale interval is 10^-decimals)
 * @param weight - initial gross load
 * @returns the emulated scale
 * @throws TillError QUANTITY_PRECISION when a weight has more decimals than the display
 * @internal
 */
export function makeEmulatedScale(unit: ScaleUnit, decimals: number, weight: DecimalInput): EmulatedScale {
  let gross = unitsAt(weight, decimals);
  let zeroOffset = 0n;
  let tare = 0n;
  let forced: ScaleState | undefined;
  const net = (): bigint => gross - zeroOffset - tare;
  const state = (): ScaleState => forced ?? (net() === 0n ? "zero" : "stable");
  const isSettled = (): boolean => forced === undefined;
  return {
    unit,
    decimals,
    netUnits: net,
    netText: () => formatScaled(net(), decimals),
    tareUnits: () => tare,
    state,
    setWeight: (next) => {
      gross = unitsAt(next, decimals);
    },
    setState: (next) => {
      forced = next === "stable" || next === "zero" ? undefined : next;
    },
    zero: () => {
      if (!isSettled()) return false;
      zeroOffset = gross;
      tare = 0n;
      return true;
    },
    tare: () => {
      if (!isSettled()) return false;
      tare = gross - zeroOffset;
      return true;
    },
    clearTare: () => {
      tare = 0n;
    },
  };
}
