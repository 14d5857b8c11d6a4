import { TillError } from "../../core/errors/till-error";
import type { HidPosReportLayout } from "./hid-pos-report-layout";

/**
 * One decoded HID POS scanned-data report.
 *
 * @public
 */
export interface HidPosReport {
  /** The AIM identifier ("]E0"), or undefined when the scanner sent none. */
  readonly aim: string | undefined;
  /** This report's share of the barcode data. */
  readonly data: Uint8Array;
  /** True when more reports of the same scan follow. */
  readonly isContinued: boolean;
}

function aimOf(bytes: Uint8Array): string | undefined {
  const text = String.fromCharCode(...bytes.filter((byte) => byte !== 0));
  if (text === "") return undefined;
  // Some scanners send "]E0", others only the code character and modifier.
  return text.startsWith("]") ? text.slice(0, 3) : `]${text.slice(0, 2)}`;
}

/**
 * Decodes one HID POS scanned-data report payload (the bytes after the report id).
 *
 * @param payload - the report payload
 * @param layout - where length, symbology, data and flag sit
 * @returns the report's AIM identifier, data and continuation flag
 * @throws TillError DEVICE_FAILURE (reason "unreadable-report") when the length byte runs past the report
 * @example
 * ```ts
 * decodeHidPosReport(payload, hidPosReportLayoutSchema.parse({})).aim; // "]E0"
 * ```
 * @public
 */
export function decodeHidPosReport(payload: Uint8Array, layout: HidPosReportLayout): HidPosReport {
  const length = payload[layout.lengthOffset] ?? 0;
  const end = layout.dataOffset + length;
  if (length > layout.dataCapacity || end > payload.length) {
    throw new TillError("DEVICE_FAILURE", {
      message: "HID POS report length runs past the report",
      details: { reason: "unreadable-report", length, payloadLength: payload.length },
    });
  }
  const symbology = payload.slice(layout.symbologyOffset, layout.symbologyOffset + layout.symbologyLength);
  return {
    aim: aimOf(symbology),
    data: payload.slice(layout.dataOffset, end),
    isContinued: ((payload[layout.continuedOffset] ?? 0) & layout.continuedMask) !== 0,
  };
}
