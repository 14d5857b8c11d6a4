import { describe, expect, it } from "vitest";
import { computeTaxes } from "../../../src/tax";
import {
  checkTaxInvariants,
  input,
  jurisdiction,
  line,
  negateText,
  POLICIES,
  percentTax,
} from "../tax-fixtures";

const tenLines = Array.from({ length: 10 }, (_, index) => line(`l${index}`, "1.05"));
const odooLines = [line("a", "12.12", "12.12"), line("b", "12.12", "12.12")];

describe("computeTaxes: the worked examples", () => {
  it.each([
    {
      title: "52.50 with 12% included → tax 5.63, base 46.87",
      given: input({
        taxes: [percentTax("vat", "12", { priceIncluded: true })],
        lines: [line("a", "52.50")],
      }),
      tax: "5.63",
      untaxed: "46.87",
      total: "52.50",
    },
    {
      title: "JPY 27000 with 19% included → tax 4311, base 22689",
      given: input({
        currency: "JPY",
        taxes: [percentTax("vat", "19", { priceIncluded: true })],
        lines: [line("a", "27000")],
      }),
      tax: "4311",
      untaxed: "22689",
      total: "27000",
    },
    {
      title: "ten lines of 1.05 at 7% excluded, per-line rounding → 11.20",
      given: input({ taxes: [percentTax("t", "7")], lines: tenLines }),
      tax: "0.70",
      untaxed: "10.50",
      total: "11.20",
    },
    {
      title: "ten lines of 1.05 at 7% excluded, per-document rounding → 11.24",
      given: input({ taxes: [percentTax("t", "7")], lines: tenLines, rounding: POLICIES.document }),
      tax: "0.74",
      untaxed: "10.50",
      total: "11.24",
    },
    {
      title: "100.00 in Québec, GST 5% and QST 9.975% in parallel → 114.98",
      given: input({
        taxes: [percentTax("gst", "5", { sequence: 1 }), percentTax("qst", "9.975", { sequence: 2 })],
        lines: [line("a", "100.00")],
      }),
      tax: "14.98",
      untaxed: "100.00",
      total: "114.98",
    },
    {
      title: "100.00 in Québec 2012, QST 9.5% on price plus GST → 114.98",
      given: input({
        taxes: [
          percentTax("gst", "5", { sequence: 1 }),
          percentTax("qst", "9.5", { sequence: 2, base: "net-plus-prior-taxes" }),
        ],
        lines: [line("a", "100.00")],
      }),
      tax: "14.98",
      untaxed: "100.00",
      total: "114.98",
    },
    {
      title: "two 10% included on 100.00 → 8.33 + 8.33, base 83.34",
      given: input({
        taxes: [
          percentTax("a", "10", { priceIncluded: true }),
          percentTax("b", "10", { priceIncluded: true }),
        ],
        lines: [line("x", "100.00")],
      }),
      tax: "16.66",
      untaxed: "83.34",
      total: "100.00",
    },
    {
      title: "two lines of 12.12 × 12.12 at 23%, per document → 67.57",
      given: input({ taxes: [percentTax("t", "23")], lines: odooLines, rounding: POLICIES.document }),
      tax: "67.57",
      untaxed: "293.78",
      total: "361.35",
    },
    {
      title: "two lines of 12.12 × 12.12 at 23%, per line on raw line amounts → 33.79 each, 67.58",
      given: input({ taxes: [percentTax("t", "23")], lines: odooLines, rounding: POLICIES.lineRaw }),
      tax: "67.58",
      untaxed: "293.78",
      total: "361.36",
    },
    {
      title: "two lines of 12.12 × 12.12 at 23%, per line on rounded line amounts (146.89) → 33.78 each",
      given: input({ taxes: [percentTax("t", "23")], lines: odooLines }),
      tax: "67.56",
      untaxed: "293.78",
      total: "361.34",
    },
  ])("$title", ({ given, tax, untaxed, total }) => {
    const output = checkTaxInvariants(computeTaxes(given));
    expect(output.totals).toMatchObject({ tax, untaxed, total });
  });

  it.each([
    {
      title: "10% + 10% included: the first is 8.33 on a base of 83.34",
      taxId: "a",
      amount: "8.33",
      base: "83.34",
    },
    {
      title: "10% + 10% included: the second is 8.33 on a base of 83.34",
      taxId: "b",
      amount: "8.33",
      base: "83.34",
    },
  ])("$title", ({ taxId, amount, base }) => {
    const output = computeTaxes(
      input({
        taxes: [
          percentTax("a", "10", { priceIncluded: true }),
          percentTax("b", "10", { priceIncluded: true }),
        ],
        lines: [line("x", "100.00")],
      }),
    );
    expect(output.lines[0]?.taxes.find((tax) => tax.taxId === taxId)).toMatchObject({ amount, base });
  });

  it.each([
    {
      title: "per line on raw amounts: 33.79 on each line",
      rounding: POLICIES.lineRaw,
      amounts: ["33.79", "33.79"],
    },
    {
      title: "per document: 33.79 + 33.78, spread so the lines sum to 67.57",
      rounding: POLICIES.document,
      amounts: ["33.79", "33.78"],
    },
  ])("Odoo's 12.12 × 12.12 at 23%, $title", ({ rounding, amounts }) => {
    const output = checkTaxInvariants(
      computeTaxes(input({ taxes: [percentTax("t", "23")], lines: odooLines, rounding })),
    );
    expect(output.lines.map((entry) => entry.tax)).toEqual(amounts);
  });
});

describe("computeTaxes: returns mirror sales", () => {
  const nyc = [
    percentTax("state", "4", { sequence: 1 }),
    percentTax("city", "4.5", { sequence: 2 }),
    percentTax("mctd", "0.375", { sequence: 3 }),
  ];
  const vat = [percentTax("vat", "19", { priceIncluded: true })];
  it.each([
    { title: "per line: one unit of 19.99 returned", taxes: nyc, rounding: POLICIES.line, unit: "19.99" },
    { title: "per unit: one unit of 19.99 returned", taxes: nyc, rounding: POLICIES.unit, unit: "19.99" },
    {
      title: "per line, price-included: one unit of 5.00 returned",
      taxes: vat,
      rounding: POLICIES.line,
      unit: "5.00",
    },
    {
      title: "per document: one unit of 0.99 returned",
      taxes: nyc,
      rounding: POLICIES.document,
      unit: "0.99",
    },
  ])("$title → exactly minus one unit's tax at sale", ({ taxes, rounding, unit }) => {
    const oneUnit = computeTaxes(input({ taxes, rounding, lines: [line("s", unit, "1")] }));
    const returned = checkTaxInvariants(
      computeTaxes(input({ taxes, rounding, lines: [line("r", unit, "-1")] })),
    );
    expect(returned.lines[0]?.taxes.map((tax) => tax.amount)).toEqual(
      oneUnit.lines[0]?.taxes.map((tax) => negateText(tax.amount)),
    );
    expect(returned.totals.total).toBe(negateText(oneUnit.totals.total));
  });

  it("per unit: three sold at 19.99 carry three times one unit's tax", () => {
    const three = computeTaxes(
      input({ taxes: nyc, rounding: POLICIES.unit, lines: [line("s", "19.99", "3")] }),
    );
    // 19.99 × 4% = 0.7996 → 0.80; × 4.5% = 0.89955 → 0.90; × 0.375% = 0.0749625 → 0.07; per unit 1.77.
    expect(three.lines[0]?.taxes.map((tax) => tax.amount)).toEqual(["2.40", "2.70", "0.21"]);
  });
});

describe("computeTaxes: the result", () => {
  it.each([
    { title: "line policy", rounding: POLICIES.line },
    { title: "document policy", rounding: POLICIES.document },
  ])("stamps the $title id and version", ({ rounding }) => {
    const output = computeTaxes(
      input({ taxes: [percentTax("t", "7")], lines: [line("a", "1.00")], rounding }),
    );
    expect(output.policy).toEqual({
      id: rounding.id,
      version: rounding.version,
      scope: rounding.scope,
      mode: rounding.mode,
    });
  });

  it("writes money as decimal strings and survives JSON", () => {
    const output = computeTaxes(input({ taxes: [percentTax("t", "7")], lines: [line("a", "1.00")] }));
    expect(JSON.parse(JSON.stringify(output))).toEqual(output);
    expect(output.lines[0]?.taxes[0]).toMatchObject({
      jurisdiction: jurisdiction("t"),
      rate: "7",
      base: "1.00",
      amount: "0.07",
    });
  });

  it("explains why a tax applied: category, jurisdiction and sourcing", () => {
    const output = computeTaxes(
      input({ taxes: [percentTax("t", "7", { categories: ["standard"] })], lines: [line("a", "1.00")] }),
    );
    expect(output.lines[0]?.taxes[0]?.rule).toEqual({
      category: "standard",
      jurisdictionId: "t",
      sourcing: "unsourced",
    });
  });
});
