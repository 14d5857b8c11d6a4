import { describe, expect, it } from "vitest";
import { isTillError, parseMoney, parseQuantity, pieces } from "../../../src/core";
import { compilePriceRules, type PriceRulesInput, resolveUnitPrice } from "../../../src/pricing";
import { NOON_MS } from "../fixtures";

const rules: PriceRulesInput = {
  currency: "EUR",
  priceLists: [
    {
      id: "staff",
      name: "Staff",
      priority: 5,
      customerGroups: ["staff"],
      entries: [{ sku: "tea", price: "0.80" }],
    },
    {
      id: "volume",
      name: "Volume",
      entries: [
        {
          sku: "tea",
          price: "1.00",
          volume: {
            mode: "all-units",
            tiers: [
              { minQuantity: "10", price: "0.90" },
              { minQuantity: "20", price: "0.80" },
            ],
          },
        },
        {
          sku: "nuts",
          price: "1.00",
          volume: { mode: "graduated", tiers: [{ minQuantity: "10", price: "0.90" }] },
        },
      ],
    },
    {
      id: "happy",
      name: "Happy hour",
      priority: 9,
      schedule: { timeWindows: [{ days: ["mon"], from: "17:00", to: "19:00" }] },
      entries: [{ sku: "beer", price: "2.50" }],
    },
  ],
  salePrices: [
    {
      id: "xmas",
      sku: "cake",
      price: "3.00",
      schedule: { validFrom: "2026-11-20T00:00:00Z", validTo: "2026-12-27T00:00:00Z" },
    },
  ],
};

const compiled = compilePriceRules(rules);
const base = (price: string) => parseMoney(price, "EUR");

describe("resolveUnitPrice", () => {
  it.each([
    {
      title: "no rule: the catalog price",
      sku: "bread",
      price: "2.00",
      quantity: pieces(1),
      context: {},
      unit: "2.00",
      amount: "2.00",
      kind: "catalog",
    },
    {
      title: "volume list below the first tier",
      sku: "tea",
      price: "1.20",
      quantity: pieces(9),
      context: {},
      unit: "1.00",
      amount: "9.00",
      kind: "price-list",
    },
    {
      title: "all-units tier at 12 pieces: 12 × 0.90",
      sku: "tea",
      price: "1.20",
      quantity: pieces(12),
      context: {},
      unit: "0.90",
      amount: "10.80",
      kind: "tier",
    },
    {
      title: "all-units tier at 20 pieces: 20 × 0.80",
      sku: "tea",
      price: "1.20",
      quantity: pieces(20),
      context: {},
      unit: "0.80",
      amount: "16.00",
      kind: "tier",
    },
    {
      title: "graduated at 12 pieces: 9 × 1.00 + 3 × 0.90",
      sku: "nuts",
      price: "1.20",
      quantity: pieces(12),
      context: {},
      unit: "1.00",
      amount: "11.70",
      kind: "tier",
    },
    {
      title: "staff group list wins by priority",
      sku: "tea",
      price: "1.20",
      quantity: pieces(12),
      context: { customerGroups: ["staff"] },
      unit: "0.80",
      amount: "9.60",
      kind: "price-list",
    },
    {
      title: "happy hour on Monday 17:30 Amsterdam",
      sku: "beer",
      price: "4.00",
      quantity: pieces(2),
      context: { atMs: Date.parse("2026-11-23T16:30:00Z"), timeZone: "Europe/Amsterdam" },
      unit: "2.50",
      amount: "5.00",
      kind: "time-window",
    },
    {
      title: "no happy hour at noon",
      sku: "beer",
      price: "4.00",
      quantity: pieces(2),
      context: { timeZone: "Europe/Amsterdam" },
      unit: "4.00",
      amount: "8.00",
      kind: "catalog",
    },
    {
      title: "dated sale price when lower",
      sku: "cake",
      price: "4.50",
      quantity: pieces(1),
      context: {},
      unit: "3.00",
      amount: "3.00",
      kind: "sale-price",
    },
    {
      title: "sale price outside its dates",
      sku: "cake",
      price: "4.50",
      quantity: pieces(1),
      context: { atMs: Date.parse("2027-01-05T12:00:00Z") },
      unit: "4.50",
      amount: "4.50",
      kind: "catalog",
    },
    {
      title: "weighed: 0.350 kg at 3.99 rounds once to 1.40",
      sku: "cheese",
      price: "3.99",
      quantity: parseQuantity("0.350", "kg"),
      context: {},
      unit: "3.99",
      amount: "1.40",
      kind: "catalog",
    },
  ])("$title → $unit / $amount ($kind)", ({ sku, price, quantity, context, unit, amount, kind }) => {
    const resolved = resolveUnitPrice(
      { sku, basePrice: base(price), quantity },
      { rules: compiled, atMs: NOON_MS, ...context },
    );
    expect([resolved.unitPrice.toString(), resolved.lineAmount.toString(), resolved.source.kind]).toEqual([
      unit,
      amount,
      kind,
    ]);
  });

  it.each([
    {
      title: "tiers out of order",
      input: {
        currency: "EUR",
        priceLists: [
          {
            id: "l",
            name: "l",
            entries: [
              {
                sku: "a",
                price: "1.00",
                volume: {
                  mode: "all-units",
                  tiers: [
                    { minQuantity: "10", price: "0.9" },
                    { minQuantity: "5", price: "0.8" },
                  ],
                },
              },
            ],
          },
        ],
      },
      path: ["priceLists", 0, "entries", 0, "volume", "tiers", 1, "minQuantity"],
    },
    {
      title: "negative price",
      input: {
        currency: "EUR",
        priceLists: [{ id: "l", name: "l", entries: [{ sku: "a", price: "-1.00" }] }],
      },
      path: ["priceLists", 0, "entries", 0, "price"],
    },
    {
      title: "window ending before it starts",
      input: {
        currency: "EUR",
        salePrices: [
          {
            id: "s",
            sku: "a",
            price: "1.00",
            schedule: { timeWindows: [{ days: ["mon"], from: "10:00", to: "09:00" }] },
          },
        ],
      },
      path: ["salePrices", 0, "schedule", "timeWindows", 0, "to"],
    },
  ])("rejects $title with INVALID_RULE at its path", ({ input, path }) => {
    let caught: unknown;
    try {
      compilePriceRules(input);
    } catch (error) {
      caught = error;
    }
    expect(isTillError(caught) ? [caught.code, caught.path] : caught).toEqual(["INVALID_RULE", path]);
  });
});
