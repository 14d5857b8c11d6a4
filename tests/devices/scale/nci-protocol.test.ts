import { describe, expect, it } from "vitest";
import { encodeNciCommand, parseNciResponse } from "../../../src/devices/scale";
import { errorCode, summary, weight } from "./scale-test-helpers";

describe("NCI / Weigh-Tronix W protocol", () => {
  it.each([
    ["\n  0.350KG\r\nS00\r", { state: "stable", weight: weight("0.35") }],
    ["\n  1.25LB\r\nS10\r", { state: "in-motion", weight: weight("1.25", "lb") }],
    ["\n  0.000KG\r\nS20\r", { state: "zero", weight: weight("0") }],
    ["\n^^^^^^^\r\nS02\r", { state: "overload", weight: undefined }],
    ["\n_______\r\nS01\r", { state: "underload", weight: undefined }],
    ["\nS20\r", { state: "zero", weight: undefined }],
    ["\nS30\r", { state: "in-motion", weight: undefined }],
    ["\n -0.020KG\r\nS000\r", { state: "stable", weight: weight("-0.02") }],
    ["\n?\r", { type: "error", reason: "unknown-command", response: "\n?\r" }],
  ])("%j → %j", (frame, expected) => {
    expect(summary(parseNciResponse(frame))).toEqual(expected);
  });

  it.each([["\n0.35KG\r\n"], ["\n0.35KG\r\nSXX\r"], ["\na\r\nb\r\nS00\r"], ["\n  0.350CT\r\nS00\r"]])(
    "rejects %j with DEVICE_FAILURE",
    (frame) => {
      expect(errorCode(() => parseNciResponse(frame))).toBe("DEVICE_FAILURE");
    },
  );

  it.each([
    ["weigh", "W\r"],
    ["zero", "Z\r"],
    ["tare", "T\r"],
  ] as const)("encodes %s as %j", (command, text) => {
    expect(new TextDecoder().decode(encodeNciCommand(command))).toBe(text);
  });

  it("has no clear-tare command", () => {
    expect(errorCode(() => encodeNciCommand("clear-tare"))).toBe("DEVICE_UNSUPPORTED");
  });
});
