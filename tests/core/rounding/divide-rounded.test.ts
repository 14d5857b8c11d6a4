import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { divideRounded, formatScaled, type RoundingMode, roundDecimal, rounderFor } from "../../../src/core";
import { roundingModeArbitrary, symmetricRoundingModeArbitrary } from "../arbitraries";
import { expectTillError } from "../expect-till-error";

// Each mode on tenths: value × 10 over 10, so 25n is 2.5. Rows are [mode, tenths, expected integer].
const WORKED: readonly [RoundingMode, bigint, bigint][] = [
  ["half-up", 25n, 3n],
  ["half-up", -25n, -3n],
  ["half-up", 24n, 2n],
  ["half-up", -26n, -3n],
  ["half-down", 25n, 2n],
  ["half-down", -25n, -2n],
  ["half-down", 26n, 3n],
  ["half-down", -26n, -3n],
  ["half-even", 25n, 2n],
  ["half-even", 35n, 4n],
  ["half-even", -25n, -2n],
  ["half-even", -35n, -4n],
  ["half-even", 26n, 3n],
  ["up", 21n, 3n],
  ["up", -21n, -3n],
  ["up", 20n, 2n],
  ["down", 29n, 2n],
  ["down", -29n, -2n],
  ["ceiling", 21n, 3n],
  ["ceiling", -29n, -2n],
  ["floor", 29n, 2n],
  ["floor", -21n, -3n],
];

describe("divideRounded", () => {
  it.each(WORKED)("%s rounds %i tenths to %i", (mode, tenths, expected) => {
    expect(divideRounded(tenths, 10n, mode)).toBe(expected);
  });

  it.each(WORKED)("%s with a negative denominator: −%i / −10 → %i", (mode, tenths, expected) => {
    expect(divideRounded(-tenths, -10n, mode)).toBe(expected);
  });

  it("rejects division by zero with INVALID_ROUNDING", () => {
    expectTillError(() => divideRounded(1n, 0n, "half-up"), "INVALID_ROUNDING");
  });

  it.each(["toString", "constructor", "HALF_UP", ""])(
    "rejects the unknown mode %j with INVALID_ROUNDING",
    (mode) => {
      expectTillError(() => rounderFor(mode as RoundingMode), "INVALID_ROUNDING");
    },
  );

  it("returns an integer within one of the exact quotient, on the side the mode names", () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: -(10n ** 12n), max: 10n ** 12n }),
        fc.bigInt({ min: 1n, max: 10n ** 6n }),
        roundingModeArbitrary,
        (numerator, denominator, mode) => {
          const rounded = divideRounded(numerator, denominator, mode);
          const gap = rounded * denominator - numerator;
          expect(gap < denominator && gap > -denominator).toBe(true);
          if (mode === "ceiling") expect(gap >= 0n).toBe(true);
          if (mode === "floor") expect(gap <= 0n).toBe(true);
          if (mode.startsWith("half")) expect(2n * (gap < 0n ? -gap : gap) <= denominator).toBe(true);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it("rounds a negative value to the mirror of its positive twin in the symmetric modes", () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: -(10n ** 12n), max: 10n ** 12n }),
        fc.bigInt({ min: 1n, max: 10n ** 6n }),
        symmetricRoundingModeArbitrary,
        (numerator, denominator, mode) => {
          expect(divideRounded(-numerator, denominator, mode)).toBe(
            -divideRounded(numerator, denominator, mode),
          );
        },
      ),
      { numRuns: 1000 },
    );
  });
});

describe("roundDecimal", () => {
  it.each([
    ["2.675", "half-up", "0.01", "2.68"],
    ["-2.675", "half-up", "0.01", "-2.68"],
    ["2.665", "half-even", "0.01", "2.66"],
    ["2.675", "half-even", "0.01", "2.68"],
    ["2.665", "half-down", "0.01", "2.66"],
    ["-2.665", "half-down", "0.01", "-2.66"],
    ["2.661", "up", "0.01", "2.67"],
    ["-2.661", "up", "0.01", "-2.67"],
    ["2.669", "down", "0.01", "2.66"],
    ["-2.669", "down", "0.01", "-2.66"],
    ["-2.661", "ceiling", "0.01", "-2.66"],
    ["-2.661", "floor", "0.01", "-2.67"],
    ["10.03", "half-up", "0.05", "10.05"],
    ["10.02", "half-up", "0.05", "10.00"],
    ["10.25", "half-up", "0.50", "10.50"],
    ["10.49", "half-up", "1", "10"],
    ["10.50", "half-up", "1", "11"],
    ["1.2345", "half-up", "0.001", "1.235"],
    ["-1.2345", "half-even", "0.001", "-1.234"],
  ] as const)("rounds %s %s to %s → %s", (value, mode, increment, expected) => {
    expect(roundDecimal(value, { mode, increment })).toBe(expected);
  });

  it.each([
    ["0", ["policy", "increment"]],
    ["-0.05", ["policy", "increment"]],
    ["abc", ["policy", "increment"]],
  ])("rejects the increment %j with INVALID_INPUT at %j", (increment, path) => {
    expectTillError(() => roundDecimal("1", { mode: "half-up", increment }), "INVALID_INPUT", path);
  });

  it("rejects an unknown mode with INVALID_INPUT at policy.mode", () => {
    expectTillError(
      () => roundDecimal("1", { mode: "nearest" as RoundingMode, increment: "0.01" }),
      "INVALID_INPUT",
      ["policy", "mode"],
    );
  });

  it("rejects a malformed value with INVALID_DECIMAL at the given path", () => {
    expectTillError(
      () => roundDecimal("1e5", { mode: "half-up", increment: "0.01" }, ["lines", 0, "price"]),
      "INVALID_DECIMAL",
      ["lines", 0, "price"],
    );
  });

  it("is idempotent: rounding a rounded value changes nothing", () => {
    const increments = fc.constantFrom("0.01", "0.05", "0.50", "1", "0.001", "5", "0.10");
    fc.assert(
      fc.property(
        fc.bigInt({ min: -(10n ** 12n), max: 10n ** 12n }),
        increments,
        roundingModeArbitrary,
        (units, increment, mode) => {
          const once = roundDecimal(formatScaled(units, 4), { mode, increment });
          expect(roundDecimal(once, { mode, increment })).toBe(once);
        },
      ),
      { numRuns: 1000 },
    );
  });
});
