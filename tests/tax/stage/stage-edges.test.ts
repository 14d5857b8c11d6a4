import { describe, expect, it } from "vitest";
import { parseMoney } from "../../../src/core";
import type { PricedLine, PricedSale } from "../../../src/core/pipeline/priced-sale";
import type { PricingContext } from "../../../src/core/pipeline/pricing-context";
import {
  computeTax,
  makeComputeTaxStage,
  type TaxDefinitionInput,
  type TaxRulesInput,
} from "../../../src/tax";
import { contextWith, pricedSale } from "../../pricing/manual/manual-stage-fixtures";
import { tillErrorOf } from "../../support/till-error-of";
import { POLICIES, percentTax } from "../tax-fixtures";

function rules(taxes: TaxDefinitionInput[]): TaxRulesInput {
  return { currency: "EUR", categories: [{ id: "standard" }], taxes, rounding: POLICIES.line };
}

/** The context the fixtures price at (23 November 2026, noon UTC), with the given tax rules. */
function withTax(tax: unknown): PricingContext {
  return { ...contextWith([]), rules: { tax } };
}

function taxesOf(priced: PricedSale) {
  return priced.lines.map((line) =>
    line.taxes.map((entry) => `${entry.taxId} ${entry.rate} ${entry.amount}`),
  );
}

const vat = percentTax("vat", "21");

describe("the tax stage: what each line's taxes say", () => {
  it("writes a percent rate as a fraction and a fixed amount as 'fixed'", () => {
    const bottle = {
      ...percentTax("bottle", "0"),
      kind: "fixed",
      amount: "0.25",
      currency: "EUR",
      sequence: 1,
    } as TaxDefinitionInput;
    // 10.00 × 21% = 2.10; the deposit is 0.25 a unit.
    const priced = computeTax.run(pricedSale([{ id: "a", net: "10.00" }]), withTax(rules([vat, bottle])));
    expect(taxesOf(priced)).toEqual([["vat 0.21 2.10", "bottle fixed 0.25"]]);
  });

  it("reaches a tax limited to item lines: every priced line is an item", () => {
    const itemsOnly = percentTax("vat", "21", { lineKinds: ["item"] });
    expect(
      taxesOf(computeTax.run(pricedSale([{ id: "a", net: "10.00" }]), withTax(rules([itemsOnly])))),
    ).toEqual([["vat 0.21 2.10"]]);
  });

  it.each([
    // The rules read the pricing day, 2026-11-23, against inclusive date ranges.
    { effective: { to: "2026-11-23" }, taxes: [["vat 0.21 2.10"]] },
    { effective: { from: "2026-11-23" }, taxes: [["vat 0.21 2.10"]] },
    { effective: { to: "2026-11-22" }, taxes: [[]] },
    { effective: { from: "2026-11-24" }, taxes: [[]] },
  ])("a tax effective $effective", ({ effective, taxes }) => {
    const dated = percentTax("vat", "21", { effective });
    expect(taxesOf(computeTax.run(pricedSale([{ id: "a", net: "10.00" }]), withTax(rules([dated]))))).toEqual(
      taxes,
    );
  });
});

describe("the tax stage: locked lines", () => {
  it("leaves a locked line's frozen taxes alone, even in a category today's rules do not know", () => {
    const frozen = { taxId: "old", name: "Old VAT", jurisdiction: "NL", rate: "0.19", included: false };
    const before = pricedSale([
      { id: "a", net: "10.00" },
      { id: "returned", net: "-5.00", isLocked: true },
    ]);
    const locked: PricedLine = {
      ...(before.lines[1] as PricedLine),
      taxCategory: "retired",
      taxes: [{ ...frozen, base: parseMoney("-5.00", "EUR"), amount: parseMoney("-0.95", "EUR") }],
    };
    const priced = computeTax.run(
      { ...before, lines: [before.lines[0] as PricedLine, locked] },
      withTax(rules([vat])),
    );
    expect(taxesOf(priced)).toEqual([["vat 0.21 2.10"], ["old 0.19 -0.95"]]);
    expect(priced.lines[1]).toBe(locked);
  });

  it("still refuses an unlocked line in an unknown category", () => {
    const before = pricedSale([{ id: "a", net: "10.00" }]);
    const line = { ...(before.lines[0] as PricedLine), taxCategory: "retired" };
    const error = tillErrorOf(() => computeTax.run({ ...before, lines: [line] }, withTax(rules([vat]))));
    expect(error.code).toBe("UNKNOWN_TAX_CATEGORY");
  });
});

describe("the tax stage: rules", () => {
  it.each([
    { title: "absent", tax: undefined },
    { title: "null", tax: null },
  ])("prices untaxed with tax rules $title", ({ tax }) => {
    const before = pricedSale([{ id: "a", net: "10.00" }]);
    expect(computeTax.run(before, withTax(tax))).toBe(before);
  });

  it("is the computeTax stage whether it reads the context or holds its own rules", () => {
    expect([computeTax.name, makeComputeTaxStage(rules([vat])).name]).toEqual(["computeTax", "computeTax"]);
  });
});
