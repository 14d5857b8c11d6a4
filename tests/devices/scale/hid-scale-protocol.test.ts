import { describe, expect, it } from "vitest";
import { decodeHidScaleReport, encodeHidScaleCommand } from "../../../src/devices/scale";
import { errorCode, summary, weight } from "./scale-test-helpers";

describe("USB HID POS scale reports", () => {
  it.each([
    ["stable 0.350 kg", [3, 4, 3, 0xfd, 0x5e, 0x01], { state: "stable", weight: weight("0.35") }],
    ["in motion 1.25 lb", [3, 3, 12, 0xfe, 0x7d, 0x00], { state: "in-motion", weight: weight("1.25", "lb") }],
    ["zero", [3, 2, 3, 0xfd, 0, 0], { state: "zero", weight: weight("0") }],
    ["under zero", [3, 5, 3, 0xfd, 0, 0], { state: "underload", weight: undefined }],
    ["overweight", [3, 6, 3, 0xfd, 0xff, 0xff], { state: "overload", weight: undefined }],
    ["350 mg as grams", [3, 4, 1, 0, 0x5e, 0x01], { state: "stable", weight: weight("0.35", "g") }],
    ["12 oz, exponent +1", [3, 4, 11, 1, 12, 0], { state: "stable", weight: weight("120", "oz") }],
    ["fault", [3, 1, 3, 0, 0, 0], { type: "error", reason: "fault", response: "03 01 03 00 00 00" }],
    [
      "needs re-zeroing",
      [3, 8, 3, 0, 0, 0],
      { type: "error", reason: "requires-rezeroing", response: "03 08 03 00 00 00" },
    ],
  ])("%s %j", (_title, bytes, expected) => {
    expect(summary(decodeHidScaleReport(Uint8Array.from(bytes)))).toEqual(expected);
  });

  it.each([
    [[3, 4, 3, 0xfd, 0x5e], "DEVICE_FAILURE"],
    [[2, 4, 3, 0xfd, 0x5e, 1], "DEVICE_FAILURE"],
    [[3, 9, 3, 0xfd, 0x5e, 1], "DEVICE_FAILURE"],
    [[3, 4, 4, 0xfd, 0x5e, 1], "DEVICE_UNSUPPORTED"],
  ])("rejects %j with %s", (bytes, code) => {
    expect(errorCode(() => decodeHidScaleReport(Uint8Array.from(bytes)))).toBe(code);
  });

  it.each([
    ["zero", [1]],
    ["weigh", undefined],
  ] as const)("encodes %s as %j", (command, bytes) => {
    const encoded = encodeHidScaleCommand(command);
    expect(encoded === undefined ? undefined : [...encoded]).toEqual(bytes);
  });

  it("has no tare", () => {
    expect(errorCode(() => encodeHidScaleCommand("tare"))).toBe("DEVICE_UNSUPPORTED");
  });
});
