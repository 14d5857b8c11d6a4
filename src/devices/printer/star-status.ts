import { TillError } from "../../core/errors/till-error";
import type { PrinterStatus } from "./printer-status";

/**
 * `ESC ACK SOH` (1B 06 01): asks a Star printer (StarPRNT and Star Line mode) for its status; it answers
 * with the same frame it sends as Automatic Status.
 *
 * @public
 */
export const STAR_STATUS_REQUEST: readonly number[] = [0x1b, 0x06, 0x01];

/**
 * The frame length a Star status header announces: bits 1–3 and 5 of header 1 (bit 5 the highest).
 * Header 1 has bit 0 set and bits 4 and 7 clear; 0x23 announces the common 9-byte frame.
 *
 * @param header - the first byte
 * @returns the frame length, or undefined when the byte is not a header
 * @public
 */
export function starStatusLength(header: number): number | undefined {
  if ((header & 0x91) !== 0x01) return undefined;
  return ((header >> 2) & 0x08) | ((header >> 1) & 0x07);
}

/**
 * Parses a Star status frame (Automatic Status or the reply to {@link STAR_STATUS_REQUEST}): byte 3 bit 2
 * = drawer compulsion switch, bit 3 = offline, bit 5 = cover open; byte 4 bits 1, 2, 3, 5, 6 = head too
 * hot, unrecoverable, cutter, mechanical and thermistor errors; byte 6 bit 2 = paper near end, bit 3 =
 * paper end. Bytes 3 onward have bits 0, 4 and 7 clear.
 *
 * @param bytes - the whole frame (at least 7 bytes, as long as its header says)
 * @param drawerOpenLevel - which compulsion-switch level means the drawer is open
 * @returns the status
 * @throws TillError DEVICE_FAILURE for a frame that is not a Star status
 * @public
 */
export function parseStarStatus(
  bytes: readonly number[],
  drawerOpenLevel: "high" | "low" = "high",
): PrinterStatus {
  const length = starStatusLength(bytes[0] ?? 0);
  const body = bytes.slice(2);
  const isFrame =
    length !== undefined &&
    length >= 7 &&
    bytes.length === length &&
    body.every((byte) => (byte & 0x91) === 0);
  if (!isFrame)
    throw new TillError("DEVICE_FAILURE", { message: "Not a Star status frame.", details: { bytes } });
  const [printer = 0, error = 0, , paper = 0] = body;
  return {
    isOnline: (printer & 0x08) === 0,
    paper: (paper & 0x08) !== 0 ? "out" : (paper & 0x04) !== 0 ? "near-end" : "ok",
    cover: (printer & 0x20) !== 0 ? "open" : "closed",
    drawer: ((printer & 0x04) !== 0) === (drawerOpenLevel === "high") ? "open" : "closed",
    hasError: (error & 0x6e) !== 0,
  };
}

/**
 * The 9-byte Star status frame for a status (the inverse of {@link parseStarStatus}; errors are
 * reported as unrecoverable). The virtual printer answers with it.
 *
 * @param status - the status
 * @param drawerOpenLevel - compulsion-switch level meaning open
 * @returns the frame
 * @public
 */
export function starStatusBytes(status: PrinterStatus, drawerOpenLevel: "high" | "low" = "high"): number[] {
  const isHigh = (status.drawer === "open") === (drawerOpenLevel === "high");
  const printer = (isHigh ? 0x04 : 0) | (status.isOnline ? 0 : 0x08) | (status.cover === "open" ? 0x20 : 0);
  const paper = status.paper === "out" ? 0x08 : status.paper === "near-end" ? 0x04 : 0;
  return [0x23, 0x86, printer, status.hasError ? 0x04 : 0, 0, paper, 0, 0, 0];
}
