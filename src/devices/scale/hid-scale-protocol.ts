import { TillError } from "../../core/errors/till-error";
import { formatScaled, powerOfTen } from "../../core/numbers/scaled-decimal";
import { parseQuantity } from "../../core/quantity/quantity";
import { unreadableFrame } from "./scale-bytes";
import type { ScaleCommand, ScaleMessage, ScaleProtocol, ScaleState, ScaleUnit } from "./scale-reading";

/**
 * Report id of the HID POS scale data report (usage page 0x8D, "Scale Data Report").
 *
 * @public
 */
export const HID_SCALE_DATA_REPORT_ID = 0x03;

/**
 * Report id of the scale control output report the zero command goes out as.
 *
 * @public
 */
export const HID_SCALE_CONTROL_REPORT_ID = 0x02;

/** HID POS scale status values (usage 0x70-0x77): 1 fault, 2 stable at zero, ... 8 needs re-zeroing. */
const STATUS: Readonly<Record<number, ScaleState | string>> = {
  1: "fault",
  2: "zero",
  3: "in-motion",
  4: "stable",
  5: "underload",
  6: "overload",
  7: "requires-calibration",
  8: "requires-rezeroing",
};

const STATES: ReadonlySet<string> = /* @__PURE__ */ new Set([
  "zero",
  "in-motion",
  "stable",
  "underload",
  "overload",
]);

/** HID POS weight units (usage 0x50-0x5C) tillkit reads; milligrams become grams three places down. */
const UNITS: Readonly<Record<number, { unit: ScaleUnit; shift: number }>> = {
  1: { unit: "g", shift: 3 },
  2: { unit: "g", shift: 0 },
  3: { unit: "kg", shift: 0 },
  11: { unit: "oz", shift: 0 },
  12: { unit: "lb", shift: 0 },
};

function hex(report: Uint8Array): string {
  return [...report].map((byte) => byte.toString(16).padStart(2, "0")).join(" ");
}

/**
 * Decodes the standard 6-byte HID POS scale data report: report id 0x03, status, unit, exponent (signed
 * 8-bit power of ten), weight LSB, weight MSB.
 *
 * @param report - the six bytes, report id first
 * @returns a reading, or an error message for the fault states (fault, calibration, re-zeroing)
 * @throws TillError DEVICE_FAILURE (reason "unreadable-response") for another length, report id or status;
 *   DEVICE_UNSUPPORTED for units other than mg, g, kg, oz, lb
 * @example
 * ```ts
 * decodeHidScaleReport(Uint8Array.of(3, 4, 3, 0xfd, 0x5e, 0x01)); // stable, 0.35 kg
 * ```
 * @public
 */
export function decodeHidScaleReport(report: Uint8Array): ScaleMessage {
  if (!(report instanceof Uint8Array)) throw unreadableFrame("HID scale", `<${typeof report}>`);
  const [id, statusCode = 0, unitCode = 0, exponentByte = 0, low = 0, high = 0] = report;
  const status = STATUS[statusCode];
  if (report.length !== 6 || id !== HID_SCALE_DATA_REPORT_ID || status === undefined) {
    throw unreadableFrame("hid", hex(report));
  }
  if (!STATES.has(status)) return { type: "error", reason: status, response: hex(report) };
  const unit = UNITS[unitCode];
  if (unit === undefined) {
    throw new TillError("DEVICE_UNSUPPORTED", {
      message: `Unsupported HID scale unit ${unitCode}`,
      details: { unitCode },
    });
  }
  const exponent = (exponentByte << 24) >> 24;
  const raw = BigInt(low | (high << 8));
  const scale = unit.shift - exponent;
  const text = scale > 0 ? formatScaled(raw, scale) : (raw * powerOfTen(-scale)).toString();
  const state = status as ScaleState;
  // Over- and underweight reports carry no meaningful number: no weight then, as with the serial protocols.
  if (state === "overload" || state === "underload") return { type: "reading", reading: { state } };
  return { type: "reading", reading: { state, weight: parseQuantity(text, unit.unit) } };
}

/**
 * Encodes the HID scale commands tillkit sends: zero as the payload of the scale control output report
 * (one byte, bit 0 "Zero Scale"). Open the WebHID transport with `outputReportId` 0x02
 * ({@link HID_SCALE_CONTROL_REPORT_ID}) so the payload goes out as that report. HID scales report by
 * themselves, so weighing sends nothing.
 *
 * @param command - the command
 * @returns the report payload, or undefined for weighing
 * @throws TillError DEVICE_UNSUPPORTED for tare and clear-tare (HID POS scales have no tare usage)
 * @public
 */
export function encodeHidScaleCommand(command: ScaleCommand): Uint8Array | undefined {
  if (command === "weigh" || command === "weigh-immediately") return undefined;
  if (command === "zero") return Uint8Array.of(0x01);
  throw new TillError("DEVICE_UNSUPPORTED", {
    message: `HID scales have no ${command} command`,
    details: { command },
  });
}

/** Reports arrive whole; anything before a data report id is skipped so one stray byte cannot desync us. */
function splitReports(buffer: Uint8Array): { frames: Uint8Array[]; rest: Uint8Array } {
  const frames: Uint8Array[] = [];
  let start = 0;
  while (start < buffer.length) {
    if (buffer[start] !== HID_SCALE_DATA_REPORT_ID) {
      start += 1;
      continue;
    }
    if (buffer.length - start < 6) break;
    frames.push(buffer.slice(start, start + 6));
    start += 6;
  }
  return { frames, rest: buffer.slice(start) };
}

/**
 * USB HID POS scales (usage page 0x8D) over WebHID or node-hid: each transport chunk is one report with
 * its report id as the first byte.
 *
 * @public
 */
export const hidScaleProtocol: ScaleProtocol = {
  name: "hid",
  split: splitReports,
  decode: decodeHidScaleReport,
  encode: encodeHidScaleCommand,
};
