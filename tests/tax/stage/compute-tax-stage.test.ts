import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  applySaleAction,
  type CatalogItemInput,
  catalogItemSchema,
  catalogSnapshotSchema,
  createSale,
  lineFromCatalogItem,
  type PricedSale,
  type PricingStage,
  priceSale,
  type Sale,
} from "../../../src/core/checkout";
import { applyManualDiscounts } from "../../../src/pricing/stages/apply-manual-discounts";
import { computeTotals } from "../../../src/pricing/stages/compute-totals";
import { resolvePrices } from "../../../src/pricing/stages/resolve-prices";
import {
  computeTax,
  EU_NETHERLANDS_VAT,
  makeComputeTaxStage,
  type TaxConfiguration,
  taxRulesFromConfiguration,
  US_NEW_YORK_CITY,
} from "../../../src/tax";

const NOW = "2026-11-23T12:00:00.000Z";
const LINE_POLICY = { id: "line-half-up", version: 1, scope: "line", mode: "half-up" } as const;
const NL_RULES = taxRulesFromConfiguration(EU_NETHERLANDS_VAT, LINE_POLICY);
const NY_RULES = taxRulesFromConfiguration(US_NEW_YORK_CITY, LINE_POLICY);

const items = (currency: string): CatalogItemInput[] => [
  { sku: "COFFEE", description: "Coffee", unitPrice: { amount: "12.99", currency } },
  { sku: "MILK", description: "Milk", unitPrice: { amount: "7.49", currency }, taxCategory: "reduced" },
  { sku: "LAMP", description: "Lamp", unitPrice: { amount: "10.00", currency }, taxCategory: "general" },
];

function saleOf(currency: string, lines: readonly (readonly [string, string])[], basketOff?: string): Sale {
  const snapshot = catalogSnapshotSchema.parse({
    items: Object.fromEntries(items(currency).map((i) => [i.sku, i])),
  });
  const base = createSale({
    saleId: "s-1",
    storeId: "st",
    registerId: "r",
    cashierId: "e",
    currency,
    at: NOW,
  });
  const sale = lines.reduce((current, [sku, quantity], index) => {
    const item = catalogItemSchema.parse(snapshot.items[sku]);
    const line = lineFromCatalogItem(item, { quantity }, { lineId: `line-${index + 1}`, by: "e", at: NOW });
    return applySaleAction(current, { type: "addLine", line, at: NOW });
  }, base);
  if (basketOff === undefined) return sale;
  return applySaleAction(sale, {
    type: "addManualDiscount",
    discount: {
      discountId: "d-1",
      scope: { kind: "basket" },
      value: { kind: "amount", amount: { amount: basketOff, currency } },
      reason: "test",
      addedBy: "e",
      at: NOW,
    },
    at: NOW,
  });
}

function priceWith(sale: Sale, taxStage: PricingStage, tax: unknown): PricedSale {
  const snapshot = catalogSnapshotSchema.parse({
    items: Object.fromEntries(items(sale.currency).map((i) => [i.sku, i])),
  });
  return priceSale(
    sale,
    { sale, catalog: snapshot, rules: { tax }, now: NOW, policies: { roundingMode: "half-up", refs: [] } },
    [resolvePrices, applyManualDiscounts, taxStage, computeTotals],
  );
}

const taxesOf = (priced: PricedSale) =>
  priced.lines.map((line) => line.taxes.map((tax) => `${tax.taxId} ${tax.rate} ${tax.base} ${tax.amount}`));

describe("computeTax through priceSale (resolvePrices → applyManualDiscounts → computeTax → computeTotals)", () => {
  it.each([
    {
      title:
        "NL 2 × coffee 12.99 (21% incl.) + milk 7.49 (9% incl.): 25.98 → 4.51 tax; 7.49 → 0.62; total 33.47",
      currency: "EUR",
      config: EU_NETHERLANDS_VAT,
      lines: [
        ["COFFEE", "2"],
        ["MILK", "1"],
      ] as const,
      basketOff: undefined,
      taxes: [["nl-vat-21 0.21 21.47 4.51"], ["nl-vat-9 0.09 6.87 0.62"]],
      totals: ["33.47", "5.13", "0.00"],
    },
    {
      title: "NL same basket with 5.00 off (3.88 / 1.12): 22.10 → 3.84; 6.37 → 0.53; total 28.47",
      currency: "EUR",
      config: EU_NETHERLANDS_VAT,
      lines: [
        ["COFFEE", "2"],
        ["MILK", "1"],
      ] as const,
      basketOff: "5.00",
      taxes: [["nl-vat-21 0.21 18.26 3.84"], ["nl-vat-9 0.09 5.84 0.53"]],
      totals: ["28.47", "4.37", "5.00"],
    },
    {
      title: "NYC lamp 10.00 (8.875% excl., rounded once 0.89, split 0.40 / 0.45 / 0.04): total 10.89",
      currency: "USD",
      config: US_NEW_YORK_CITY,
      lines: [["LAMP", "1"]] as const,
      basketOff: undefined,
      taxes: [["us-ny-state 0.04 10.00 0.40", "us-ny-nyc 0.045 10.00 0.45", "us-ny-mctd 0.00375 10.00 0.04"]],
      totals: ["10.89", "0.89", "0.00"],
    },
    {
      title: "NYC 3 lamps with 3.00 off: 27.00 × 8.875% = 2.39625 → 2.40; total 29.40",
      currency: "USD",
      config: US_NEW_YORK_CITY,
      lines: [["LAMP", "3"]] as const,
      basketOff: "3.00",
      taxes: [["us-ny-state 0.04 27.00 1.08", "us-ny-nyc 0.045 27.00 1.22", "us-ny-mctd 0.00375 27.00 0.10"]],
      totals: ["29.40", "2.40", "3.00"],
    },
  ])("$title", ({ currency, config, lines, basketOff, taxes, totals }) => {
    const rules = taxRulesFromConfiguration(config as TaxConfiguration, LINE_POLICY);
    const sale = saleOf(currency, lines, basketOff);
    const lazy = priceWith(sale, computeTax, rules);
    const eager = priceWith(sale, makeComputeTaxStage(rules), undefined);
    expect(taxesOf(lazy)).toEqual(taxes);
    expect([lazy.total, lazy.taxTotal, lazy.discountTotal].map(String)).toEqual(totals);
    expect(eager).toEqual(lazy);
    expect(lazy.policies).toContainEqual({ id: "line-half-up", version: "1" });
  });

  it("prices with the new rate when the same rules object is changed in place", () => {
    const rules = structuredClone(NL_RULES) as { taxes: { rate: string; categories: string[] }[] };
    const sale = saleOf("EUR", [["COFFEE", "1"]]);
    const standard = rules.taxes.find((tax) => tax.categories.includes("standard"));
    if (standard === undefined) throw new Error("the NL rules have a standard rate");
    // 12.99 includes 21%: 12.99 × 21 / 121 = 2.2545 → 2.25.
    expect(priceWith(sale, computeTax, rules).taxTotal.toString()).toBe("2.25");
    standard.rate = "9";
    // 12.99 × 9 / 109 = 1.0726 → 1.07, as a fresh copy of the changed rules gives.
    expect(priceWith(sale, computeTax, rules).taxTotal.toString()).toBe("1.07");
    expect(priceWith(sale, computeTax, structuredClone(rules)).taxTotal.toString()).toBe("1.07");
  });

  it("leaves a sale untaxed when no tax rules are configured", () => {
    const priced = priceWith(saleOf("EUR", [["COFFEE", "1"]]), computeTax, undefined);
    expect([priced.total.toString(), priced.taxTotal.toString()]).toEqual(["12.99", "0.00"]);
  });

  it("keeps the frozen taxes of locked (returned) lines", () => {
    const sale = saleOf("EUR", [["COFFEE", "1"]]);
    const priced = priceWith(sale, computeTax, NL_RULES);
    const frozen = { ...priced.lines[0]!, isLocked: true, taxes: [] };
    const again = computeTax.run(
      { ...priced, lines: [frozen] },
      {
        sale,
        catalog: { items: {} },
        rules: { tax: NL_RULES },
        now: NOW,
        policies: { roundingMode: "half-up", refs: [] },
      },
    );
    expect(again.lines[0]?.taxes).toEqual([]);
  });

  it("throws UNKNOWN_TAX_CATEGORY for a category the rules do not know", () => {
    expect(() => priceWith(saleOf("USD", [["COFFEE", "1"]]), computeTax, NY_RULES)).toThrow(
      expect.objectContaining({ code: "UNKNOWN_TAX_CATEGORY" }),
    );
  });

  it("included VAT never changes the line total, and base + tax = net (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 20 }), fc.integer({ min: 1, max: 20 }), (coffee, milk) => {
        // Arrange
        const sale = saleOf("EUR", [
          ["COFFEE", String(coffee)],
          ["MILK", String(milk)],
        ]);
        // Act
        const priced = priceWith(sale, computeTax, NL_RULES);
        // Assert
        for (const line of priced.lines) {
          const [tax] = line.taxes;
          expect(line.total.minor).toBe(line.net.minor);
          expect((tax?.base.minor ?? 0n) + (tax?.amount.minor ?? 0n)).toBe(line.net.minor);
        }
      }),
      { numRuns: 100 },
    );
  });
});
