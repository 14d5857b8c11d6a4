import { z } from "zod";

/**
 * zod schema for the layout of a HID POS scanner's "Scanned Data Report" (usage page 0x8C). Offsets count
 * from the first byte after the report id. The defaults are the 64-byte report of the HID POS usage
 * tables as Honeywell, Zebra and Datalogic scanners send it: length, three AIM symbology identifier
 * bytes, up to 56 data bytes, and a "decode data continued" flag in the last byte.
 *
 * @public
 */
export const hidPosReportLayoutSchema = /* @__PURE__ */ z.object({
  /** Input report id of scanned data; default 0x02. */
  reportId: z.number().int().min(0).max(255).default(0x02),
  /** Offset of the data-length byte; default 0. */
  lengthOffset: z.number().int().min(0).default(0),
  /** Offset of the symbology identifier; default 1. */
  symbologyOffset: z.number().int().min(0).default(1),
  /** Bytes of symbology identifier; default 3 ("]E0", or code and modifier with a zero pad). */
  symbologyLength: z.number().int().min(0).max(4).default(3),
  /** Offset of the data; default 4. */
  dataOffset: z.number().int().min(0).default(4),
  /** Data bytes one report holds; default 56. */
  dataCapacity: z.number().int().min(1).max(1024).default(56),
  /** Offset of the continuation flag byte; default 62 (the last of 63 payload bytes). */
  continuedOffset: z.number().int().min(0).default(62),
  /** Bit of the continuation flag; default 0x01. */
  continuedMask: z.number().int().min(1).max(255).default(0x01),
});

/**
 * A HID POS report layout as given, see {@link hidPosReportLayoutSchema}.
 *
 * @public
 */
export type HidPosReportLayoutInput = z.input<typeof hidPosReportLayoutSchema>;

/**
 * A complete HID POS report layout.
 *
 * @public
 */
export type HidPosReportLayout = z.output<typeof hidPosReportLayoutSchema>;
