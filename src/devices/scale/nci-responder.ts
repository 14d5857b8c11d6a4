import type { EmulatedScale } from "./emulated-scale";
import { formatNciStatus } from "./nci-protocol";
import { bytesToText, splitOnByte, textToBytes } from "./scale-bytes";
import type { ScaleResponder } from "./scale-responder";

function status(scale: EmulatedScale): string {
  const state = scale.state();
  return formatNciStatus({
    isInMotion: state === "in-motion",
    isAtZero: state === "zero",
    isUnderCapacity: state === "underload",
    isOverCapacity: state === "overload",
  });
}

/** Over and under capacity replace the number with ^ or _ characters, as NCI scales do. */
function weightField(scale: EmulatedScale): string {
  const state = scale.state();
  if (state === "overload") return "^^^^^^^";
  if (state === "underload") return "_______";
  return `${scale.netText().padStart(7, " ")}${scale.unit.toUpperCase()}`;
}

function answer(command: string, scale: EmulatedScale): string {
  switch (command) {
    case "W":
      return `\n${weightField(scale)}\r\n${status(scale)}\r\u0003`;
    case "Z":
      scale.zero();
      return `\n${status(scale)}\r\u0003`;
    case "T":
      scale.tare();
      return `\n${status(scale)}\r\u0003`;
    case "S":
      return `\n${status(scale)}\r\u0003`;
    default:
      return "\n?\r\u0003";
  }
}

/**
 * The scale side of the NCI "W" protocol: answers W, Z, T and S; anything else gets "?".
 *
 * @public
 */
export const nciResponder: ScaleResponder = {
  name: "nci",
  split: (buffer) => splitOnByte(buffer, 0x0d),
  respond: (command, scale) => textToBytes(answer(bytesToText(command).trim(), scale)),
  report: (scale) => textToBytes(answer("W", scale)),
};
