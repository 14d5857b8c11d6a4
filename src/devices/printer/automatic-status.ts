import { z } from "zod";
import { parseWith } from "../../core/errors/from-zod";
import { TillError } from "../../core/errors/till-error";
import type { PrinterStatus } from "./printer-status";

/**
 * Which changes an ESC/POS printer reports on its own once Automatic Status Back is on (`GS a n`).
 *
 * @public
 */
export const asbConditionsSchema = /* @__PURE__ */ z.object({
  drawer: z.boolean().default(true),
  online: z.boolean().default(true),
  error: z.boolean().default(true),
  paper: z.boolean().default(true),
});

/** @public */
export type AsbConditions = z.input<typeof asbConditionsSchema>;

/**
 * The `GS a n` command (1D 61 n) that turns Automatic Status Back on: n bit 0 = drawer connector,
 * bit 1 = online/offline, bit 2 = errors, bit 3 = roll paper sensor; n = 0 turns it off. The printer
 * answers at once with a 4-byte status and again whenever an enabled condition changes.
 *
 * @param conditions - what to report (default all four)
 * @returns the command bytes
 * @throws TillError INVALID_INPUT for a malformed conditions object
 * @public
 */
export function asbEnableCommand(conditions: AsbConditions = {}): Uint8Array {
  const valid = parseWith(asbConditionsSchema, conditions, ["conditions"]);
  const n =
    (valid.drawer ? 0x01 : 0) |
    (valid.online ? 0x02 : 0) |
    (valid.error ? 0x04 : 0) |
    (valid.paper ? 0x08 : 0);
  return new Uint8Array([0x1d, 0x61, n]);
}

/**
 * Whether a byte can start an ESC/POS ASB frame: bits 0, 1 and 7 clear and bit 4 set (the first byte's
 * fixed bits), which no byte of the three that follow has (their bit 4 is always clear).
 *
 * @internal
 */
export function isAsbHeader(byte: number): boolean {
  return (byte & 0x93) === 0x10;
}

/**
 * Parses the 4-byte ESC/POS Automatic Status Back (Epson). Byte 1: bit 2 = drawer connector pin 3 high,
 * bit 3 = offline, bit 5 = cover open. Byte 2: bit 2 = mechanical error, bit 3 = auto-cutter error,
 * bit 5 = unrecoverable error, bit 6 = automatically recoverable error. Byte 3: bits 0–1 = roll paper
 * near end, bits 2–3 = roll paper end. Byte 4 is reserved.
 *
 * @param bytes - the four bytes
 * @param drawerOpenLevel - which pin-3 level means open
 * @returns the status
 * @throws TillError DEVICE_FAILURE when the bytes are not an ASB frame
 * @public
 */
export function parseEscPosAsb(
  bytes: readonly number[],
  drawerOpenLevel: "high" | "low" = "high",
): PrinterStatus {
  const [first = 0, error = 0, paper = 0, reserved = 0] = bytes;
  const isFrame =
    bytes.length === 4 && isAsbHeader(first) && [error, paper, reserved].every((byte) => (byte & 0x90) === 0);
  if (!isFrame)
    throw new TillError("DEVICE_FAILURE", { message: "Not an automatic status frame.", details: { bytes } });
  return {
    isOnline: (first & 0x08) === 0,
    paper: (paper & 0x0c) !== 0 ? "out" : (paper & 0x03) !== 0 ? "near-end" : "ok",
    cover: (first & 0x20) !== 0 ? "open" : "closed",
    drawer: ((first & 0x04) !== 0) === (drawerOpenLevel === "high") ? "open" : "closed",
    hasError: (error & 0x6c) !== 0,
  };
}

/**
 * The four ASB bytes a printer sends for a status (the inverse of {@link parseEscPosAsb}; errors are
 * reported as unrecoverable).
 *
 * @param status - the status
 * @param drawerOpenLevel - pin-3 level meaning open
 * @returns the frame
 * @public
 */
export function escPosAsbBytes(
  status: PrinterStatus,
  drawerOpenLevel: "high" | "low" = "high",
): [number, number, number, number] {
  const isPinHigh = (status.drawer === "open") === (drawerOpenLevel === "high");
  const first =
    0x10 | (isPinHigh ? 0x04 : 0) | (status.isOnline ? 0 : 0x08) | (status.cover === "open" ? 0x20 : 0);
  const paper = status.paper === "out" ? 0x0f : status.paper === "near-end" ? 0x03 : 0;
  return [first, status.hasError ? 0x20 : 0, paper, 0];
}

/**
 * Splits bytes read from an ESC/POS printer with ASB on into whole 4-byte frames, skipping bytes that
 * cannot start a frame and keeping an incomplete tail for the next chunk.
 *
 * @param bytes - bytes received so far
 * @returns the frames and the unread rest
 * @public
 */
export function splitEscPosAsb(bytes: readonly number[]): { frames: number[][]; rest: number[] } {
  const frames: number[][] = [];
  let offset = 0;
  while (offset < bytes.length) {
    if (!isAsbHeader(bytes[offset] ?? 0)) {
      offset += 1;
      continue;
    }
    if (offset + 4 > bytes.length) break;
    frames.push(bytes.slice(offset, offset + 4));
    offset += 4;
  }
  return { frames, rest: bytes.slice(offset) };
}
