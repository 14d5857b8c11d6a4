import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { computePriceVerifier } from "../../../src/devices/barcode";
import { tillErrorOf } from "./till-error-of";

const RUNS = 2000;

describe("computePriceVerifier", () => {
  // Worked examples: 4 digits use weights 2-, 2-, 3, 5- and three times the sum; 5 digits use
  // 5+, 2-, 5-, 5+, 2- and the digit whose 5- product completes the next ten.
  it.each([
    ["2875", 9, "4 + 5 + 1 + 3 = 13, 13 × 3 = 39"],
    ["0000", 0, "all zero"],
    ["1000", 6, "2- of 1 is 2, 2 × 3 = 6"],
    ["14685", 6, "5 + 8 + 7 + 4 + 9 = 33, 40 − 33 = 7, and 5- of 6 is 7"],
    ["01234", 1, "0 + 2 + 9 + 6 + 8 = 25, 30 − 25 = 5, and 5- of 1 is 5"],
    ["00000", 0, "all zero"],
  ])("%s → %i (%s)", (field, verifier) => {
    expect(computePriceVerifier(field)).toBe(verifier);
  });

  it.each([["123"], ["123456"], ["12a4"]])("rejects %j with INVALID_INPUT", (field) => {
    expect(tillErrorOf(() => computePriceVerifier(field)).code).toBe("INVALID_INPUT");
  });

  it("should detect any single-digit change of a 4- or 5-digit price", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 4, maxLength: 5 }).map((d) => d.join("")),
        fc.nat(),
        fc.integer({ min: 1, max: 9 }),
        (field, at, delta) => {
          // Arrange
          const index = at % field.length;
          const altered = `${field.slice(0, index)}${(Number(field[index]) + delta) % 10}${field.slice(index + 1)}`;
          // Act / Assert: every weighting maps digits one-to-one, so one changed digit changes the verifier.
          expect(computePriceVerifier(altered)).not.toBe(computePriceVerifier(field));
        },
      ),
      { numRuns: RUNS },
    );
  });
});
