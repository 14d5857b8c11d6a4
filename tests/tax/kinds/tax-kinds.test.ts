import { describe, expect, it } from "vitest";
import { computeTaxes, type TaxDefinitionInput } from "../../../src/tax";
import { checkTaxInvariants, input, jurisdiction, line, POLICIES, percentTax } from "../tax-fixtures";

function taxOf(definition: Record<string, unknown>): TaxDefinitionInput {
  return {
    name: String(definition.id),
    jurisdiction: jurisdiction(String(definition.id)),
    ...definition,
  } as TaxDefinitionInput;
}

const nycChildren = [
  percentTax("state", "4", { sequence: 1, jurisdiction: jurisdiction("US-NY", "state") }),
  percentTax("city", "4.5", { sequence: 2, jurisdiction: jurisdiction("US-NY-NYC", "city") }),
  percentTax("mctd", "0.375", { sequence: 3, jurisdiction: jurisdiction("US-NY-MCTD", "district") }),
];

function nycGroup(mode: "individual" | "combined"): TaxDefinitionInput[] {
  return [taxOf({ id: "nyc", kind: "group", mode, children: ["state", "city", "mctd"] }), ...nycChildren];
}

describe("tax kinds", () => {
  it.each([
    {
      title: "division 18% on 100.00 excluded → 21.95 (18% of 121.95)",
      tax: { id: "icms", kind: "division", rate: "18" },
      price: "100.00",
      amount: "21.95",
      total: "121.95",
    },
    {
      title: "division 18% included in 121.95 → 21.95, base 100.00",
      tax: { id: "icms", kind: "division", rate: "18", priceIncluded: true },
      price: "121.95",
      amount: "21.95",
      total: "121.95",
    },
    {
      title: "fixed 0.10 per unit × 3 → 0.30",
      tax: { id: "deposit", kind: "fixed", amount: "0.10", currency: "USD" },
      price: "1.00",
      quantity: "3",
      amount: "0.30",
      total: "3.30",
    },
    {
      title: "fixed 0.10 per unit × −3 (return) → −0.30",
      tax: { id: "deposit", kind: "fixed", amount: "0.10", currency: "USD" },
      price: "1.00",
      quantity: "-3",
      amount: "-0.30",
      total: "-3.30",
    },
    {
      title: "fixed 0.10 per unit on a negative price → −0.10",
      tax: { id: "deposit", kind: "fixed", amount: "0.10", currency: "USD" },
      price: "-5.00",
      amount: "-0.10",
      total: "-5.10",
    },
    {
      title: "fixed 0.25 included in 2.25 → 0.25, base 2.00",
      tax: { id: "levy", kind: "fixed", amount: "0.25", currency: "USD", priceIncluded: true },
      price: "2.25",
      amount: "0.25",
      total: "2.25",
    },
    {
      title: "withholding −15% on 100.00 → −15.00",
      tax: { id: "wht", kind: "percent", rate: "-15", withholding: true },
      price: "100.00",
      amount: "-15.00",
      total: "85.00",
    },
  ])("$title", ({ tax, price, quantity, amount, total }) => {
    const output = checkTaxInvariants(
      computeTaxes(input({ taxes: [taxOf(tax)], lines: [line("a", price, quantity ?? "1")] })),
    );
    expect(output.lines[0]?.taxes[0]?.amount).toBe(amount);
    expect(output.totals.total).toBe(total);
  });

  it.each([
    {
      title: "group individual on 5.00: 0.20 + 0.23 + 0.02 = 0.45",
      mode: "individual" as const,
      tax: "0.45",
      entries: 3,
    },
    {
      title: "group combined on 5.00: 8.875% rounded once = 0.44",
      mode: "combined" as const,
      tax: "0.44",
      entries: 1,
    },
  ])("$title", ({ mode, tax, entries }) => {
    const output = checkTaxInvariants(
      computeTaxes(input({ taxes: nycGroup(mode), lines: [line("a", "5.00")] })),
    );
    expect(output.totals.tax).toBe(tax);
    expect(output.lines[0]?.taxes).toHaveLength(entries);
  });

  it.each([
    { title: "state 4% share of 8.88", taxId: "state", amount: "4.00" },
    { title: "city 4.5% share of 8.88", taxId: "city", amount: "4.50" },
    { title: "MCTD 0.375% share of 8.88 (gets the leftover cent)", taxId: "mctd", amount: "0.38" },
  ])("combined group on 100.00 splits 8.88 for information: $title", ({ taxId, amount }) => {
    const output = checkTaxInvariants(
      computeTaxes(input({ taxes: nycGroup("combined"), lines: [line("a", "100.00")] })),
    );
    const entry = output.lines[0]?.taxes[0];
    expect(entry).toMatchObject({ taxId: "nyc", rate: "8.875", amount: "8.88" });
    expect(entry?.split?.find((share) => share.taxId === taxId)?.amount).toBe(amount);
    expect(output.report.find((row) => row.taxIds.includes(taxId))?.amount).toBe(amount);
  });

  it.each([
    {
      title: "0.27 over nets 10 / 20 / 30 → 0.04 / 0.09 / 0.14 (tie to the larger weight)",
      prices: ["10.00", "20.00", "30.00"],
      shares: ["0.04", "0.09", "0.14"],
    },
    { title: "0.27 over nets 10 / 20 → 0.09 / 0.18", prices: ["10.00", "20.00"], shares: ["0.09", "0.18"] },
    {
      title: "0.27 over a refund of 10 / 20 → −0.09 / −0.18",
      prices: ["-10.00", "-20.00"],
      shares: ["-0.09", "-0.18"],
    },
  ])("document charge: $title", ({ prices, shares }) => {
    const charge = taxOf({ id: "delivery", kind: "document-charge", amount: "0.27", currency: "USD" });
    const lines = prices.map((price, index) => line(`l${index}`, price));
    const output = checkTaxInvariants(computeTaxes(input({ taxes: [charge], lines })));
    expect(output.lines.map((entry) => entry.taxes[0]?.amount)).toEqual(shares);
  });

  it.each([
    {
      title: "10% of a 5% tax on 100.00 → 0.50",
      taxes: [
        percentTax("base", "5", { sequence: 1 }),
        taxOf({ id: "surcharge", kind: "percent-of-tax", rate: "10", of: "base", sequence: 2 }),
      ],
      amount: "0.50",
      base: "5.00",
    },
    {
      title: "cumulative: 10% of 10.00 plus a 2.00 excise → 1.20",
      taxes: [
        taxOf({ id: "excise", kind: "fixed", amount: "2.00", currency: "USD", sequence: 1 }),
        taxOf({
          id: "surcharge",
          kind: "cumulative-base",
          rate: "10",
          cumulativeOf: ["excise"],
          sequence: 2,
        }),
      ],
      amount: "1.20",
      base: "12.00",
    },
    {
      title: "plain percent beside the same excise stays on the net → 1.00",
      taxes: [
        taxOf({ id: "excise", kind: "fixed", amount: "2.00", currency: "USD", sequence: 1 }),
        percentTax("surcharge", "10", { sequence: 2 }),
      ],
      amount: "1.00",
      base: "10.00",
    },
  ])("$title", ({ taxes, amount, base }) => {
    const price = taxes[0]?.kind === "fixed" ? "10.00" : "100.00";
    const output = checkTaxInvariants(computeTaxes(input({ taxes, lines: [line("a", price)] })));
    expect(output.lines[0]?.taxes.find((entry) => entry.taxId === "surcharge")).toMatchObject({
      amount,
      base,
    });
  });

  it("skips a percent-of-tax whose base tax does not apply to the line", () => {
    const taxes = [
      percentTax("base", "5", { sequence: 1, categories: ["food"] }),
      taxOf({ id: "surcharge", kind: "percent-of-tax", rate: "10", of: "base", sequence: 2 }),
    ];
    const output = computeTaxes(input({ taxes, lines: [line("a", "100.00")] }));
    expect(output.lines[0]?.skipped).toContainEqual({ taxId: "surcharge", reason: "base-tax-not-applied" });
  });

  it.each([
    {
      title: "VAT 10% included + 5% excluded on the net: 110.00 → 10.00 + 5.00, total 115.00",
      price: "110.00",
      taxes: [
        percentTax("vat", "10", { priceIncluded: true, sequence: 1 }),
        percentTax("extra", "5", { sequence: 2 }),
      ],
      untaxed: "100.00",
      total: "115.00",
    },
    {
      title: "QST 9.5% compound and GST 5%, both included in 114.98 → 9.98 + 5.00, net 100.00",
      price: "114.98",
      taxes: [
        percentTax("gst", "5", { priceIncluded: true, sequence: 1 }),
        percentTax("qst", "9.5", { priceIncluded: true, base: "net-plus-prior-taxes", sequence: 2 }),
      ],
      untaxed: "100.00",
      total: "114.98",
    },
  ])("mixed pricing on one line: $title", ({ price, taxes, untaxed, total }) => {
    const output = checkTaxInvariants(computeTaxes(input({ taxes, lines: [line("a", price)] })));
    expect(output.totals).toMatchObject({ untaxed, total });
  });

  it.each([
    { title: "per line", rounding: POLICIES.line },
    { title: "per document", rounding: POLICIES.document },
  ])("document charge shares sum to the charge, $title", ({ rounding }) => {
    const charge = taxOf({ id: "delivery", kind: "document-charge", amount: "1.00", currency: "USD" });
    const lines = ["3.33", "3.33", "3.34"].map((price, index) => line(`l${index}`, price));
    const output = checkTaxInvariants(computeTaxes(input({ taxes: [charge], lines, rounding })));
    expect(output.taxes[0]?.amount).toBe("1.00");
  });
});
