import type { EmulatedScale } from "./emulated-scale";

/**
 * The device side of a scale protocol, for emulators: how commands split, how each is answered, and how
 * an unsolicited reading looks.
 *
 * @public
 */
export interface ScaleResponder {
  /** Protocol name. */
  readonly name: string;
  /** Splits received command bytes into complete commands and the rest. */
  split(buffer: Uint8Array): { readonly frames: Uint8Array[]; readonly rest: Uint8Array };
  /** The answer to one command, or undefined when the device stays silent. */
  respond(command: Uint8Array, scale: EmulatedScale): Uint8Array | undefined;
  /** One unsolicited reading, as a streaming scale sends it. */
  report(scale: EmulatedScale): Uint8Array;
}
