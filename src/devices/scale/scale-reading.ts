import { z } from "zod";
import { Quantity } from "../../core/quantity/quantity";

/**
 * What a scale reports about its weight.
 *
 * - `stable`: at rest, legal to price
 * - `in-motion`: still settling
 * - `overload`: above capacity
 * - `underload`: below the weighing range (below zero beyond the zero band)
 * - `zero`: at rest at the zero point
 *
 * @public
 */
export const SCALE_STATES = ["stable", "in-motion", "overload", "underload", "zero"] as const;

/**
 * A scale state, see {@link SCALE_STATES}.
 *
 * @public
 */
export type ScaleState = (typeof SCALE_STATES)[number];

/**
 * zod schema for a {@link ScaleState}.
 *
 * @public
 */
export const scaleStateSchema = /* @__PURE__ */ z.enum(SCALE_STATES);

/**
 * Weight units scales report.
 *
 * @public
 */
export const SCALE_UNITS = ["kg", "g", "lb", "oz"] as const;

/**
 * zod schema for a scale weight unit.
 *
 * @public
 */
export const scaleUnitSchema = /* @__PURE__ */ z.enum(SCALE_UNITS);

/**
 * A scale weight unit, see {@link SCALE_UNITS}.
 *
 * @public
 */
export type ScaleUnit = (typeof SCALE_UNITS)[number];

/**
 * zod schema for one reading of a scale.
 *
 * @public
 */
export const scaleReadingSchema = /* @__PURE__ */ z.object({
  /** The state the scale reported. */
  state: scaleStateSchema,
  /** The weight, exact; absent when the scale sent none (overload and underload often send no number). */
  weight: z.instanceof(Quantity).optional(),
  /** True when the scale says the weight is net of a tare. */
  isNet: z.boolean().optional(),
});

/**
 * One reading of a scale, see {@link scaleReadingSchema}.
 *
 * @public
 */
export type ScaleReading = z.output<typeof scaleReadingSchema>;

/**
 * Commands a host sends a scale.
 *
 * - `weigh`: the next stable weight
 * - `weigh-immediately`: the current weight, stable or not
 * - `zero`, `tare`, `clear-tare`: set the zero point, tare the load, clear the tare
 *
 * @public
 */
export const SCALE_COMMANDS = ["weigh", "weigh-immediately", "zero", "tare", "clear-tare"] as const;

/**
 * A scale command, see {@link SCALE_COMMANDS}.
 *
 * @public
 */
export type ScaleCommand = (typeof SCALE_COMMANDS)[number];

/**
 * One decoded message from a scale: a reading, an acknowledgement of a command, or a refusal.
 *
 * @public
 */
export type ScaleMessage =
  | { readonly type: "reading"; readonly reading: ScaleReading }
  | { readonly type: "ack"; readonly command: ScaleCommand }
  | { readonly type: "error"; readonly reason: string; readonly response: string };

/**
 * A scale protocol: how bytes split into frames, what each frame means, and the bytes of each command.
 * Protocols are plain records, so a host can add a dialect without touching the driver.
 *
 * @public
 */
export interface ScaleProtocol {
  /** Protocol name, e.g. "mt-sics". */
  readonly name: string;
  /** Splits received bytes into complete frames and the incomplete rest. */
  split(buffer: Uint8Array): { readonly frames: Uint8Array[]; readonly rest: Uint8Array };
  /** Decodes one frame; throws TillError DEVICE_FAILURE for a frame it cannot read. */
  decode(frame: Uint8Array): ScaleMessage;
  /**
   * The bytes of a command; undefined when nothing needs sending (streaming scales report by themselves).
   * Throws TillError DEVICE_UNSUPPORTED for a command the protocol has not got.
   */
  encode(command: ScaleCommand): Uint8Array | undefined;
}
