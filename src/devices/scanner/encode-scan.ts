import { z } from "zod";
import { parseWith } from "../../core/errors/from-zod";
import { splitAim } from "../barcode/aim-symbology";
import { type HidPosReportLayoutInput, hidPosReportLayoutSchema } from "./hid-pos-report-layout";
import type { WedgeKeyEvent } from "./keyboard-wedge-detector";

/**
 * zod schema for {@link encodeScanAsKeys} options.
 *
 * @public
 */
export const keyScanEncodingSchema = /* @__PURE__ */ z.object({
  /** Timestamp of the first key, ms; default 0. */
  startAt: z.number().finite().default(0),
  /** Gap between keys, ms; default 5 (a typical wedge scanner). */
  interKeyMs: z.number().min(0).default(5),
  /** Characters typed before the barcode; default none. */
  prefix: z.string().default(""),
  /** Key typed after the barcode; default "Enter"; empty for none. */
  suffix: z.string().default("Enter"),
});

/**
 * The key events a keyboard-wedge scanner types for a barcode: one key per character (GS as Ctrl+]),
 * evenly spaced, then the suffix key.
 *
 * @param scanned - the text the scanner sends (AIM identifier included when configured)
 * @param options - start time, spacing, prefix, suffix
 * @returns the key events
 * @throws TillError INVALID_INPUT
 * @example
 * ```ts
 * encodeScanAsKeys("4006381333931").length; // 14: thirteen digits and Enter
 * ```
 * @public
 */
export function encodeScanAsKeys(
  scanned: string,
  options: z.input<typeof keyScanEncodingSchema> = {},
): WedgeKeyEvent[] {
  const { startAt, interKeyMs, prefix, suffix } = parseWith(keyScanEncodingSchema, options, ["options"]);
  const keys = [...`${prefix}${parseWith(z.string(), scanned)}`].map((char) =>
    char === "\u001d" ? { key: "]", ctrlKey: true } : { key: char },
  );
  if (suffix !== "") keys.push({ key: suffix });
  return keys.map((key, index) => ({ ...key, timestamp: startAt + index * interKeyMs }));
}

/**
 * The bytes a serial scanner sends for a barcode: UTF-8 text and the terminator.
 *
 * @param scanned - the text (AIM identifier included when configured)
 * @param terminator - default CR
 * @returns the bytes
 * @public
 */
export function encodeScanAsSerial(scanned: string, terminator = "\r"): Uint8Array {
  return new TextEncoder().encode(`${scanned}${terminator}`);
}

/**
 * The HID POS input reports a scanner sends for a barcode, report id first: the AIM identifier in the
 * symbology bytes, the data in slices of the layout's capacity, "continued" set on all but the last.
 *
 * @param scanned - the text, AIM identifier first when there is one
 * @param layout - the report layout; default the HID POS 64-byte report
 * @returns one Uint8Array per report
 * @throws TillError INVALID_INPUT
 * @public
 */
export function encodeScanAsHidReports(scanned: string, layout: HidPosReportLayoutInput = {}): Uint8Array[] {
  const settings = parseWith(hidPosReportLayoutSchema, layout, ["layout"]);
  const { aim, data } = splitAim(parseWith(z.string(), scanned));
  const bytes = new TextEncoder().encode(data);
  const size = Math.max(settings.continuedOffset + 1, settings.dataOffset + settings.dataCapacity);
  const reports: Uint8Array[] = [];
  for (let offset = 0; offset === 0 || offset < bytes.length; offset += settings.dataCapacity) {
    const slice = bytes.slice(offset, offset + settings.dataCapacity);
    const payload = new Uint8Array(size);
    payload[settings.lengthOffset] = slice.length;
    if (aim !== undefined)
      payload.set(new TextEncoder().encode(aim).slice(0, settings.symbologyLength), settings.symbologyOffset);
    payload.set(slice, settings.dataOffset);
    if (offset + settings.dataCapacity < bytes.length)
      payload[settings.continuedOffset] = settings.continuedMask;
    const report = new Uint8Array(size + 1);
    report[0] = settings.reportId;
    report.set(payload, 1);
    reports.push(report);
  }
  return reports;
}
