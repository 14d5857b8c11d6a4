import type { EmulatedScale } from "./emulated-scale";
import { splitOnByte, textToBytes } from "./scale-bytes";
import type { ScaleResponder } from "./scale-responder";

const HEADERS = { stable: "ST", zero: "ST", "in-motion": "US", overload: "OL", underload: "OL" } as const;

function line(scale: EmulatedScale): string {
  const state = scale.state();
  const net = scale.netUnits();
  const sign = state === "underload" || net < 0n ? "-" : "+";
  const kind = scale.tareUnits() === 0n ? "GS" : "NT";
  const magnitude = scale.netText().replace(/^-/, "");
  return `${HEADERS[state]},${kind},${sign}${magnitude.padStart(8, " ")}${scale.unit}\r\n`;
}

/**
 * The scale side of the CAS streaming format: it ignores commands and sends a line per reading.
 *
 * @public
 */
export const casResponder: ScaleResponder = {
  name: "cas",
  split: (buffer) => splitOnByte(buffer, 0x0a),
  respond: () => undefined,
  report: (scale) => textToBytes(line(scale)),
};
