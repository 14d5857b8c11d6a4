import { describe, expect, it } from "vitest";
import { casProtocol, parseCasLine } from "../../../src/devices/scale";
import { errorCode, summary, weight } from "./scale-test-helpers";

describe("CAS streaming format", () => {
  it.each([
    ["ST,GS,+  0.350kg", { state: "stable", weight: weight("0.35") }],
    ["US,GS,+  0.352kg", { state: "in-motion", weight: weight("0.352") }],
    ["ST,GS,+  0.000kg", { state: "zero", weight: weight("0") }],
    ["ST,NT,-  0.015kg", { state: "stable", weight: weight("-0.015") }],
    ["ST,GS,+   1.20lb", { state: "stable", weight: weight("1.2", "lb") }],
    ["OL,GS,+  9999.9kg", { state: "overload", weight: undefined }],
    ["OL,GS,-", undefined],
  ])("%j → %j", (line, expected) => {
    if (expected === undefined) {
      expect(errorCode(() => parseCasLine(line))).toBe("DEVICE_FAILURE");
      return;
    }
    expect(summary(parseCasLine(line))).toEqual(expected);
  });

  it("reads OL with a minus sign as underload", () => {
    expect(summary(parseCasLine("OL,GS,-  0.000kg"))).toEqual({ state: "underload", weight: undefined });
  });

  it("marks net weights", () => {
    const message = parseCasLine("ST,NT,+  0.200kg");
    expect(message.type === "reading" ? message.reading.isNet : undefined).toBe(true);
  });

  it.each([["zero"], ["tare"], ["clear-tare"]] as const)("has no %s command", (command) => {
    expect(errorCode(() => casProtocol.encode(command))).toBe("DEVICE_UNSUPPORTED");
  });
});
