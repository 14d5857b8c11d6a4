import { describe, expect, it } from "vitest";
import { compileTaxRules, type TaxDefinitionInput } from "../../../src/tax";
import { failureOf } from "../../support/till-error-of";
import { jurisdiction, POLICIES, percentTax } from "../tax-fixtures";

// Every rule set is compiled inside its test, so each test is credited with the compiler code it runs.
function compile(taxes: TaxDefinitionInput[], extra: Record<string, unknown> = {}) {
  return compileTaxRules({
    currency: "USD",
    categories: [{ id: "standard" }, { id: "food" }],
    taxes,
    rounding: POLICIES.line,
    ...extra,
  });
}

const tax = (id: string, kind: string, extra: Record<string, unknown> = {}): TaxDefinitionInput =>
  ({ id, name: id, kind, jurisdiction: jurisdiction(id), ...extra }) as TaxDefinitionInput;
const group = (id: string, mode: "individual" | "combined", children: string[], extra = {}) =>
  tax(id, "group", { mode, children, ...extra });

describe("compileTaxRules: references", () => {
  it("names an unknown tax and an unknown category", () => {
    expect(failureOf(() => compile([group("g", "individual", ["a", "zz"]), percentTax("a", "1")]))).toEqual({
      code: "UNKNOWN_TAX",
      path: ["taxes", 0, "children", 1],
      details: { taxId: "zz" },
    });
    expect(failureOf(() => compile([percentTax("a", "1", { categories: ["food", "toys"] })]))).toEqual({
      code: "UNKNOWN_TAX_CATEGORY",
      path: ["taxes", 0, "categories", 1],
      details: { category: "toys" },
    });
  });

  it("a percent of tax needs its base tax strictly earlier", () => {
    const base = percentTax("base", "5", { sequence: 1 });
    expect(
      compile([base, tax("p", "percent-of-tax", { rate: "10", of: "base", sequence: 2 })]).taxes.size,
    ).toBe(2);
    expect(
      failureOf(() => compile([base, tax("p", "percent-of-tax", { rate: "10", of: "base", sequence: 1 })])),
    ).toMatchObject({
      code: "INVALID_TAX_CONFIGURATION",
      path: ["taxes", 1, "of"],
    });
    expect(
      failureOf(() => compile([base, tax("p", "percent-of-tax", { rate: "10", of: "nope", sequence: 2 })])),
    ).toEqual({
      code: "UNKNOWN_TAX",
      path: ["taxes", 1, "of"],
      details: { taxId: "nope" },
    });
  });

  it("a cumulative base needs every named tax strictly earlier, at its position", () => {
    const taxes = [percentTax("a", "1", { sequence: 1 }), percentTax("b", "2", { sequence: 3 })];
    expect(
      failureOf(() =>
        compile([
          ...taxes,
          tax("c", "cumulative-base", { rate: "5", cumulativeOf: ["a", "b"], sequence: 3 }),
        ]),
      ),
    ).toMatchObject({ code: "INVALID_TAX_CONFIGURATION", path: ["taxes", 2, "cumulativeOf", 1] });
    expect(
      failureOf(() =>
        compile([
          ...taxes,
          tax("c", "cumulative-base", { rate: "5", cumulativeOf: ["a", "x"], sequence: 4 }),
        ]),
      ),
    ).toEqual({ code: "UNKNOWN_TAX", path: ["taxes", 2, "cumulativeOf", 1], details: { taxId: "x" } });
    expect(
      compile([...taxes, tax("c", "cumulative-base", { rate: "5", cumulativeOf: ["a", "b"], sequence: 4 })])
        .taxes.size,
    ).toBe(3);
  });

  it("an exemption rule names only known taxes and categories", () => {
    const rule = (taxes: string[], categories: string[]) => ({
      exemptionRules: [{ id: "r", taxes, categories }],
    });
    expect(failureOf(() => compile([percentTax("a", "1")], rule(["a", "b"], ["food"])))).toEqual({
      code: "UNKNOWN_TAX",
      path: ["exemptionRules", 0, "taxes", 1],
      details: { taxId: "b" },
    });
    expect(failureOf(() => compile([percentTax("a", "1")], rule(["a"], ["toys"])))).toEqual({
      code: "UNKNOWN_TAX_CATEGORY",
      path: ["exemptionRules", 0, "categories", 0],
      details: { category: "toys" },
    });
  });

  it("refuses a duplicate tax id at the second one", () => {
    expect(
      failureOf(() => compile([percentTax("a", "1"), percentTax("b", "1"), percentTax("a", "2")])),
    ).toMatchObject({
      code: "INVALID_TAX_CONFIGURATION",
      path: ["taxes", 2, "id"],
    });
  });
});

describe("compileTaxRules: groups", () => {
  it.each([
    ["a fixed child", [tax("f", "fixed", { amount: "0.10", currency: "USD" })], 1],
    [
      "a compound child",
      [percentTax("c", "1", { base: "net-plus-prior-taxes" } as Partial<TaxDefinitionInput>)],
      1,
    ],
    ["a withholding child", [percentTax("w", "-1", { withholding: true })], 1],
    [
      "a price-included child after an excluded one",
      [percentTax("i", "1", { priceIncluded: true } as Partial<TaxDefinitionInput>)],
      1,
    ],
  ])("a combined group refuses %s, at that child", (_title, extra, index) => {
    const children = ["a", (extra[0] as { id: string }).id];
    expect(
      failureOf(() => compile([group("g", "combined", children), percentTax("a", "4"), ...extra])),
    ).toMatchObject({
      code: "INVALID_TAX_CONFIGURATION",
      path: ["taxes", 0, "children", index],
    });
  });

  it("a combined group of included taxes, and an individual group of anything, compile", () => {
    const included = { priceIncluded: true } as Partial<TaxDefinitionInput>;
    expect(
      compile([
        group("g", "combined", ["a", "b"]),
        percentTax("a", "4", included),
        percentTax("b", "5", included),
      ]).taxes.size,
    ).toBe(3);
    expect(
      compile([
        group("g", "individual", ["a", "f"]),
        percentTax("a", "4", included),
        tax("f", "fixed", { amount: "0.10", currency: "USD" }),
      ]).taxes.size,
    ).toBe(3);
  });

  it("names the cycle and points at the first group in it", () => {
    expect(
      failureOf(() =>
        compile([
          percentTax("a", "1"),
          group("g1", "individual", ["a", "g2"]),
          group("g2", "individual", ["g3"]),
          group("g3", "individual", ["g1"]),
        ]),
      ),
    ).toEqual({
      code: "TAX_GROUP_CYCLE",
      path: ["taxes", 1, "children"],
      details: { cycle: ["g1", "g2", "g3", "g1"] },
    });
    expect(failureOf(() => compile([group("g", "individual", ["g"])])).details).toEqual({
      cycle: ["g", "g"],
    });
  });

  it("a tax shared by two groups is no cycle, and only taxes in no group are top level", () => {
    const rules = compile([
      group("g1", "individual", ["a", "g3"], { sequence: 2 }),
      group("g2", "individual", ["a", "g3"], { sequence: 1 }),
      group("g3", "individual", ["b"]),
      percentTax("a", "1"),
      percentTax("b", "2"),
      percentTax("z", "3", { sequence: 1 }),
      percentTax("y", "3", { sequence: 1 }),
    ]);
    expect(rules.topLevel.map((entry) => entry.id)).toEqual(["g2", "y", "z", "g1"]);
  });
});

describe("compileTaxRules: rates, amounts and policies", () => {
  it.each([
    ["7", "7"],
    ["7.50", "7.5"],
    ["9.975", "9.975"],
    ["0.5", "0.5"],
    ["100", "100"],
    ["0", "0"],
    ["12.3456789", "12.3456789"],
  ])("a rate of %s%% reads back as %s", (rate, percent) => {
    const calculation = compile([percentTax("t", rate)]).taxes.get("t")?.calculation;
    expect(calculation?.type === "percent" ? calculation.rate.percent : undefined).toBe(percent);
  });

  it("refuses a negative rate or amount unless withholding, naming the tax", () => {
    expect(failureOf(() => compile([percentTax("t", "-1")]))).toEqual({
      code: "NEGATIVE_TAX_RATE",
      path: ["taxes", 0, "rate"],
      details: { taxId: "t" },
    });
    expect(failureOf(() => compile([tax("f", "fixed", { amount: "-0.10", currency: "USD" })]))).toEqual({
      code: "NEGATIVE_TAX_RATE",
      path: ["taxes", 0, "amount"],
      details: { taxId: "f" },
    });
    const withheld = compile([
      tax("f", "fixed", { amount: "-0.10", currency: "USD", withholding: true }),
    ]).taxes.get("f");
    expect(withheld?.calculation).toMatchObject({ type: "fixed", amountMinor: -10n });
  });

  it("refuses a fixed amount or charge in another currency, naming both", () => {
    expect(
      failureOf(() => compile([tax("f", "document-charge", { amount: "1.00", currency: "EUR" })])),
    ).toMatchObject({
      code: "CURRENCY_MISMATCH",
      path: ["taxes", 0, "currency"],
      details: { left: "USD", right: "EUR" },
    });
  });

  it.each([
    ["99.99", undefined],
    ["100", "INVALID_TAX_CONFIGURATION"],
    ["150", "INVALID_TAX_CONFIGURATION"],
  ])("a division rate of %s%%: %s", (rate, code) => {
    const run = () => compile([tax("d", "division", { rate })]);
    if (code === undefined) expect(run().taxes.get("d")?.calculation.type).toBe("division");
    else expect(failureOf(run)).toMatchObject({ code, path: ["taxes", 0, "rate"] });
  });

  it("an exemption rule's price limit must be in the rules' currency", () => {
    const rule = {
      id: "r",
      taxes: ["a"],
      categories: ["food"],
      unitPriceBelow: { amount: "110.00", currency: "EUR" },
    };
    expect(failureOf(() => compile([percentTax("a", "1")], { exemptionRules: [rule] }))).toEqual({
      code: "CURRENCY_MISMATCH",
      path: ["exemptionRules", 0, "unitPriceBelow", "currency"],
      details: { left: "USD", right: "EUR" },
    });
    const rules = compile([percentTax("a", "1")], {
      exemptionRules: [
        { ...rule, unitPriceBelow: { amount: "110.00", currency: "USD" } },
        { id: "s", taxes: ["a"], categories: ["standard"] },
      ],
    });
    expect(rules.exemptionRules.map((entry) => entry.unitPriceBelowMinor)).toEqual([11000n, undefined]);
    expect([...rules.thresholdCategories]).toEqual(["food"]);
  });

  it.each([
    [POLICIES.line, "USD", 1n, "rounded", "rounded-net"],
    [POLICIES.lineRaw, "USD", 1n, "raw", "rounded-net"],
    [POLICIES.unit, "JPY", 1n, "rounded", "rounded-net"],
    [POLICIES.document, "USD", 1n, "rounded", "rounded-net"],
    [POLICIES.documentFromGross, "USD", 1n, "rounded", "from-rounded-gross"],
    [{ ...POLICIES.document, documentLineAmounts: "raw" }, "USD", 1n, "raw", "rounded-net"],
    [{ ...POLICIES.line, increment: "0.05" }, "CHF", 5n, "rounded", "rounded-net"],
  ] as const)("policy %j in %s", (rounding, currency, stepMinor, lineAmounts, untaxed) => {
    const policy = compileTaxRules({ currency, categories: [], taxes: [], rounding }).policy;
    expect([policy.stepMinor, policy.lineAmounts, policy.untaxed, policy.id, policy.scope]).toEqual([
      stepMinor,
      lineAmounts,
      untaxed,
      rounding.id,
      rounding.scope,
    ]);
  });

  it("refuses an increment finer than the currency allows, at the increment", () => {
    expect(
      failureOf(() => compile([], { rounding: { ...POLICIES.line, increment: "0.001" } })),
    ).toMatchObject({
      code: "INVALID_ROUNDING",
      path: ["rounding", "increment"],
    });
  });
});
