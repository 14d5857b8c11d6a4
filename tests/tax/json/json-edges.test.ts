import { describe, expect, it } from "vitest";
import { parseMoney, parseQuantity } from "../../../src/core";
import {
  compileTaxRules,
  computeTaxes,
  computeTaxesExact,
  formatTaxResult,
  planTaxes,
  type TaxDefinitionInput,
  taxDocumentFromJson,
} from "../../../src/tax";
import { failureOf } from "../../support/till-error-of";
import { input, jurisdiction, line, POLICIES, percentTax } from "../tax-fixtures";

const fixed = (id: string, amount: string): TaxDefinitionInput =>
  ({
    id,
    name: id,
    kind: "fixed",
    amount,
    currency: "USD",
    sequence: 5,
    jurisdiction: jurisdiction(id, "city"),
  }) as TaxDefinitionInput;

describe("computeTaxes: documents from JSON", () => {
  it("refuses a line in another currency at its currency, naming both", () => {
    const lines = [line("a", "1.00"), line("b", "1.00", "1", "standard", { currency: "EUR" })];
    expect(failureOf(() => computeTaxes(input({ taxes: [percentTax("t", "7")], lines })))).toEqual({
      code: "CURRENCY_MISMATCH",
      path: ["lines", 1, "currency"],
      details: { left: "USD", right: "EUR" },
    });
  });

  it("accepts a line that names the document's currency", () => {
    const lines = [line("a", "10.00", "1", "standard", { currency: "USD" })];
    expect(computeTaxes(input({ taxes: [percentTax("t", "7")], lines })).totals.tax).toBe("0.70");
  });

  it.each([
    ["a price finer than the cent", [line("a", "1.001")], ["lines", 0, "unitPrice"]],
    ["a quantity finer than a millionth", [line("a", "1.00", "0.0000001")], ["lines", 0, "quantity"]],
    [
      "a discount finer than the cent",
      [
        line("a", "5.00", "1", "standard", {
          discounts: [
            { source: "s", amount: "0.50" },
            { source: "t", amount: "0.125" },
          ],
        }),
      ],
      ["lines", 0, "discounts", 1, "amount"],
    ],
    ["a line id used twice", [line("a", "1.00"), line("b", "1.00"), line("a", "2.00")], ["lines", 2, "id"]],
  ])("refuses %s at its path", (_title, lines, path) => {
    expect(failureOf(() => computeTaxes(input({ taxes: [percentTax("t", "7")], lines }))).path).toEqual(path);
  });

  it("carries every field of a line into the exact document", () => {
    const shipTo = { jurisdictions: ["B"] };
    const document = taxDocumentFromJson({
      currency: "USD",
      date: "2026-03-01",
      context: { sourcing: "origin", store: { jurisdictions: ["A"] } },
      customer: { id: "c1" },
      lines: [
        {
          id: "a",
          unitPrice: "2.50",
          quantity: "1.5",
          taxCategory: "food",
          kind: "shipping",
          discounts: [{ source: "coupon", amount: "0.25", funding: "manufacturer" }],
          shipTo,
          sourcing: "destination",
        },
      ],
    });
    expect(document).toEqual({
      currency: "USD",
      date: "2026-03-01",
      context: { sourcing: "origin", store: { jurisdictions: ["A"] } },
      customer: { id: "c1" },
      lines: [
        {
          id: "a",
          unitPrice: parseMoney("2.50", "USD"),
          quantity: parseQuantity("1.5"),
          taxCategory: "food",
          kind: "shipping",
          discounts: [{ source: "coupon", funding: "manufacturer", amount: parseMoney("0.25", "USD") }],
          shipTo,
          sourcing: "destination",
        },
      ],
    });
  });
});

describe("formatTaxResult", () => {
  it("writes a fixed tax with no rate, an exemption as null, and every line and total figure", () => {
    const output = computeTaxes(
      input({
        taxes: [
          percentTax("vat", "10", { priceIncluded: true } as Partial<TaxDefinitionInput>),
          fixed("bottle", "0.25"),
        ],
        lines: [
          line("a", "11.00", "2", "standard", {
            discounts: [{ source: "m", amount: "1.00", funding: "manufacturer" }],
          }),
        ],
      }),
    );
    expect(output.exemption).toBeNull();
    const [first] = output.lines;
    expect(first).toMatchObject({
      lineId: "a",
      lineAmount: "22.00",
      manufacturerCoupons: "1.00",
      totalExcluded: "20.00",
      includedTax: "2.00",
      excludedTax: "0.50",
      tax: "2.50",
      totalIncluded: "22.50",
    });
    expect(
      first?.taxes.map((tax) => [tax.taxId, tax.kind, tax.priceIncluded, tax.rate, tax.base, tax.amount]),
    ).toEqual([
      ["vat", "percent", true, "10", "20.00", "2.00"],
      ["bottle", "fixed", false, null, "20.00", "0.50"],
    ]);
    expect(first?.taxes.map((tax) => "split" in tax)).toEqual([false, false]);
    expect(output.taxes.map((tax) => [tax.taxId, tax.rate, tax.base, tax.amount])).toEqual([
      ["vat", "10", "20.00", "2.00"],
      ["bottle", null, "20.00", "0.50"],
    ]);
    expect(
      output.report.map((row) => [row.jurisdiction.id, row.kind, row.rate, row.taxIds, row.amount]),
    ).toEqual([
      ["vat", "percent", "10", ["vat"], "2.00"],
      ["bottle", "fixed", null, ["bottle"], "0.50"],
    ]);
    expect(output.totals).toEqual({
      untaxed: "20.00",
      includedTax: "2.00",
      excludedTax: "0.50",
      tax: "2.50",
      total: "22.50",
      manufacturerCoupons: "1.00",
    });
  });

  it("writes a combined group's split share by share", () => {
    const output = computeTaxes(
      input({
        taxes: [
          percentTax("combined", "0", {
            kind: "group",
            mode: "combined",
            children: ["state", "city"],
          } as Partial<TaxDefinitionInput>),
          percentTax("state", "4", { sequence: 1, jurisdiction: jurisdiction("S", "state") }),
          percentTax("city", "4.5", { sequence: 2, jurisdiction: jurisdiction("C", "city") }),
        ],
        lines: [line("a", "100.00")],
      }),
    );
    expect(output.lines[0]?.taxes[0]?.split).toEqual([
      { taxId: "state", name: "state", jurisdiction: jurisdiction("S", "state"), rate: "4", amount: "4.00" },
      { taxId: "city", name: "city", jurisdiction: jurisdiction("C", "city"), rate: "4.5", amount: "4.50" },
    ]);
  });

  it("writes amounts at the currency's own exponent", () => {
    const rules = compileTaxRules({
      currency: "JPY",
      categories: [{ id: "standard" }],
      taxes: [percentTax("ct", "10")],
      rounding: POLICIES.line,
    });
    const result = formatTaxResult(
      computeTaxesExact(
        planTaxes(rules, {
          currency: "JPY",
          date: "2026-03-01",
          lines: [
            {
              id: "a",
              unitPrice: parseMoney("1000", "JPY"),
              quantity: parseQuantity("1"),
              taxCategory: "standard",
              kind: "item",
              discounts: [],
            },
          ],
        }),
      ),
    );
    expect([result.currency, result.date, result.totals.tax, result.totals.total]).toEqual([
      "JPY",
      "2026-03-01",
      "100",
      "1100",
    ]);
  });
});
