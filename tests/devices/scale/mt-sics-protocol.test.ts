import { describe, expect, it } from "vitest";
import { encodeMtSicsCommand, parseMtSicsResponse } from "../../../src/devices/scale";
import { errorCode, summary, weight } from "./scale-test-helpers";

describe("MT-SICS", () => {
  it.each([
    ["S S      0.350 kg", { state: "stable", weight: weight("0.35") }],
    ["S D      0.352 kg", { state: "in-motion", weight: weight("0.352") }],
    ["S S      0.000 kg", { state: "zero", weight: weight("0") }],
    ["S S     -0.120 kg", { state: "stable", weight: weight("-0.12") }],
    ["S S    -  0.120 kg", { state: "stable", weight: weight("-0.12") }],
    ["S S      12.50 lb", { state: "stable", weight: weight("12.5", "lb") }],
    ["S S        350 g", { state: "stable", weight: weight("350", "g") }],
    ["S +", { state: "overload", weight: undefined }],
    ["S -", { state: "underload", weight: undefined }],
    ["Z A", { type: "ack", command: "zero" }],
    ["T S      0.100 kg", { type: "ack", command: "tare" }],
    ["TAC A", { type: "ack", command: "clear-tare" }],
    ["ES", { type: "error", reason: "syntax-error", response: "ES" }],
    ["ET", { type: "error", reason: "transmission-error", response: "ET" }],
    ["EL", { type: "error", reason: "logical-error", response: "EL" }],
    ["S I", { type: "error", reason: "not-executable", response: "S I" }],
    ["Z I", { type: "error", reason: "not-executable", response: "Z I" }],
    ["Z +", { type: "error", reason: "upper-limit", response: "Z +" }],
    ["T -", { type: "error", reason: "lower-limit", response: "T -" }],
  ])("%j → %j", (line, expected) => {
    expect(summary(parseMtSicsResponse(line))).toEqual(expected);
  });

  it.each([["S S 0.350 ct"], ["X Y"], ["S S abc kg"], [""]])("rejects %j with DEVICE_FAILURE", (line) => {
    expect(errorCode(() => parseMtSicsResponse(line))).toBe("DEVICE_FAILURE");
  });

  it.each([
    ["weigh", "S\r\n"],
    ["weigh-immediately", "SI\r\n"],
    ["zero", "Z\r\n"],
    ["tare", "T\r\n"],
    ["clear-tare", "TAC\r\n"],
  ] as const)("encodes %s as %j", (command, text) => {
    expect(new TextDecoder().decode(encodeMtSicsCommand(command))).toBe(text);
  });
});
