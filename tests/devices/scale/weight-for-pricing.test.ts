import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isTillError, parseQuantity, Quantity } from "../../../src/core";
import { type ScaleReading, type ScaleState, weightForPricing } from "../../../src/devices/scale";

const RUNS = 2000;

function failure(run: () => unknown): { code: string; details: unknown } | undefined {
  try {
    run();
    return undefined;
  } catch (error) {
    if (isTillError(error)) return { code: error.code, details: error.details };
    throw error;
  }
}

const reading = (state: ScaleState, value?: string, unit: "kg" | "lb" = "kg"): ScaleReading =>
  value === undefined ? { state } : { state, weight: parseQuantity(value, unit) };

describe("weightForPricing", () => {
  it.each([
    ["stable 0.350 kg", reading("stable", "0.350"), "0.35"],
    ["stable at capacity", reading("stable", "15"), "15"],
    ["zero with no minimum", reading("zero", "0"), "0"],
  ])("prices %s as %s kg", (_title, scale, expected) => {
    expect(weightForPricing(scale, { capacity: "15" }).toString()).toBe(expected);
  });

  it.each([
    ["in motion", reading("in-motion", "0.352"), "SCALE_NOT_STABLE", "in-motion", undefined],
    ["overload", reading("overload"), "SCALE_OUT_OF_RANGE", "overload", "overload"],
    ["underload", reading("underload"), "SCALE_OUT_OF_RANGE", "underload", "underload"],
    ["negative net", reading("stable", "-0.020"), "SCALE_OUT_OF_RANGE", "stable", "negative"],
    ["above capacity", reading("stable", "15.001"), "SCALE_OUT_OF_RANGE", "stable", "above-capacity"],
    ["below minimum", reading("stable", "0.039"), "SCALE_OUT_OF_RANGE", "stable", "below-minimum"],
    ["zero below minimum", reading("zero", "0"), "SCALE_OUT_OF_RANGE", "zero", "below-minimum"],
    ["stable without a number", reading("stable"), "SCALE_OUT_OF_RANGE", "stable", "no-weight"],
    ["pounds on a kg scale", reading("stable", "1", "lb"), "UNIT_MISMATCH", "stable", undefined],
  ])("refuses %s with %s", (_title, scale, code, state, reason) => {
    const error = failure(() => weightForPricing(scale, { capacity: "15", minimum: "0.040" }));
    expect(error?.code).toBe(code);
    expect(error?.details).toMatchObject({ state });
    expect((error?.details as { reason?: string } | undefined)?.reason).toBe(reason);
  });

  it.each([
    [{ state: "wobbly" }, { capacity: "15" }, ["reading", "state"]],
    [reading("stable", "1"), { capacity: "abc" }, ["limits", "capacity"]],
    [reading("stable", "1"), { capacity: "15", unit: "t" }, ["limits", "unit"]],
  ])("rejects malformed input %j / %j at %j", (scale, limits, path) => {
    try {
      weightForPricing(scale as ScaleReading, limits as { capacity: string });
      expect.unreachable();
    } catch (error) {
      expect(isTillError(error) && error.code).toBe("INVALID_INPUT");
      expect(isTillError(error) && error.path).toEqual(path);
    }
  });

  it("should price exactly the stable weights within [minimum, capacity]", () => {
    const states = fc.constantFrom<ScaleState>("stable", "in-motion", "overload", "underload", "zero");
    const grams = fc.bigInt({ min: -1_000_000n, max: 20_000_000n });
    fc.assert(
      fc.property(states, grams, (state, millionths) => {
        // Arrange
        const scale = { state, weight: new Quantity(millionths, "kg") };
        const isLegal =
          (state === "stable" || state === "zero") && millionths >= 40_000n && millionths <= 15_000_000n;
        // Act
        const error = failure(() => weightForPricing(scale, { capacity: "15", minimum: "0.040" }));
        // Assert
        expect(error === undefined).toBe(isLegal);
        if (error !== undefined) expect(["SCALE_NOT_STABLE", "SCALE_OUT_OF_RANGE"]).toContain(error.code);
      }),
      { numRuns: RUNS },
    );
  });
});
