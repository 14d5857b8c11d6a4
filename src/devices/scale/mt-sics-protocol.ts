import {
  bytesToText,
  requireTextFrame,
  scaleUnitOf,
  splitOnByte,
  stableOrZero,
  textToBytes,
  unreadableFrame,
  weightOf,
} from "./scale-bytes";
import type { ScaleCommand, ScaleMessage, ScaleProtocol } from "./scale-reading";

/** MT-SICS level 0/1 command words; every command and response ends with CR LF. */
const COMMANDS: Readonly<Record<ScaleCommand, string>> = {
  weigh: "S",
  "weigh-immediately": "SI",
  zero: "Z",
  tare: "T",
  "clear-tare": "TAC",
};

const ERRORS: Readonly<Record<string, string>> = {
  ES: "syntax-error",
  ET: "transmission-error",
  EL: "logical-error",
};

/** Status letters after a command word: I not executable, + above range, - below range, L bad parameter. */
const REFUSALS: Readonly<Record<string, string>> = {
  I: "not-executable",
  "+": "upper-limit",
  "-": "lower-limit",
  L: "logical-error",
};

const WEIGHT_LINE = /^(S|SI|T|TI)\s+([SD])\s+(-?)\s*(\d+(?:\.\d+)?)\s+(\S+)$/;

function decodeWeight(line: string, match: RegExpExecArray): ScaleMessage {
  const [, word, status, sign = "", digits = "", unitText = ""] = match;
  const unit = scaleUnitOf(unitText);
  if (unit === undefined) throw unreadableFrame("mt-sics", line);
  const weight = weightOf(sign, digits, unit);
  if (word === "T" || word === "TI") return { type: "ack", command: "tare" };
  return { type: "reading", reading: { state: stableOrZero(status === "S", weight), weight } };
}

/**
 * Decodes one MT-SICS response line (without CR LF): "S S      0.350 kg" (stable), "S D      0.352 kg"
 * (dynamic), "S +" (overload), "S -" (underload), "Z A", "T S ...", "TAC A", and the errors "ES", "ET",
 * "EL" and "x I".
 *
 * @param line - the response text
 * @returns the message
 * @throws TillError DEVICE_FAILURE (reason "unreadable-response") for anything else
 * @example
 * ```ts
 * parseMtSicsResponse("S S      0.350 kg"); // reading, stable, 0.35 kg
 * ```
 * @public
 */
export function parseMtSicsResponse(line: string): ScaleMessage {
  const text = requireTextFrame("MT-SICS", line).trim();
  const error = Object.hasOwn(ERRORS, text) ? ERRORS[text] : undefined;
  if (error !== undefined) return { type: "error", reason: error, response: text };
  const weight = WEIGHT_LINE.exec(text);
  if (weight !== null) return decodeWeight(text, weight);
  const [word = "", status = "", ...rest] = text.split(/\s+/);
  if (rest.length > 0) throw unreadableFrame("mt-sics", text);
  if ((word === "S" || word === "SI") && status === "+")
    return { type: "reading", reading: { state: "overload" } };
  if ((word === "S" || word === "SI") && status === "-")
    return { type: "reading", reading: { state: "underload" } };
  if (status === "A" && (word === "Z" || word === "ZI")) return { type: "ack", command: "zero" };
  if (status === "A" && word === "TAC") return { type: "ack", command: "clear-tare" };
  const refusal = REFUSALS[status];
  if (refusal !== undefined && /^(S|SI|Z|ZI|T|TI|TAC)$/.test(word))
    return { type: "error", reason: refusal, response: text };
  throw unreadableFrame("mt-sics", text);
}

/**
 * The MT-SICS command bytes for a scale command ("S\r\n", "SI\r\n", "Z\r\n", "T\r\n", "TAC\r\n").
 *
 * @param command - the command
 * @returns the bytes
 * @public
 */
export function encodeMtSicsCommand(command: ScaleCommand): Uint8Array {
  return textToBytes(`${COMMANDS[command]}\r\n`);
}

/**
 * The Mettler Toledo MT-SICS protocol (Standard Interface Command Set) over serial: CR LF framed lines.
 *
 * @public
 */
export const mtSicsProtocol: ScaleProtocol = {
  name: "mt-sics",
  split: (buffer) => splitOnByte(buffer, 0x0a),
  decode: (frame) => parseMtSicsResponse(bytesToText(frame)),
  encode: (command) => encodeMtSicsCommand(command),
};
