import { describe, expect, it } from "vitest";
import { computeTaxes, taxRulesFromConfiguration, US_NEW_YORK_CITY } from "../../../src/tax";
import { checkTaxInvariants, input, jurisdiction, line, POLICIES, percentTax } from "../tax-fixtures";

const nyc = taxRulesFromConfiguration(US_NEW_YORK_CITY, POLICIES.line);

function nycSale(lines: ReturnType<typeof line>[], extra: Record<string, unknown> = {}) {
  return checkTaxInvariants(computeTaxes({ ...nyc, date: "2026-03-01", lines, ...extra }));
}

describe("applicability", () => {
  it.each([
    {
      title: "clothing at 109.99 in NYC → exempt (threshold)",
      item: line("a", "109.99", "1", "clothing"),
      tax: "0.00",
    },
    {
      title: "clothing at 110.00 in NYC → 8.875% = 9.76",
      item: line("a", "110.00", "1", "clothing"),
      tax: "9.76",
    },
    {
      title: "two clothing items at 60.00 each (unit price below 110.00) → exempt",
      item: line("a", "60.00", "2", "clothing"),
      tax: "0.00",
    },
    {
      title: "clothing at 120.00 with a 15.00 store coupon (105.00 per item) → exempt",
      item: line("a", "120.00", "1", "clothing", {
        discounts: [{ source: "store-coupon", amount: "15.00" }],
      }),
      tax: "0.00",
    },
    { title: "general merchandise at 50.00 → 4.44", item: line("a", "50.00", "1", "general"), tax: "4.44" },
  ])("New York: $title", ({ item, tax }) => {
    expect(nycSale([item]).totals.tax).toBe(tax);
  });

  it("names the threshold rule on every skipped tax", () => {
    const skipped = nycSale([line("a", "50.00", "1", "clothing")]).lines[0]?.skipped ?? [];
    expect(skipped.filter((entry) => entry.reason === "threshold").map((entry) => entry.taxId)).toEqual([
      "us-ny-state",
      "us-ny-nyc",
      "us-ny-mctd",
    ]);
    expect(skipped.every((entry) => entry.ruleId === "us-ny-clothing-under-110")).toBe(true);
  });

  it.each([
    {
      title: "exempt from all taxes",
      exemption: { scope: "all", certificate: "ST-119.1-0042" },
      food: "0.00",
      general: "0.00",
    },
    {
      title: "exempt for food only",
      exemption: { scope: "categories", categories: ["food"], certificate: "RESALE-7" },
      food: "0.00",
      general: "0.70",
    },
  ])("customer $title keeps the certificate on the result", ({ exemption, food, general }) => {
    const output = checkTaxInvariants(
      computeTaxes(
        input({
          taxes: [percentTax("t", "7")],
          lines: [line("f", "10.00", "1", "food"), line("g", "10.00")],
          customer: { id: "c1", exemption } as never,
        }),
      ),
    );
    expect(output.lines.map((entry) => entry.tax)).toEqual([food, general]);
    expect(output.exemption?.certificate).toBe(exemption.certificate);
    expect(output.lines[0]?.skipped[0]).toEqual({
      taxId: "t",
      reason: "exempt-customer",
      certificate: exemption.certificate,
    });
  });

  const holiday = {
    id: "back-to-school",
    taxes: ["state"],
    categories: ["clothing"],
    unitPriceBelow: { amount: "100.00", currency: "USD" },
    effective: { from: "2026-08-07", to: "2026-08-16" },
  };
  it.each([
    {
      title: "inside the holiday, clothing at 50.00 skips the state tax",
      date: "2026-08-07",
      price: "50.00",
      tax: "0.50",
      reason: "threshold",
    },
    {
      title: "on the holiday's last day it still holds",
      date: "2026-08-16",
      price: "50.00",
      tax: "0.50",
      reason: "threshold",
    },
    {
      title: "the day after, the state tax is back",
      date: "2026-08-17",
      price: "50.00",
      tax: "3.50",
      reason: undefined,
    },
    {
      title: "inside the holiday, clothing at 100.00 is not below the cap",
      date: "2026-08-10",
      price: "100.00",
      tax: "7.00",
      reason: undefined,
    },
  ])("tax holiday: $title", ({ date, price, tax, reason }) => {
    const taxes = [percentTax("state", "6", { sequence: 1 }), percentTax("local", "1", { sequence: 2 })];
    const output = checkTaxInvariants(
      computeTaxes(
        input({ taxes, date, exemptionRules: [holiday], lines: [line("a", price, "1", "clothing")] }),
      ),
    );
    expect(output.totals.tax).toBe(tax);
    expect(output.lines[0]?.skipped[0]?.reason).toBe(reason);
  });

  it.each([
    { title: "before the rate change the old 6% applies", date: "2025-12-31", tax: "6.00", skipped: "new" },
    { title: "from the change the new 7% applies", date: "2026-01-01", tax: "7.00", skipped: "old" },
  ])("effective dates: $title", ({ date, tax, skipped }) => {
    const taxes = [
      percentTax("old", "6", { effective: { to: "2025-12-31" } }),
      percentTax("new", "7", { effective: { from: "2026-01-01" } }),
    ];
    const output = computeTaxes(input({ taxes, date, lines: [line("a", "100.00")] }));
    expect(output.totals.tax).toBe(tax);
    expect(output.lines[0]?.skipped).toContainEqual({ taxId: skipped, reason: "out-of-date-range" });
  });

  it.each([
    {
      title: "store coupon 1.00 reduces the base: 9.00 at 8% → 0.72",
      funding: "store",
      tax: "0.72",
      coupons: "0.00",
    },
    {
      title: "manufacturer coupon 1.00 does not: 10.00 at 8% → 0.80",
      funding: "manufacturer",
      tax: "0.80",
      coupons: "1.00",
    },
  ])("coupons: $title", ({ funding, tax, coupons }) => {
    const item = line("a", "10.00", "1", "standard", {
      discounts: [{ source: "coupon", amount: "1.00", funding }],
    });
    const output = checkTaxInvariants(computeTaxes(input({ taxes: [percentTax("t", "8")], lines: [item] })));
    expect(output.totals.tax).toBe(tax);
    expect(output.totals.manufacturerCoupons).toBe(coupons);
  });

  it.each([
    {
      title: "a state that taxes shipping taxes the shipping line",
      lineKinds: ["item", "shipping"] as ("item" | "shipping")[],
      tax: "0.35",
      reason: undefined,
    },
    {
      title: "a state that does not skips it",
      lineKinds: ["item"] as ("item" | "shipping")[],
      tax: "0.00",
      reason: "not-applicable-line-kind",
    },
  ])("shipping: $title", ({ lineKinds, tax, reason }) => {
    const taxes = [percentTax("t", "7", { lineKinds })];
    const output = computeTaxes(
      input({ taxes, lines: [line("ship", "5.00", "1", "shipping", { kind: "shipping" })] }),
    );
    expect(output.totals.tax).toBe(tax);
    expect(output.lines[0]?.skipped[0]?.reason).toBe(reason);
  });

  it.each([
    {
      title: "destination sourcing taxes where the goods go",
      sourcing: "destination",
      applied: "B",
      skipped: "A",
    },
    { title: "origin sourcing taxes where the store is", sourcing: "origin", applied: "A", skipped: "B" },
  ])("sourcing: $title", ({ sourcing, applied, skipped }) => {
    const taxes = [
      percentTax("A", "5", { jurisdiction: jurisdiction("A", "state") }),
      percentTax("B", "6", { jurisdiction: jurisdiction("B", "state") }),
    ];
    const context = { store: { jurisdictions: ["A"] }, shipTo: { jurisdictions: ["B"] }, sourcing };
    const output = computeTaxes(input({ taxes, context: context as never, lines: [line("a", "100.00")] }));
    expect(output.lines[0]?.taxes.map((entry) => entry.taxId)).toEqual([applied]);
    expect(output.lines[0]?.taxes[0]?.rule.sourcing).toBe(sourcing);
    expect(output.lines[0]?.skipped).toContainEqual({
      taxId: skipped,
      reason: "not-applicable-jurisdiction",
    });
  });

  it("a line's own ship-to overrides the document's", () => {
    const taxes = [percentTax("A", "5"), percentTax("B", "6")];
    const context = { store: { jurisdictions: ["A"] }, sourcing: "destination" };
    const lines = [
      line("here", "100.00"),
      line("there", "100.00", "1", "standard", { shipTo: { jurisdictions: ["B"] } }),
    ];
    const output = computeTaxes(input({ taxes, context: context as never, lines }));
    expect(output.lines.map((entry) => entry.taxes[0]?.taxId)).toEqual(["A", "B"]);
  });

  it("skips by category with the reason", () => {
    const output = computeTaxes(
      input({ taxes: [percentTax("t", "7", { categories: ["food"] })], lines: [line("a", "1.00")] }),
    );
    expect(output.lines[0]?.skipped).toEqual([{ taxId: "t", reason: "not-applicable-category" }]);
  });
});
