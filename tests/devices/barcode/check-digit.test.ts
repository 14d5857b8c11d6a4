import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  compressToUpcE,
  computeGs1CheckDigit,
  expandUpcE,
  hasValidGs1CheckDigit,
  normalizeToGtin14,
  validateGtin,
} from "../../../src/devices/barcode";
import { tillErrorOf } from "./till-error-of";

const RUNS = 2000;

/** Digit strings of a length in [min, max]. */
function digits(min: number, max = min): fc.Arbitrary<string> {
  return fc.array(fc.integer({ min: 0, max: 9 }), { minLength: min, maxLength: max }).map((d) => d.join(""));
}

describe("GS1 check digits", () => {
  it.each([
    ["EAN-13", "400638133393", 1],
    ["UPC-A", "03600029145", 2],
    ["EAN-8", "9638507", 4],
    ["GTIN-14", "1952123454321", 0],
    ["GTIN-13 of the GS1 example", "952123454321", 3],
    ["SSCC", "10614141123456789", 7],
  ])("%s body %s has check digit %i", (_kind, body, check) => {
    expect(computeGs1CheckDigit(body)).toBe(check);
    expect(hasValidGs1CheckDigit(`${body}${check}`)).toBe(true);
  });

  it.each([["4006381333932"], ["036000291453"], ["96385070"], [""], ["7"], ["40063813339a1"]])(
    "rejects %j",
    (digits) => {
      expect(hasValidGs1CheckDigit(digits)).toBe(false);
    },
  );

  it("throws INVALID_INPUT for a non-digit body", () => {
    expect(tillErrorOf(() => computeGs1CheckDigit("12a")).code).toBe("INVALID_INPUT");
  });

  it("should verify every computed check digit", () => {
    fc.assert(
      fc.property(digits(1, 17), (body) => {
        // Arrange / Act
        const full = `${body}${computeGs1CheckDigit(body)}`;
        // Assert
        expect(hasValidGs1CheckDigit(full)).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });

  it("should fail any single-digit change of an EAN/UPC", () => {
    const gtin = fc
      .constantFrom(7, 11, 12, 13)
      .chain((length) => digits(length))
      .map((body) => `${body}${computeGs1CheckDigit(body)}`);
    fc.assert(
      fc.property(gtin, fc.nat(), fc.integer({ min: 1, max: 9 }), (code, at, delta) => {
        // Arrange
        const index = at % code.length;
        const changed = (Number(code[index]) + delta) % 10;
        const altered = `${code.slice(0, index)}${changed}${code.slice(index + 1)}`;
        // Act / Assert
        expect(hasValidGs1CheckDigit(altered)).toBe(false);
      }),
      { numRuns: RUNS },
    );
  });
});

describe("GTIN validation and normalisation", () => {
  it.each([
    ["4006381333931", "04006381333931"],
    ["036000291452", "00036000291452"],
    ["96385074", "00000096385074"],
    ["19521234543210", "19521234543210"],
  ])("normalises %s to %s", (gtin, gtin14) => {
    expect(normalizeToGtin14(gtin)).toBe(gtin14);
  });

  it.each([
    ["4006381333932", "INVALID_BARCODE"],
    ["40063813339", "INVALID_INPUT"],
    ["4006381333931x", "INVALID_INPUT"],
  ])("rejects %s with %s", (gtin, code) => {
    expect(tillErrorOf(() => validateGtin(gtin)).code).toBe(code);
  });

  it("should keep the check digit when padding to GTIN-14", () => {
    fc.assert(
      fc.property(fc.oneof(digits(7), digits(11, 13)), (body) => {
        const gtin = `${body}${computeGs1CheckDigit(body)}`;
        expect(hasValidGs1CheckDigit(normalizeToGtin14(gtin))).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });
});

describe("UPC-E", () => {
  it.each([
    ["04252614", "042100005264"],
    ["01234565", "012345000065"],
    ["01234531", "012300000451"],
    ["01234543", "012340000053"],
    ["01234523", "012200003453"],
  ])("expands %s to %s and back", (upcE, upcA) => {
    expect(expandUpcE(upcE)).toBe(upcA);
    expect(expandUpcE(compressToUpcE(upcA) ?? "")).toBe(upcA);
  });

  it.each([
    ["04252615", "INVALID_BARCODE"],
    ["24252614", "INVALID_INPUT"],
  ])("rejects %s with %s", (upcE, code) => {
    expect(tillErrorOf(() => expandUpcE(upcE)).code).toBe(code);
  });

  it("has no UPC-E form for 036000291452", () => {
    expect(compressToUpcE("036000291452")).toBeUndefined();
  });

  it("should expand every compressed UPC-A back to itself", () => {
    fc.assert(
      fc.property(
        fc.tuple(fc.constantFrom("0", "1"), digits(10)).map(([system, rest]) => `${system}${rest}`),
        (body) => {
          const upcA = `${body}${computeGs1CheckDigit(body)}`;
          const upcE = compressToUpcE(upcA);
          if (upcE !== undefined) expect(expandUpcE(upcE)).toBe(upcA);
        },
      ),
      { numRuns: RUNS },
    );
  });

  it("should compress every valid UPC-E expansion to a UPC-E that expands the same", () => {
    fc.assert(
      fc.property(
        fc.tuple(fc.constantFrom("0", "1"), digits(6)).map(([system, rest]) => `${system}${rest}`),
        (body) => {
          const candidates = [...Array(10).keys()].map((check) => `${body}${check}`);
          const upcE = candidates.find((code) => {
            try {
              expandUpcE(code);
              return true;
            } catch {
              return false;
            }
          });
          expect(upcE).toBeDefined();
          const upcA = expandUpcE(upcE as string);
          expect(expandUpcE(compressToUpcE(upcA) as string)).toBe(upcA);
        },
      ),
      { numRuns: RUNS },
    );
  });
});
