import { isTillError, parseQuantity } from "../../../src/core";
import type { ScaleMessage } from "../../../src/devices/scale";

/** A reading message as comparable data: state, and weight as millionths with its unit. */
export function summary(message: ScaleMessage): unknown {
  if (message.type !== "reading") return message;
  const { state, weight } = message.reading;
  return { state, weight: weight === undefined ? undefined : `${weight.millionths} ${weight.unit}` };
}

/** The summary form of a weight. */
export function weight(value: string, unit: "kg" | "g" | "lb" | "oz" = "kg"): string {
  return `${parseQuantity(value, unit).millionths} ${unit}`;
}

/** The TillError code a call throws, undefined when it returns, "NOT A TILL ERROR" for anything else. */
export function errorCode(run: () => unknown): string | undefined {
  try {
    run();
    return undefined;
  } catch (error) {
    return isTillError(error) ? error.code : "NOT A TILL ERROR";
  }
}
