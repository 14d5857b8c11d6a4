import type { EmulatedScale } from "./emulated-scale";
import { HID_SCALE_DATA_REPORT_ID } from "./hid-scale-protocol";
import type { ScaleResponder } from "./scale-responder";

const STATUS = { zero: 2, "in-motion": 3, stable: 4, underload: 5, overload: 6 } as const;
const UNIT = { g: 2, kg: 3, oz: 11, lb: 12 } as const;

/** A net weight below zero or beyond 16 bits is reported as under zero or overweight, as HID scales do. */
function report(scale: EmulatedScale): Uint8Array {
  const net = scale.netUnits();
  const fits = net >= 0n && net <= 0xffffn;
  const state = scale.state();
  const status = fits ? STATUS[state] : net < 0n ? STATUS.underload : STATUS.overload;
  const value = fits ? Number(net) : 0;
  return Uint8Array.of(
    HID_SCALE_DATA_REPORT_ID,
    status,
    UNIT[scale.unit],
    -scale.decimals & 0xff,
    value & 0xff,
    value >> 8,
  );
}

/**
 * The scale side of a USB HID POS scale: data reports on request of {@link ScaleEmulator.push}, and the
 * control report's Zero Scale bit zeroes it (answered with a fresh data report).
 *
 * @public
 */
export const hidScaleResponder: ScaleResponder = {
  name: "hid",
  // Each control report payload is one byte of flags.
  split: (buffer) => ({ frames: [...buffer].map((byte) => Uint8Array.of(byte)), rest: new Uint8Array(0) }),
  respond: (command, scale) => {
    if (((command[0] ?? 0) & 0x01) === 0) return undefined;
    scale.zero();
    return report(scale);
  },
  report,
};
