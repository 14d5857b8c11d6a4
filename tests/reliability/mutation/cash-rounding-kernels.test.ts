// Assertions the mutation run of src/core/cash-rounding showed missing: the paths of bad special cases,
// a zero or negative step, a negative roundsTo, and a country code that is not text.
import { describe, expect, it } from "vitest";
import { type CashRoundingPolicy, getCashRoundingPreset, makeCashRounding } from "../../../src/core";

const slovakia = getCashRoundingPreset("SK");
const withSpecialCase = (specialCase: Record<string, string>): CashRoundingPolicy =>
  ({ ...slovakia, specialCases: [slovakia.specialCases?.[0], specialCase] }) as CashRoundingPolicy;

describe("makeCashRounding refuses a malformed policy at the field", () => {
  it.each<[string, CashRoundingPolicy, string, (string | number)[]]>([
    ["a zero step", { ...slovakia, step: "0" }, "INVALID_INPUT", ["policy", "step"]],
    ["a negative step", { ...slovakia, step: "-0.05" }, "INVALID_INPUT", ["policy", "step"]],
    ["a step finer than a cent", { ...slovakia, step: "0.005" }, "INVALID_ROUNDING", ["policy", "step"]],
    [
      "a special case whose from exceeds its to",
      withSpecialCase({ from: "0.04", to: "0.03", roundsTo: "0.05" }),
      "INVALID_ROUNDING",
      ["policy", "specialCases", 1, "to"],
    ],
    [
      "a from finer than a cent",
      withSpecialCase({ from: "0.031", to: "0.04", roundsTo: "0.05" }),
      "INVALID_ROUNDING",
      ["policy", "specialCases", 1, "from"],
    ],
    [
      "a to finer than a cent",
      withSpecialCase({ from: "0.03", to: "0.041", roundsTo: "0.05" }),
      "INVALID_ROUNDING",
      ["policy", "specialCases", 1, "to"],
    ],
    [
      "a roundsTo finer than a cent",
      withSpecialCase({ from: "0.03", to: "0.04", roundsTo: "0.055" }),
      "INVALID_ROUNDING",
      ["policy", "specialCases", 1, "roundsTo"],
    ],
    [
      "a negative roundsTo",
      withSpecialCase({ from: "0.03", to: "0.04", roundsTo: "-0.05" }),
      "INVALID_INPUT",
      ["policy", "specialCases", 1, "roundsTo"],
    ],
  ])("%s", (_title, policy, code, path) => {
    expect(() => makeCashRounding(policy)).toThrow(expect.objectContaining({ code, path }));
  });

  it("accepts a roundsTo of zero (not negative)", () => {
    expect(() =>
      makeCashRounding(withSpecialCase({ from: "0.03", to: "0.04", roundsTo: "0" })),
    ).not.toThrow();
  });
});

describe("getCashRoundingPreset", () => {
  it("refuses a country code that is not text with UNKNOWN_CASH_ROUNDING, naming it", () => {
    expect(() => getCashRoundingPreset(42 as never)).toThrow(
      expect.objectContaining({
        code: "UNKNOWN_CASH_ROUNDING",
        path: ["countryCode"],
        details: { countryCode: "42" },
        message: expect.stringContaining("country 42"),
      }),
    );
  });
});
