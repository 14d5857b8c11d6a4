import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isTillError } from "../../../src/core";
import { dleEotBytes, type PrinterStatus, parseDleEotStatus } from "../../../src/devices/printer";

describe("parseDleEotStatus", () => {
  it.each<[string, [number, number, number], Partial<PrinterStatus>]>([
    [
      "all fine (0x12 0x12 0x12)",
      [0x12, 0x12, 0x12],
      { isOnline: true, paper: "ok", cover: "closed", drawer: "closed" },
    ],
    ["drawer pin high (0x16)", [0x16, 0x12, 0x12], { drawer: "open" }],
    ["offline (0x1A)", [0x1a, 0x12, 0x12], { isOnline: false }],
    ["cover open (0x16 in byte 2)", [0x12, 0x16, 0x12], { cover: "open" }],
    ["paper near end (0x1E in byte 3)", [0x12, 0x12, 0x1e], { paper: "near-end" }],
    ["paper end (0x72 in byte 3)", [0x12, 0x12, 0x72], { paper: "out" }],
    ["stopped by paper end (0x32 in byte 2)", [0x12, 0x32, 0x12], { paper: "out" }],
    ["error (0x52 in byte 2)", [0x12, 0x52, 0x12], { hasError: true }],
  ])("reads %s", (_name, bytes, expected) => {
    expect(parseDleEotStatus(bytes)).toMatchObject(expected);
  });

  it("reads the drawer the other way round for drawers whose switch opens low", () => {
    expect(parseDleEotStatus([0x12, 0x12, 0x12], "low").drawer).toBe("open");
  });

  it("rejects a byte that is not a status byte with DEVICE_FAILURE", () => {
    let error: unknown;
    try {
      parseDleEotStatus([0x41, 0x12, 0x12]);
    } catch (caught) {
      error = caught;
    }
    expect(isTillError(error) && error.code).toBe("DEVICE_FAILURE");
  });

  it("inverts dleEotBytes for every status (property)", () => {
    const status = fc.record({
      isOnline: fc.boolean(),
      paper: fc.constantFrom("ok" as const, "near-end" as const, "out" as const),
      cover: fc.constantFrom("closed" as const, "open" as const),
      drawer: fc.constantFrom("closed" as const, "open" as const),
      hasError: fc.boolean(),
    });
    fc.assert(
      fc.property(status, fc.constantFrom("high" as const, "low" as const), (value, level) => {
        expect(parseDleEotStatus(dleEotBytes(value, level), level)).toEqual(value);
      }),
      { numRuns: 500 },
    );
  });
});
