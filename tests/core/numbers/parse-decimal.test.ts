import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type DecimalInput,
  formatScaled,
  normalizeScaled,
  parseDecimal,
  TillDecimal,
} from "../../../src/core";
import { expectTillError } from "../expect-till-error";

describe("parseDecimal", () => {
  it.each([
    ["12.30", 1230n, 2],
    ["-0.05", -5n, 2],
    ["+7", 7n, 0],
    [".5", 5n, 1],
    ["5.", 5n, 0],
    ["0", 0n, 0],
    [12n, 12n, 0],
    [-12, -12n, 0],
    [new TillDecimal("1.5e-3"), 15n, 4],
    [new TillDecimal("2e3"), 2000n, 0],
  ] as [DecimalInput, bigint, number][])("parses %s as %i at scale %i", (input, units, scale) => {
    expect(parseDecimal(input)).toEqual({ units, scale });
  });

  it.each([
    ["NaN", Number.NaN],
    ["Infinity", Number.POSITIVE_INFINITY],
    ["1.5", 1.5],
    ["2^53", 2 ** 53],
    ['"1e5"', "1e5"],
    ['"abc"', "abc"],
    ['"1.2.3"', "1.2.3"],
    ['"-"', "-"],
    ['"."', "."],
    ['"0x10"', "0x10"],
    ['"Infinity"', "Infinity"],
    ["a NaN Decimal", new TillDecimal(Number.NaN)],
    ["undefined", undefined],
    ["a boolean", true],
  ] as [string, unknown][])("rejects %s with INVALID_DECIMAL at the given path", (_, input) => {
    expectTillError(() => parseDecimal(input as DecimalInput, ["price"]), "INVALID_DECIMAL", ["price"]);
  });

  it("reads signs, leading zeros, empty wholes or fractions and 1 to 24 digits as the digits they spell", () => {
    const digits = (min: number, max: number) =>
      fc.string({ unit: fc.constantFrom(..."0123456789"), minLength: min, maxLength: max });
    fc.assert(
      fc.property(
        fc.constantFrom("", "+", "-"),
        digits(0, 24),
        fc.option(digits(0, 12), { nil: undefined }),
        (sign, whole, fraction) => {
          fc.pre(whole.length + (fraction?.length ?? 0) > 0);
          const text = `${sign}${whole}${fraction === undefined ? "" : `.${fraction}`}`;
          // The reference reads the digits as one bigint: 15 digits and fewer take a faster route.
          const magnitude = BigInt(`${whole}${fraction ?? ""}`);
          expect(parseDecimal(text)).toEqual({
            units: sign === "-" ? -magnitude : magnitude,
            scale: fraction?.length ?? 0,
          });
        },
      ),
      { numRuns: 2000 },
    );
  });

  it("reads back what formatScaled wrote", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }), fc.nat({ max: 12 }), (units, scale) => {
        expect(parseDecimal(formatScaled(units, scale))).toEqual({ units, scale });
      }),
      { numRuns: 1000 },
    );
  });

  it("reads a Decimal to the same value as its text, whatever its exponent", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 20n), max: 10n ** 20n }), fc.nat({ max: 20 }), (units, scale) => {
        const text = formatScaled(units, scale);
        expect(normalizeScaled(parseDecimal(new TillDecimal(text)))).toEqual(
          normalizeScaled(parseDecimal(text)),
        );
      }),
      { numRuns: 1000 },
    );
  });
});

describe("normalizeScaled", () => {
  it.each([
    [12500n, 4, 125n, 2],
    [0n, 2, 0n, 0],
    [-100n, 2, -1n, 0],
    [7n, 3, 7n, 3],
  ] as const)("normalizes %i at scale %i to %i at scale %i", (units, scale, expectedUnits, expectedScale) => {
    expect(normalizeScaled({ units, scale })).toEqual({ units: expectedUnits, scale: expectedScale });
  });
});
