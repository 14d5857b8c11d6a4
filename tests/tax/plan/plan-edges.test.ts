import { describe, expect, it } from "vitest";
import { parseMoney, parseQuantity } from "../../../src/core";
import {
  compileTaxRules,
  computeTaxesExact,
  planTaxes,
  type TaxDefinitionInput,
  type TaxDocument,
  type TaxLine,
  taxRulesFromConfiguration,
  US_NEW_YORK_CITY,
} from "../../../src/tax";
import { tillErrorOf } from "../../support/till-error-of";
import { jurisdiction, POLICIES, percentTax } from "../tax-fixtures";

function rules(taxes: TaxDefinitionInput[], exemptionRules: unknown[] = []) {
  return compileTaxRules({
    currency: "USD",
    categories: [{ id: "standard" }, { id: "food" }, { id: "clothing" }],
    taxes,
    exemptionRules,
    rounding: POLICIES.line,
  });
}

function taxLine(id: string, price: string, quantity = "1", extra: Partial<TaxLine> = {}): TaxLine {
  return {
    id,
    unitPrice: parseMoney(price, extra.unitPrice?.currency ?? "USD"),
    quantity: parseQuantity(quantity),
    taxCategory: "standard",
    kind: "item",
    discounts: [],
    ...extra,
  };
}

function document(lines: TaxLine[], extra: Partial<TaxDocument> = {}): TaxDocument {
  return { currency: "USD", date: "2026-03-01", lines, ...extra };
}

const included = (id: string, rate: string, sequence: number, extra: Partial<TaxDefinitionInput> = {}) =>
  percentTax(id, rate, { sequence, priceIncluded: true, ...extra } as Partial<TaxDefinitionInput>);
const compound = { base: "net-plus-prior-taxes" } as Partial<TaxDefinitionInput>;
/** A combined group ("combined", rate 0): its children are rounded as one tax and reported one by one. */
const combinedGroup = (children: string[]) =>
  percentTax("combined", "0", { kind: "group", mode: "combined", children } as Partial<TaxDefinitionInput>);

/** The tax amounts of each line, in minor units. */
function amounts(plan: ReturnType<typeof planTaxes>): bigint[][] {
  return computeTaxesExact(plan).lines.map((line) => line.taxes.map((tax) => tax.amountMinor));
}

describe("planTaxes: refusals and their paths", () => {
  const simple = rules([percentTax("t", "7")]);

  it("names both currencies when the document is in another one", () => {
    const error = tillErrorOf(() => planTaxes(simple, document([], { currency: "EUR" })));
    expect(error.code).toBe("CURRENCY_MISMATCH");
    expect(error.path).toEqual(["currency"]);
    expect(error.details).toEqual({ left: "USD", right: "EUR" });
  });

  it("refuses a line priced in another currency at its unit price", () => {
    const lines = [taxLine("a", "1.00"), taxLine("b", "2.00", "1", { unitPrice: parseMoney("2.00", "EUR") })];
    const error = tillErrorOf(() => planTaxes(simple, document(lines)));
    expect(error.code).toBe("CURRENCY_MISMATCH");
    expect(error.path).toEqual(["lines", 1, "unitPrice"]);
    expect(error.details).toEqual({ left: "USD", right: "EUR" });
  });

  it("refuses a discount in another currency at its position", () => {
    const discounts = [
      { source: "coupon", amount: parseMoney("0.50", "USD"), funding: "store" as const },
      { source: "voucher", amount: parseMoney("0.25", "CAD"), funding: "manufacturer" as const },
    ];
    const error = tillErrorOf(() => planTaxes(simple, document([taxLine("a", "5.00", "1", { discounts })])));
    expect(error.code).toBe("CURRENCY_MISMATCH");
    expect(error.path).toEqual(["lines", 0, "discounts", 1, "amount"]);
    expect(error.details).toEqual({ left: "USD", right: "CAD" });
  });

  it("refuses a line category the rules do not know, naming it", () => {
    const lines = [taxLine("a", "1.00"), taxLine("b", "1.00", "1", { taxCategory: "books" })];
    const error = tillErrorOf(() => planTaxes(simple, document(lines)));
    expect(error.code).toBe("UNKNOWN_TAX_CATEGORY");
    expect(error.path).toEqual(["lines", 1, "taxCategory"]);
    expect(error.details).toEqual({ category: "books" });
  });

  it("refuses an exemption certificate for a category the rules do not know", () => {
    const customer = {
      exemption: { scope: "categories" as const, certificate: "RESALE-7", categories: ["food", "books"] },
    };
    const error = tillErrorOf(() => planTaxes(simple, document([taxLine("a", "1.00")], { customer })));
    expect(error.code).toBe("UNKNOWN_TAX_CATEGORY");
    expect(error.path).toEqual(["customer", "exemption", "categories", 1]);
    expect(error.details).toEqual({ category: "books" });
  });

  it("accepts an exemption of known categories and of every category", () => {
    const byCategory = {
      exemption: { scope: "categories" as const, certificate: "RESALE-7", categories: ["food"] },
    };
    const all = { exemption: { scope: "all" as const, certificate: "ST-119" } };
    const lines = [taxLine("a", "10.00"), taxLine("f", "10.00", "1", { taxCategory: "food" })];
    expect(amounts(planTaxes(simple, document(lines, { customer: byCategory })))).toEqual([[70n], []]);
    expect(amounts(planTaxes(simple, document(lines, { customer: all })))).toEqual([[], []]);
  });

  it("refuses a price-included fixed tax on a zero price, and only then", () => {
    const fixed = {
      id: "bottle",
      name: "bottle",
      kind: "fixed",
      amount: "0.25",
      currency: "USD",
      priceIncluded: true,
      sequence: 1,
      jurisdiction: jurisdiction("bottle"),
      categories: ["food"],
    } as TaxDefinitionInput;
    const withFixed = rules([fixed, percentTax("t", "10", { sequence: 2 })]);
    const food = (id: string, price: string) => taxLine(id, price, "1", { taxCategory: "food" });
    // A zero-price line without the fixed tax is fine, and so is a priced line with it: 1.35 holds the
    // 0.25, and 10% of the remaining 1.10 comes on top.
    expect(amounts(planTaxes(withFixed, document([taxLine("free", "0.00"), food("b", "1.35")])))).toEqual([
      [0n],
      [25n, 11n],
    ]);
    const error = tillErrorOf(() => planTaxes(withFixed, document([food("b", "1.35"), food("z", "0.00")])));
    expect(error.code).toBe("INVALID_TAX_CONFIGURATION");
    expect(error.path).toEqual(["lines", 1, "unitPrice"]);
  });
});

describe("planTaxes: price-included chains", () => {
  const line = (id: string, category = "standard") => taxLine(id, "115.50", "1", { taxCategory: category });

  // On the standard line both chains extract: 115.50 = net × 1.05 × 1.10, net 100.00 (the food-only
  // tax does not apply there). On the food line the food-only tax breaks the chain.
  it.each([
    {
      title: "a compound included tax after a price-excluded one",
      taxes: () => [
        percentTax("levy", "2", { sequence: 1, categories: ["food"] }),
        included("gst", "5", 2),
        included("qst", "10", 3, compound),
      ],
      refused: "qst",
    },
    {
      title: "an included tax on the net after an included compound one",
      taxes: () => [
        included("gst", "5", 1),
        included("qst", "10", 2, compound),
        included("late", "1", 3, { categories: ["food"] }),
      ],
      refused: "late",
    },
  ])("refuses $title, on the line where both apply", ({ taxes, refused }) => {
    const taxRules = rules(taxes());
    expect(amounts(planTaxes(taxRules, document([line("a")])))).toEqual([[500n, 1050n]]);
    const error = tillErrorOf(() => planTaxes(taxRules, document([line("a"), line("f", "food")])));
    expect(error.code).toBe("INVALID_TAX_CONFIGURATION");
    expect(error.path).toEqual(["lines", 1]);
    expect(error.details).toEqual({ taxId: refused });
  });

  it("accepts a price-excluded tax on the net after an included compound one", () => {
    const taxRules = rules([
      included("gst", "5", 1),
      included("qst", "10", 2, compound),
      percentTax("levy", "2", { sequence: 3 }),
    ]);
    // The levy is on the extracted net 100.00.
    expect(amounts(planTaxes(taxRules, document([line("a")])))).toEqual([[500n, 1050n, 200n]]);
  });

  it("accepts two included compound taxes in a row", () => {
    const taxRules = rules([
      included("gst", "5", 1),
      included("qst", "10", 2, compound),
      included("extra", "10", 3, compound),
    ]);
    // 127.05 = 100.00 × 1.05 × 1.10 × 1.10: 5.00, 10.50, then 10% of 115.50.
    const plan = planTaxes(taxRules, document([taxLine("a", "127.05")]));
    expect(amounts(plan)).toEqual([[500n, 1050n, 1155n]]);
  });

  it("accepts an included compound tax first and an excluded compound tax after it", () => {
    const taxRules = rules([
      included("first", "10", 1, compound),
      percentTax("second", "10", { sequence: 2, ...compound }),
    ]);
    // 110.00 holds 10.00; the second is 10% of 100.00 + 10.00.
    expect(amounts(planTaxes(taxRules, document([taxLine("a", "110.00")])))).toEqual([[1000n, 1100n]]);
  });

  it("leaves division taxes out of the compound check, whatever their base", () => {
    const taxRules = rules([
      percentTax("levy", "2", { sequence: 1 }),
      {
        ...percentTax("icms", "18", {
          sequence: 2,
          priceIncluded: true,
          ...compound,
        } as Partial<TaxDefinitionInput>),
        kind: "division",
      } as TaxDefinitionInput,
    ]);
    expect(() => planTaxes(taxRules, document([line("a")]))).not.toThrow();
  });

  it("accepts an included division tax after an included compound one", () => {
    const taxRules = rules([
      included("gst", "5", 1),
      included("qst", "10", 2, compound),
      {
        ...percentTax("icms", "18", { sequence: 3, priceIncluded: true } as Partial<TaxDefinitionInput>),
        kind: "division",
      } as TaxDefinitionInput,
    ]);
    expect(() => planTaxes(taxRules, document([line("a")]))).not.toThrow();
  });
});

describe("planTaxes: steps, order and rules", () => {
  it("orders the steps by sequence, ties by id, across an individual group and the taxes beside it", () => {
    const taxRules = rules([
      percentTax("group", "0", {
        kind: "group",
        mode: "individual",
        children: ["c3", "z1", "c1"],
        sequence: 0,
      } as Partial<TaxDefinitionInput>),
      percentTax("c1", "1", { sequence: 1 }),
      percentTax("c3", "3", { sequence: 3 }),
      percentTax("z1", "4", { sequence: 1 }),
      percentTax("t2", "2", { sequence: 2 }),
      percentTax("a1", "5", { sequence: 1 }),
    ]);
    const [planned] = planTaxes(taxRules, document([taxLine("a", "100.00")])).lines;
    expect(planned?.steps.map((step) => step.tax.id)).toEqual(["a1", "c1", "z1", "t2", "c3"]);
    const child = planned?.steps.find((step) => step.tax.id === "z1");
    expect(child?.rule).toEqual({
      category: "standard",
      jurisdictionId: "z1",
      sourcing: "unsourced",
      group: "group",
    });
    expect(planned?.steps.find((step) => step.tax.id === "t2")?.rule).toEqual({
      category: "standard",
      jurisdictionId: "t2",
      sourcing: "unsourced",
    });
  });

  it("gives a percent of tax the amount of the tax it names, wherever it sits", () => {
    const taxRules = rules([
      percentTax("a", "10", { sequence: 1 }),
      percentTax("b", "20", { sequence: 2 }),
      { ...percentTax("surcharge", "50", { sequence: 3 }), kind: "percent-of-tax", of: "b" } as never,
    ]);
    const plan = planTaxes(taxRules, document([taxLine("x", "10.00")]));
    expect(plan.lines[0]?.steps[2]?.calculation).toMatchObject({ type: "percent-of-tax", ofIndex: 1 });
    // 10% and 20% of 10.00, then half of 2.00.
    expect(amounts(plan)).toEqual([[100n, 200n, 100n]]);
    expect(plan.lines[0]?.steps[2]?.pricing).toBe("excluded");
  });

  it("builds a cumulative base only from the named taxes that apply to the line", () => {
    const taxRules = rules([
      percentTax("a", "10", { sequence: 1 }),
      percentTax("b", "20", { sequence: 2, categories: ["food"] }),
      {
        ...percentTax("c", "10", { sequence: 3 }),
        kind: "cumulative-base",
        cumulativeOf: ["a", "b"],
      } as never,
    ]);
    const plan = planTaxes(
      taxRules,
      document([taxLine("x", "10.00"), taxLine("f", "10.00", "1", { taxCategory: "food" })]),
    );
    expect(plan.lines[0]?.steps[1]?.calculation).toMatchObject({ type: "cumulative-base", ofIndexes: [0] });
    // Standard: 10% of (10.00 + 1.00); food: 10% of (10.00 + 1.00 + 2.00).
    expect(amounts(plan)).toEqual([
      [100n, 110n],
      [100n, 200n, 130n],
    ]);
    expect(plan.lines[0]?.skipped).toEqual([{ taxId: "b", reason: "not-applicable-category" }]);
  });

  it("gives a plain step no split and a combined group its children in sequence order", () => {
    const taxRules = rules([
      combinedGroup(["city", "state"]),
      percentTax("city", "4.5", { sequence: 2 }),
      percentTax("state", "4", { sequence: 1 }),
      percentTax("plain", "1", { sequence: 5 }),
    ]);
    const [planned] = planTaxes(taxRules, document([taxLine("a", "100.00")])).lines;
    const [group, plain] = planned?.steps ?? [];
    expect(group?.split?.map((child) => child.id)).toEqual(["state", "city"]);
    expect(group?.rule.group).toBe("combined");
    expect(group?.rate?.percent).toBe("8.5");
    expect(plain !== undefined && "split" in plain).toBe(false);
  });

  it("prices a combined group of included taxes as included", () => {
    const taxRules = rules([
      combinedGroup(["state", "city"]),
      included("state", "4", 1),
      included("city", "4.875", 2),
    ]);
    const plan = planTaxes(taxRules, document([taxLine("a", "108.88")]));
    expect(plan.lines[0]?.steps[0]?.pricing).toBe("included");
    // 108.88 / 1.08875 = 100.0046 → net 100.00, tax 8.88 inside the price.
    const result = computeTaxesExact(plan);
    expect(result.lines[0]?.taxes[0]?.amountMinor).toBe(888n);
    expect(result.totals.totalMinor).toBe(10888n);
  });

  it("leaves a combined group out when none of its children applies", () => {
    const taxRules = rules([
      combinedGroup(["state", "city"]),
      percentTax("state", "4", { sequence: 1, categories: ["food"] }),
      percentTax("city", "4.5", { sequence: 2, effective: { to: "2025-12-31" } }),
    ]);
    const [planned] = planTaxes(taxRules, document([taxLine("a", "100.00")])).lines;
    expect(planned?.steps).toEqual([]);
    expect(planned?.skipped).toEqual([
      { taxId: "state", reason: "not-applicable-category" },
      { taxId: "city", reason: "out-of-date-range" },
    ]);
  });

  it("reports a context without any address as unsourced and applies every jurisdiction", () => {
    const taxRules = rules([
      percentTax("A", "5", { jurisdiction: jurisdiction("A", "state") }),
      percentTax("B", "1", { jurisdiction: jurisdiction("B", "city"), sequence: 1 }),
    ]);
    const plan = planTaxes(
      taxRules,
      document([taxLine("a", "10.00")], { context: { sourcing: "destination" } }),
    );
    expect(plan.lines[0]?.steps.map((step) => [step.tax.id, step.rule.sourcing])).toEqual([
      ["A", "unsourced"],
      ["B", "unsourced"],
    ]);
  });

  it("exempts by a rule without a price limit, naming the rule", () => {
    const rule = { id: "food-exempt", taxes: ["state"], categories: ["food"] };
    const taxRules = rules(
      [percentTax("state", "6", { sequence: 1 }), percentTax("local", "1", { sequence: 2 })],
      [rule],
    );
    const plan = planTaxes(
      taxRules,
      document([taxLine("f", "10.00", "1", { taxCategory: "food" }), taxLine("s", "10.00")]),
    );
    expect(plan.lines[0]?.skipped).toEqual([
      { taxId: "state", reason: "exempt-rule", ruleId: "food-exempt" },
    ]);
    expect(amounts(plan)).toEqual([[10n], [60n, 10n]]);
  });
});

describe("planTaxes: lines resolved alike share one step list", () => {
  const taxRules = rules([
    percentTax("A", "5", { jurisdiction: jurisdiction("A", "state") }),
    percentTax("B", "6", { jurisdiction: jurisdiction("B", "state") }),
    percentTax("food", "1", { categories: ["food"], sequence: 1 }),
    percentTax("ship", "2", { lineKinds: ["shipping"], sequence: 2 }),
  ]);

  it("numbers step lists in order of first use and shares them between lines of the same kind", () => {
    const lines = [
      taxLine("a", "10.00"),
      taxLine("f", "10.00", "1", { taxCategory: "food" }),
      taxLine("b", "20.00"),
      taxLine("s", "5.00", "1", { kind: "shipping" }),
      taxLine("g", "3.00", "1", { taxCategory: "food" }),
      taxLine("t", "7.00", "1", { kind: "shipping" }),
    ];
    const plan = planTaxes(taxRules, document(lines));
    expect(plan.lines.map((line) => line.stepListIndex)).toEqual([0, 1, 0, 2, 1, 2]);
    expect(plan.stepListCount).toBe(3);
    expect(plan.lines[2]?.steps).toBe(plan.lines[0]?.steps);
    expect(plan.lines[3]?.steps.map((step) => step.tax.id)).toEqual(["A", "B", "ship"]);
    expect(plan.hasDocumentCharges).toBe(false);
  });

  it("keeps lines at different addresses and sourcings apart", () => {
    const store = { jurisdictions: ["A"] };
    const away = { jurisdictions: ["B"] };
    const lines = [
      taxLine("1", "10.00"),
      taxLine("2", "10.00", "1", { shipTo: away }),
      taxLine("3", "10.00"),
      taxLine("4", "10.00", "1", { shipTo: away }),
      taxLine("5", "10.00", "1", { sourcing: "origin" }),
      taxLine("6", "10.00"),
    ];
    const plan = planTaxes(taxRules, document(lines, { context: { store, sourcing: "destination" } }));
    expect(plan.lines.map((line) => line.steps.map((step) => step.tax.id).join())).toEqual([
      "A",
      "B",
      "A",
      "B",
      "A",
      "A",
    ]);
    expect(plan.lines.map((line) => line.steps[0]?.rule.sourcing)).toEqual([
      "destination",
      "destination",
      "destination",
      "destination",
      "origin",
      "destination",
    ]);
    expect(plan.lines.map((line) => line.stepListIndex)).toEqual([0, 1, 0, 1, 2, 0]);
  });

  it("flags a document charge on the plan", () => {
    const charge = {
      id: "fee",
      name: "fee",
      kind: "document-charge",
      amount: "0.50",
      currency: "USD",
      jurisdiction: jurisdiction("fee"),
      categories: ["food"],
    } as TaxDefinitionInput;
    const withCharge = rules([percentTax("t", "5"), charge]);
    expect(planTaxes(withCharge, document([taxLine("a", "1.00")])).hasDocumentCharges).toBe(false);
    const plan = planTaxes(
      withCharge,
      document([taxLine("a", "1.00"), taxLine("f", "1.00", "1", { taxCategory: "food" })]),
    );
    expect(plan.hasDocumentCharges).toBe(true);
  });
});

describe("planTaxes: New York's clothing under 110.00 per item", () => {
  const ny = compileTaxRules(taxRulesFromConfiguration(US_NEW_YORK_CITY, POLICIES.line));
  const clothing = (id: string, price: string, quantity: string) =>
    taxLine(id, price, quantity, { taxCategory: "clothing", unitPrice: parseMoney(price, "USD") });
  const reasons = (plan: ReturnType<typeof planTaxes>) =>
    plan.lines.map((line) => line.skipped.map((skip) => skip.reason));
  const threshold = ["threshold", "threshold", "threshold"];

  it("judges a line of no units by its unit price", () => {
    const plan = planTaxes(
      ny,
      document([clothing("a", "50.00", "0"), clothing("b", "110.00", "0"), clothing("c", "-50.00", "0")]),
    );
    expect(reasons(plan)).toEqual([threshold, [], threshold]);
  });

  it("judges returns and negative prices by their magnitude", () => {
    const plan = planTaxes(
      ny,
      document([
        clothing("a", "150.00", "-1"),
        clothing("b", "50.00", "-2"),
        clothing("c", "-150.00", "1"),
        clothing("d", "109.99", "-1"),
      ]),
    );
    expect(reasons(plan)).toEqual([[], threshold, [], threshold]);
    expect(amounts(plan)[0]).toEqual([-1331n]);
  });

  it("resolves every clothing line on its own price, never from an earlier line", () => {
    const plan = planTaxes(
      ny,
      document([clothing("a", "50.00", "1"), clothing("b", "150.00", "1"), clothing("c", "50.00", "1")]),
    );
    expect(reasons(plan)).toEqual([threshold, [], threshold]);
    expect(plan.lines.map((line) => line.stepListIndex)).toEqual([0, 1, 2]);
  });
});
