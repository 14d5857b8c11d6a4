import { TillError } from "../../core/errors/till-error";
import {
  bytesToText,
  requireTextFrame,
  scaleUnitOf,
  splitOnByte,
  stableOrZero,
  unreadableFrame,
  weightOf,
} from "./scale-bytes";
import type { ScaleCommand, ScaleMessage, ScaleProtocol } from "./scale-reading";

const LINE = /^(ST|US|OL),(GS|NT),([+-])\s*(\d+(?:\.\d+)?)?\s*([A-Za-z]{1,2})$/;

/**
 * Decodes one line of the CAS continuous (streaming) format: "ST,GS,+  0.350kg" — stability (ST stable,
 * US unstable, OL overload; OL with a minus sign is underload), gross or net (GS, NT), sign, weight, unit.
 *
 * @param line - one line without CR LF
 * @returns a reading
 * @throws TillError DEVICE_FAILURE (reason "unreadable-response")
 * @example
 * ```ts
 * parseCasLine("US,GS,+  0.352kg"); // reading, in-motion, 0.352 kg
 * ```
 * @public
 */
export function parseCasLine(line: string): ScaleMessage {
  const text = requireTextFrame("CAS", line).trim();
  const match = LINE.exec(text);
  const unit = scaleUnitOf(match?.[5] ?? "");
  if (match === null || unit === undefined) throw unreadableFrame("cas", text);
  const [, header, kind, sign = "+", digits] = match;
  const isNet = kind === "NT";
  if (header === "OL")
    return { type: "reading", reading: { state: sign === "-" ? "underload" : "overload", isNet } };
  if (digits === undefined) throw unreadableFrame("cas", text);
  const weight = weightOf(sign, digits, unit);
  return { type: "reading", reading: { state: stableOrZero(header === "ST", weight), weight, isNet } };
}

/**
 * The CAS streaming format: the scale sends a line per reading by itself, so weighing sends nothing and
 * waits for the next line. Zero and tare are keys on the scale, not commands.
 *
 * @public
 */
export const casProtocol: ScaleProtocol = {
  name: "cas",
  split: (buffer) => splitOnByte(buffer, 0x0a),
  decode: (frame) => parseCasLine(bytesToText(frame)),
  encode: (command: ScaleCommand) => {
    if (command === "weigh" || command === "weigh-immediately") return undefined;
    throw new TillError("DEVICE_UNSUPPORTED", {
      message: `The CAS streaming format has no ${command} command`,
      details: { command },
    });
  },
};
