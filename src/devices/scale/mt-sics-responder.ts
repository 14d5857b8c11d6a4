import { formatScaled } from "../../core/numbers/scaled-decimal";
import type { EmulatedScale } from "./emulated-scale";
import { bytesToText, splitOnByte, textToBytes } from "./scale-bytes";
import type { ScaleResponder } from "./scale-responder";

/** MT-SICS right-aligns the value in a 10-character field, then a space and the unit. */
function weightLine(word: string, status: string, text: string, scale: EmulatedScale): string {
  return `${word} ${status} ${text.padStart(10, " ")} ${scale.unit}`;
}

function weigh(scale: EmulatedScale, isImmediate: boolean): string {
  const state = scale.state();
  if (state === "overload") return "S +";
  if (state === "underload") return "S -";
  // "S" waits for stability on a real balance; the emulator answers at once, "S I" while in motion.
  if (state === "in-motion" && !isImmediate) return "S I";
  return weightLine("S", state === "in-motion" ? "D" : "S", scale.netText(), scale);
}

function answer(command: string, scale: EmulatedScale): string {
  switch (command) {
    case "S":
      return weigh(scale, false);
    case "SI":
      return weigh(scale, true);
    case "Z":
      return scale.zero() ? "Z A" : "Z I";
    case "T":
      return scale.tare()
        ? weightLine("T", "S", formatScaled(scale.tareUnits(), scale.decimals), scale)
        : "T I";
    case "TAC":
      scale.clearTare();
      return "TAC A";
    default:
      return "ES";
  }
}

/**
 * The balance side of MT-SICS: answers S, SI, Z, T and TAC; anything else gets "ES".
 *
 * @public
 */
export const mtSicsResponder: ScaleResponder = {
  name: "mt-sics",
  split: (buffer) => splitOnByte(buffer, 0x0a),
  respond: (command, scale) => textToBytes(`${answer(bytesToText(command).trim(), scale)}\r\n`),
  report: (scale) => textToBytes(`${weigh(scale, true)}\r\n`),
};
