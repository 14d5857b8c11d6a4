import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  balanceTenders,
  catalogSnapshotSchema,
  currencyExponent,
  isKnownCurrency,
  makeTenderPolicy,
  priceBasket,
  priceBasketInputSchema,
  priceSale,
  saleCustomerSchema,
  saleSchema,
} from "../../src/core";
import { applyBasketPromotions, applyItemPromotions, promotionRulesSchema } from "../../src/pricing";
import { applyManualDiscounts } from "../../src/pricing/stages/apply-manual-discounts";
import { computeTotals } from "../../src/pricing/stages/compute-totals";
import { resolvePrices } from "../../src/pricing/stages/resolve-prices";
import { compileTaxRules, computeTaxes, computeTaxesInputSchema } from "../../src/tax";
import {
  assertSaleInvariants,
  assertTenderInvariants,
  basketArbitrary,
  catalogArbitrary,
  checkSaleInvariants,
  currencyArbitrary,
  customerArbitrary,
  moneyArbitrary,
  promotionRulesArbitrary,
  quantityArbitrary,
  READY_TAX_CONFIGURATIONS,
  rateArbitrary,
  saleArbitrary,
  saleScenarioArbitrary,
  taxConfigurationArbitrary,
  taxInputArbitrary,
  tenderSequenceArbitrary,
} from "../../src/testing";

const CHEAP = { numRuns: 500 };
const HEAVY = { numRuns: 150 };
const STAGES = [resolvePrices, applyManualDiscounts, computeTotals];

describe("kernel arbitraries", () => {
  it.each([[[0]], [[2]], [[3, 4]]])("should draw only currencies with exponents %j", (exponents) => {
    fc.assert(
      fc.property(currencyArbitrary({ exponents }), (code) => {
        expect(isKnownCurrency(code) && exponents.includes(currencyExponent(code))).toBe(true);
      }),
      CHEAP,
    );
  });

  it.each([
    ["EUR", 0n, 100n],
    ["JPY", -50n, 50n],
    ["KWD", 1n, 10_000_000n],
  ])("should draw %s money between %s and %s minor units", (currency, minMinor, maxMinor) => {
    fc.assert(
      fc.property(moneyArbitrary({ currency, minMinor, maxMinor }), (money) => {
        expect(money.currency === currency && money.minor >= minMinor && money.minor <= maxMinor).toBe(true);
      }),
      CHEAP,
    );
  });

  it.each([
    ["each", 0n],
    ["kg", 1_000n],
    ["l", 10_000n],
  ] as const)("should draw positive %s quantities in steps of %s millionths", (unit, step) => {
    const decimals = unit === "l" ? 2 : 3;
    fc.assert(
      fc.property(quantityArbitrary({ unit, decimals }), (quantity) => {
        const modulus = step === 0n ? 1_000_000n : step;
        expect(
          quantity.millionths > 0n && quantity.millionths % modulus === 0n && quantity.unit === unit,
        ).toBe(true);
      }),
      CHEAP,
    );
  });

  it("should draw percentages that are short decimal strings within bounds", () => {
    fc.assert(
      fc.property(rateArbitrary({ maxPercent: 25, allowZero: false }), (text) => {
        expect(text).toMatch(/^(?:[1-9]\d*|0)(?:\.\d*[1-9])?$/);
        expect(text !== "0" && Number(text) <= 25).toBe(true);
      }),
      CHEAP,
    );
  });

  it("should draw customers that pass the sale customer schema", () => {
    fc.assert(
      fc.property(customerArbitrary(), (customer) => {
        expect(saleCustomerSchema.parse(customer)).toEqual(customer);
      }),
      CHEAP,
    );
  });
});

describe("catalog, basket and sale arbitraries", () => {
  it.each(["EUR", "JPY", "BHD"])("should draw %s catalogs that pass the catalog schema", (currency) => {
    fc.assert(
      fc.property(catalogArbitrary({ currency, size: { min: 1, max: 6 } }), (catalog) => {
        const parsed = catalogSnapshotSchema.parse(catalog);
        expect(Object.values(parsed.items).every((item) => item.unitPrice.currency === currency)).toBe(true);
      }),
      HEAVY,
    );
  });

  it("should draw baskets that pass the schema and price into sales that add up", () => {
    fc.assert(
      fc.property(basketArbitrary(), (basket) => {
        priceBasketInputSchema.parse(basket);
        const priced = priceBasket(basket, STAGES);
        expect(priced.lines).toHaveLength(basket.lines.length);
      }),
      HEAVY,
    );
  });

  it("should draw sales built by the reducer that pass the sale schema and price consistently", () => {
    fc.assert(
      fc.property(saleArbitrary(), ({ sale, catalog }) => {
        saleSchema.parse(sale);
        const context = {
          sale,
          catalog,
          rules: {},
          now: sale.createdAt,
          policies: { roundingMode: "half-up" as const, refs: [] },
        };
        assertSaleInvariants(priceSale(sale, context, STAGES));
      }),
      HEAVY,
    );
  });

  it("should draw whole scenarios whose sale, tenders and return all hold", () => {
    const policy = makeTenderPolicy({ currency: "EUR" });
    fc.assert(
      fc.property(saleScenarioArbitrary(), (scenario) => {
        expect(checkSaleInvariants(scenario.priced)).toEqual([]);
        const balance = balanceTenders(scenario.priced.total, scenario.tenders, policy);
        assertTenderInvariants({ tenders: scenario.tenders, balance, policy, expectFullyPaid: true });
        expect(scenario.sale.status).toBe("completed");
        if (scenario.returned !== undefined) {
          expect(checkSaleInvariants(scenario.returned.priced)).toEqual([]);
          expect(scenario.returned.priced.total.minor <= 0n).toBe(true);
        }
      }),
      HEAVY,
    );
  });
});

describe("tax and tender arbitraries", () => {
  it.each([...Object.keys(READY_TAX_CONFIGURATIONS), "generated"])(
    "should draw %s tax configurations that compile",
    (jurisdiction) => {
      fc.assert(
        fc.property(taxConfigurationArbitrary({ jurisdiction }), (configuration) => {
          expect(compileTaxRules(configuration.rules)).toBeDefined();
        }),
        { numRuns: 50 },
      );
    },
  );

  it("should draw computeTaxes inputs that pass the schema and compute", () => {
    fc.assert(
      fc.property(taxInputArbitrary(), (input) => {
        computeTaxesInputSchema.parse(input);
        expect(computeTaxes(input).lines).toHaveLength(input.lines.length);
      }),
      HEAVY,
    );
  });

  it("should draw tender sequences that pay the total in full", () => {
    const policy = makeTenderPolicy({ currency: "EUR" });
    fc.assert(
      fc.property(
        moneyArbitrary({ minMinor: 0n }).chain((total) =>
          fc.tuple(fc.constant(total), tenderSequenceArbitrary(total)),
        ),
        ([total, tenders]) => {
          const balance = balanceTenders(total, tenders, policy);
          assertTenderInvariants({ tenders, balance, policy, expectFullyPaid: true });
        },
      ),
      CHEAP,
    );
  });
});

describe("promotion rule arbitraries", () => {
  const stages = [
    resolvePrices,
    applyItemPromotions,
    applyBasketPromotions,
    applyManualDiscounts,
    computeTotals,
  ];

  it("should draw promotion rule sets that pass the schema and price a basket without error", () => {
    fc.assert(
      fc.property(
        basketArbitrary({ size: { min: 1, max: 5 } }),
        promotionRulesArbitrary(),
        (basket, promotions) => {
          promotionRulesSchema.parse(promotions);
          const priced = priceBasket({ ...basket, rules: { promotions } }, stages);
          expect(priced.lines).toHaveLength(basket.lines.length);
        },
      ),
      HEAVY,
    );
  });
});
