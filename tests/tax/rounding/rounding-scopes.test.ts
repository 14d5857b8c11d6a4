import { describe, expect, it } from "vitest";
import { computeTaxes } from "../../../src/tax";
import { checkTaxInvariants, input, line, POLICIES, percentTax } from "../tax-fixtures";

describe("rounding scopes", () => {
  it.each([
    ["per line", POLICIES.line],
    ["per unit", POLICIES.unit],
    ["per document", POLICIES.document],
  ])("%s: a line of 1.05 × 0 under 19%% included VAT carries 0.00 tax", (_title, rounding) => {
    const vat = percentTax("vat", "19", { priceIncluded: true });
    const output = computeTaxes(input({ taxes: [vat], lines: [line("a", "1.05", "0")], rounding }));
    expect([output.totals.tax, output.lines[0]?.taxes[0]?.amount]).toEqual(["0.00", "0.00"]);
  });

  it.each([
    { title: "per line: 3 × 0.35 = 1.05 at 7% → 0.0735 → 0.07", rounding: POLICIES.line, tax: "0.07" },
    { title: "per unit: 0.35 at 7% → 0.0245 → 0.02, × 3 → 0.06", rounding: POLICIES.unit, tax: "0.06" },
    { title: "per document: one line, 0.0735 → 0.07", rounding: POLICIES.document, tax: "0.07" },
  ])("$title", ({ rounding, tax }) => {
    const output = checkTaxInvariants(
      computeTaxes(input({ taxes: [percentTax("t", "7")], lines: [line("a", "0.35", "3")], rounding })),
    );
    expect(output.totals.tax).toBe(tax);
  });

  it.each([
    { title: "half-up: 2.50 at 5% = 0.125 → 0.13", rounding: POLICIES.line, tax: "0.13" },
    { title: "half-even: 2.50 at 5% = 0.125 → 0.12", rounding: POLICIES.lineEven, tax: "0.12" },
    {
      title: "half-up on a return: −2.50 at 5% → −0.13",
      rounding: POLICIES.line,
      tax: "-0.13",
      quantity: "-1",
    },
    {
      title: "half-even on a return: −2.50 at 5% → −0.12",
      rounding: POLICIES.lineEven,
      tax: "-0.12",
      quantity: "-1",
    },
  ])("modes: $title", ({ rounding, tax, quantity }) => {
    const output = computeTaxes(
      input({ taxes: [percentTax("t", "5")], lines: [line("a", "2.50", quantity ?? "1")], rounding }),
    );
    expect(output.totals.tax).toBe(tax);
  });

  it.each([
    {
      title: "0.05 CHF: 10.00 at 7.7% = 0.77 → 0.75",
      currency: "CHF",
      increment: "0.05",
      price: "10.00",
      tax: "0.75",
    },
    {
      title: "1 SEK: 99.00 at 12% = 11.88 → 12.00",
      currency: "SEK",
      increment: "1",
      price: "99.00",
      tax: "12.00",
      rate: "12",
    },
    {
      title: "0.001 KWD: 1.234 at 5% = 0.0617 → 0.062",
      currency: "KWD",
      increment: "0.001",
      price: "1.234",
      tax: "0.062",
      rate: "5",
    },
  ])("increments: $title", ({ currency, increment, price, tax, rate }) => {
    const rounding = { ...POLICIES.line, increment };
    const output = checkTaxInvariants(
      computeTaxes(
        input({ currency, rounding, taxes: [percentTax("t", rate ?? "7.7")], lines: [line("a", price)] }),
      ),
    );
    expect(output.totals.tax).toBe(tax);
  });

  it.each([
    {
      title: "default per document: untaxed from the rounded nets (3 × 0.93 = 2.79), total 2.99",
      rounding: POLICIES.document,
      untaxed: "2.79",
      total: "2.99",
    },
    {
      title: "untaxed from the rounded gross: 3.00 − 0.20 = 2.80 and the shelf total 3.00 holds",
      rounding: POLICIES.documentFromGross,
      untaxed: "2.80",
      total: "3.00",
    },
  ])("price-included per document, three lines of 1.00 at 7%: $title", ({ rounding, untaxed, total }) => {
    const lines = ["a", "b", "c"].map((id) => line(id, "1.00"));
    const output = checkTaxInvariants(
      computeTaxes(input({ taxes: [percentTax("vat", "7", { priceIncluded: true })], lines, rounding })),
    );
    // Each line holds 0.065420… of VAT and a net of 0.934579…; the document's VAT 0.196261… → 0.20.
    expect(output.totals).toMatchObject({ tax: "0.20", untaxed, total });
  });

  it.each([
    {
      title: "line amounts rounded first (0.25 each, 5.00 in all) → 0.50",
      documentLineAmounts: "rounded" as const,
      tax: "0.50",
    },
    {
      title: "raw line amounts (0.2525 each, 5.05 in all) → 0.505 → 0.51",
      documentLineAmounts: "raw" as const,
      tax: "0.51",
    },
  ])("per document, twenty lines of 1.01 × 0.25 at 10%: $title", ({ documentLineAmounts, tax }) => {
    const lines = Array.from({ length: 20 }, (_, index) =>
      line(`l${String(index).padStart(2, "0")}`, "1.01", "0.25"),
    );
    const rounding = { ...POLICIES.document, documentLineAmounts };
    const output = checkTaxInvariants(
      computeTaxes(input({ taxes: [percentTax("t", "10")], lines, rounding })),
    );
    expect(output.totals.tax).toBe(tax);
  });

  it("per document spreads the rounding difference by largest remainder in line-id order", () => {
    const lines = Array.from({ length: 10 }, (_, index) => line(`l${index}`, "1.05"));
    const output = computeTaxes(input({ taxes: [percentTax("t", "7")], lines, rounding: POLICIES.document }));
    expect(output.lines.map((entry) => entry.tax)).toEqual([
      "0.08",
      "0.08",
      "0.08",
      "0.08",
      "0.07",
      "0.07",
      "0.07",
      "0.07",
      "0.07",
      "0.07",
    ]);
  });

  it("per line on raw amounts: 0.35 kg at 3.99 = 1.3965, tax 7% on it → 0.10, line shows 1.40", () => {
    const output = computeTaxes(
      input({
        taxes: [percentTax("t", "7")],
        lines: [line("a", "3.99", "0.35")],
        rounding: POLICIES.lineRaw,
      }),
    );
    expect(output.lines[0]).toMatchObject({ lineAmount: "1.40", totalExcluded: "1.40", tax: "0.10" });
  });
});
