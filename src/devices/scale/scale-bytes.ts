import { TillError } from "../../core/errors/till-error";
import { parseQuantity, type Quantity } from "../../core/quantity/quantity";
import type { ScaleState, ScaleUnit } from "./scale-reading";

/**
 * Bytes to text, one character per byte (scale protocols are ASCII; anything else shows as itself).
 *
 * @param bytes - received bytes
 * @returns the text
 * @internal
 */
export function bytesToText(bytes: Uint8Array): string {
  let text = "";
  for (const byte of bytes) text += String.fromCharCode(byte);
  return text;
}

/**
 * Text to bytes, one byte per character (the low 8 bits).
 *
 * @param text - ASCII text
 * @returns the bytes
 * @internal
 */
export function textToBytes(text: string): Uint8Array {
  const bytes = new Uint8Array(text.length);
  for (let index = 0; index < text.length; index += 1) bytes[index] = text.charCodeAt(index) & 0xff;
  return bytes;
}

/**
 * Splits bytes after every occurrence of a terminator byte.
 *
 * @param buffer - bytes received so far
 * @param terminator - the byte that ends a frame (LF, CR, ETX)
 * @returns the complete frames (terminator removed) and the rest
 * @internal
 */
export function splitOnByte(
  buffer: Uint8Array,
  terminator: number,
): { frames: Uint8Array[]; rest: Uint8Array } {
  const frames: Uint8Array[] = [];
  let start = 0;
  for (let index = 0; index < buffer.length; index += 1) {
    if (buffer[index] !== terminator) continue;
    frames.push(buffer.slice(start, index));
    start = index + 1;
  }
  return { frames, rest: buffer.slice(start) };
}

/**
 * The error every scale parser throws for a frame it cannot read.
 *
 * @param protocol - protocol name
 * @param response - the frame as text
 * @returns the TillError DEVICE_FAILURE
 * @internal
 */
export function unreadableFrame(protocol: string, response: string): TillError {
  return new TillError("DEVICE_FAILURE", {
    message: `Unreadable ${protocol} response`,
    details: { reason: "unreadable-response", protocol, response },
  });
}

/**
 * Reads a signed weight number written by a scale ("0.350", "-  1.25", "+ 12") as an exact Quantity.
 *
 * @param sign - "-" for negative, anything else positive
 * @param digits - digits with an optional decimal point
 * @param unit - the unit
 * @returns the Quantity
 * @internal
 */
export function weightOf(sign: string, digits: string, unit: ScaleUnit): Quantity {
  return parseQuantity(`${sign === "-" ? "-" : ""}${digits}`, unit);
}

/**
 * Reads a unit written by a scale ("kg", "KG", "lb", "g", "oz").
 *
 * @param text - the unit text
 * @returns the unit, or undefined when it is no weight unit tillkit knows
 * @internal
 */
export function scaleUnitOf(text: string): ScaleUnit | undefined {
  const unit = text.toLowerCase();
  return unit === "kg" || unit === "g" || unit === "lb" || unit === "oz" ? unit : undefined;
}

/**
 * A stable reading of exactly zero is reported as the `zero` state.
 *
 * @param isStable - whether the scale said stable
 * @param weight - the weight
 * @returns the state
 * @internal
 */
export function stableOrZero(isStable: boolean, weight: Quantity): ScaleState {
  if (!isStable) return "in-motion";
  return weight.millionths === 0n ? "zero" : "stable";
}

/**
 * Guards a parser's input: scale frames arrive as text, and anything else (a number, an object from a
 * misbehaving host) is an unreadable frame rather than a TypeError.
 *
 * @param protocol - the protocol name for the error
 * @param frame - what the parser was given
 * @returns the frame as text
 * @throws TillError DEVICE_FAILURE (unreadable-response)
 * @internal
 */
export function requireTextFrame(protocol: string, frame: unknown): string {
  if (typeof frame !== "string") throw unreadableFrame(protocol, `<${typeof frame}>`);
  return frame;
}
