import fc from "fast-check";
import { describe, it } from "vitest";
import { compileTaxRules, computeTaxes } from "../../src/tax";
import { taxConfigurationArbitrary, taxInputArbitrary } from "../../src/testing";
import { expectOnlyTillError, FUZZ_OPTIONS, fuzzInputs, sampled } from "./fuzz-harness";

describe("tax fuzz", () => {
  it("should let computeTaxes throw only TillError and never change its input", () => {
    fc.assert(
      fc.property(fuzzInputs(sampled(taxInputArbitrary({ size: { min: 1, max: 4 } }))), (input) => {
        expectOnlyTillError(computeTaxes, input);
      }),
      FUZZ_OPTIONS,
    );
  });

  it("should let compileTaxRules (the tax rule schema) throw only TillError and never change its input", () => {
    const rules = taxConfigurationArbitrary().map((configuration) => configuration.rules);
    fc.assert(
      fc.property(fuzzInputs(sampled(rules)), (input) => {
        expectOnlyTillError(compileTaxRules, input);
      }),
      FUZZ_OPTIONS,
    );
  });
});
