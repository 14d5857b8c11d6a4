import { TillError } from "../../core/errors/till-error";
import {
  bytesToText,
  requireTextFrame,
  scaleUnitOf,
  splitOnByte,
  textToBytes,
  unreadableFrame,
  weightOf,
} from "./scale-bytes";
import type { ScaleCommand, ScaleMessage, ScaleProtocol, ScaleReading, ScaleState } from "./scale-reading";

/** NCI status bytes keep bits 4 and 5 set so they stay printable: 0x30 is "no flags". */
const STATUS_BASE = 0x30;

/**
 * The NCI status flags, decoded.
 *
 * @public
 */
export interface NciStatus {
  /** Byte 1 bit 0. */
  readonly isInMotion: boolean;
  /** Byte 1 bit 1. */
  readonly isAtZero: boolean;
  /** Byte 2 bit 0. */
  readonly isUnderCapacity: boolean;
  /** Byte 2 bit 1. */
  readonly isOverCapacity: boolean;
}

function decodeStatus(line: string): NciStatus {
  if (!/^S[\x30-\x3f]{2,3}$/.test(line)) throw unreadableFrame("nci", line);
  const first = line.charCodeAt(1);
  const second = line.charCodeAt(2);
  return {
    isInMotion: (first & 0x01) !== 0,
    isAtZero: (first & 0x02) !== 0,
    isUnderCapacity: (second & 0x01) !== 0,
    isOverCapacity: (second & 0x02) !== 0,
  };
}

function stateOf(status: NciStatus): ScaleState {
  if (status.isOverCapacity) return "overload";
  if (status.isUnderCapacity) return "underload";
  if (status.isInMotion) return "in-motion";
  return status.isAtZero ? "zero" : "stable";
}

const WEIGHT = /^(-?)\s*(\d+(?:\.\d+)?)\s*([A-Za-z]{1,2})$/;

function readingOf(weightLine: string | undefined, status: NciStatus): ScaleReading {
  const state = stateOf(status);
  const match = weightLine === undefined ? null : WEIGHT.exec(weightLine.trim());
  // Over and under capacity replace the number with ^^^ or ___; no weight then.
  if (match === null) return { state };
  const [, sign = "", digits = "", unitText = ""] = match;
  const unit = scaleUnitOf(unitText);
  if (unit === undefined) throw unreadableFrame("nci", weightLine ?? "");
  return { state, weight: weightOf(sign, digits, unit) };
}

/**
 * Decodes one NCI (Weigh-Tronix "W" protocol) response, the text between LF and ETX: an optional weight
 * line ("  0.350KG"), then the status line "S" plus two or three status bytes, or "?" for an unknown
 * command.
 *
 * @param frame - the response text without the trailing ETX
 * @returns a reading (its weight absent for a status-only reply)
 * @throws TillError DEVICE_FAILURE (reason "unreadable-response")
 * @example
 * ```ts
 * parseNciResponse("\n  0.350KG\r\nS00\r"); // reading, stable, 0.35 kg
 * ```
 * @public
 */
export function parseNciResponse(frame: string): ScaleMessage {
  const lines = requireTextFrame("NCI", frame)
    .split(/[\r\n]+/)
    .filter((line) => line.trim() !== "");
  if (lines.length === 1 && lines[0] === "?")
    return { type: "error", reason: "unknown-command", response: frame };
  const statusLine = lines[lines.length - 1];
  if (statusLine === undefined || lines.length > 2) throw unreadableFrame("nci", frame);
  return {
    type: "reading",
    reading: readingOf(lines.length === 2 ? lines[0] : undefined, decodeStatus(statusLine)),
  };
}

/** NCI commands: one letter and CR. The protocol has no clear-tare command. */
const COMMANDS: Readonly<Partial<Record<ScaleCommand, string>>> = {
  weigh: "W",
  "weigh-immediately": "W",
  zero: "Z",
  tare: "T",
};

/**
 * The NCI command bytes ("W\r", "Z\r", "T\r").
 *
 * @param command - the command
 * @returns the bytes
 * @throws TillError DEVICE_UNSUPPORTED for clear-tare
 * @public
 */
export function encodeNciCommand(command: ScaleCommand): Uint8Array {
  const letter = COMMANDS[command];
  if (letter === undefined) {
    throw new TillError("DEVICE_UNSUPPORTED", {
      message: `NCI has no ${command} command`,
      details: { command },
    });
  }
  return textToBytes(`${letter}\r`);
}

/**
 * Encodes NCI status bytes, for emulators.
 *
 * @param status - the flags
 * @returns "S" plus the two status bytes
 * @internal
 */
export function formatNciStatus(status: NciStatus): string {
  const first = STATUS_BASE | (status.isInMotion ? 0x01 : 0) | (status.isAtZero ? 0x02 : 0);
  const second = STATUS_BASE | (status.isUnderCapacity ? 0x01 : 0) | (status.isOverCapacity ? 0x02 : 0);
  return `S${String.fromCharCode(first)}${String.fromCharCode(second)}`;
}

/**
 * The NCI / Weigh-Tronix "W" protocol over serial: responses run from LF to ETX (0x03).
 *
 * @public
 */
export const nciProtocol: ScaleProtocol = {
  name: "nci",
  split: (buffer) => splitOnByte(buffer, 0x03),
  decode: (frame) => parseNciResponse(bytesToText(frame)),
  encode: (command) => encodeNciCommand(command),
};
