import { describe, expect, it } from "vitest";
import { parseMoney, parseQuantity } from "../../../src/core";
import {
  CANADA_QUEBEC,
  compileTaxRules,
  computeLineTaxesExact,
  computeTaxesExact,
  planTaxes,
  type TaxDocument,
  taxRulesFromConfiguration,
} from "../../../src/tax";
import { POLICIES } from "../tax-fixtures";

const rules = compileTaxRules(taxRulesFromConfiguration(CANADA_QUEBEC, POLICIES.line));

function document(price: string, quantity: string): TaxDocument {
  return {
    currency: "CAD",
    date: "2026-03-01",
    lines: [
      {
        id: "a",
        unitPrice: parseMoney(price, "CAD"),
        quantity: parseQuantity(quantity),
        taxCategory: "general",
        kind: "item",
        discounts: [],
      },
    ],
  };
}

describe("computeTaxesExact: the kernel a pipeline stage calls", () => {
  it.each([
    {
      title: "100.00 × 1 → GST 500, QST 998 minor units",
      price: "100.00",
      quantity: "1",
      amounts: [500n, 998n],
      total: 11498n,
    },
    {
      title: "100.00 × −1 (return) → −500, −998",
      price: "100.00",
      quantity: "-1",
      amounts: [-500n, -998n],
      total: -11498n,
    },
    { title: "0.35 × 3 → GST 5, QST 10", price: "0.35", quantity: "3", amounts: [5n, 10n], total: 120n },
  ])("$title", ({ price, quantity, amounts, total }) => {
    const result = computeTaxesExact(planTaxes(rules, document(price, quantity)));
    expect(result.lines[0]?.taxes.map((tax) => tax.amountMinor)).toEqual(amounts);
    expect(result.totals.totalMinor).toBe(total);
    expect(result.policy).toEqual({ id: "line", version: 1, scope: "line", mode: "half-up" });
  });

  it("reuses one compiled rule set for many documents without touching it", () => {
    const first = computeTaxesExact(planTaxes(rules, document("10.00", "1")));
    const second = computeTaxesExact(planTaxes(rules, document("10.00", "1")));
    expect(second.totals).toEqual(first.totals);
  });

  it("refuses a document in another currency", () => {
    expect(() => planTaxes(rules, { ...document("1.00", "1"), currency: "USD" })).toThrowError(
      expect.objectContaining({ code: "CURRENCY_MISMATCH", path: ["currency"] }),
    );
  });

  it.each(Object.entries(POLICIES))(
    "computeLineTaxesExact gives the same lines alone (%s scope)",
    (_, policy) => {
      const scoped = compileTaxRules(taxRulesFromConfiguration(CANADA_QUEBEC, policy));
      const plan = planTaxes(scoped, document("0.35", "3"));
      const lines = computeLineTaxesExact(plan);
      expect(lines).toEqual(computeTaxesExact(plan).lines);
      // 0.35 × 3 = 1.05: GST 5% = 0.0525 → 5, QST 9.975% = 0.1047 → 10 rounded per line or document; per
      // unit 0.0175 → 0.02 and 0.0349 → 0.03, times three: 6 and 9.
      expect(lines[0]?.taxes.map((tax) => tax.amountMinor)).toEqual(
        policy.scope === "unit" ? [6n, 9n] : [5n, 10n],
      );
    },
  );
});
