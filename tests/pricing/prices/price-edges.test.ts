import { describe, expect, it } from "vitest";
import { isTillError, parseMoney, parseQuantity, pieces, type Quantity } from "../../../src/core";
import {
  compilePriceRules,
  type PriceContextInput,
  type PriceRulesInput,
  resolveUnitPrice,
} from "../../../src/pricing";
import { NOON_MS } from "../fixtures";

/** The code and path of what compiling throws, or "compiled". */
function compileOutcome(input: unknown): unknown {
  try {
    compilePriceRules(input);
    return "compiled";
  } catch (error) {
    return isTillError(error) ? [error.code, error.path] : error;
  }
}

/** One list "l" with a tea entry whose volume tiers start at the given quantities (price 0.90 each). */
function tiered(minQuantities: readonly string[], extra: Record<string, unknown> = {}) {
  return {
    currency: "EUR",
    priceLists: [
      {
        id: "l",
        name: "l",
        entries: [
          { sku: "bread", price: "2.00" },
          {
            sku: "tea",
            price: "1.00",
            volume: {
              mode: "all-units",
              tiers: minQuantities.map((minQuantity) => ({ minQuantity, price: "0.90" })),
            },
            ...extra,
          },
        ],
      },
    ],
  };
}

const TIERS = ["priceLists", 0, "entries", 1, "volume", "tiers"];

describe("compilePriceRules: tiers, prices and their paths", () => {
  it.each([
    { title: "tiers from 5 and 10", tiers: ["5", "10"], expected: "compiled" },
    { title: "tiers from 0.5 and 1", tiers: ["0.5", "1"], expected: "compiled" },
    {
      title: "tiers from 10 and 10.5 (compared at one decimal)",
      tiers: ["10", "10.5"],
      expected: "compiled",
    },
    { title: "a tier from 0", tiers: ["0"], expected: ["INVALID_RULE", [...TIERS, 0, "minQuantity"]] },
    { title: "a tier from −2", tiers: ["-2"], expected: ["INVALID_RULE", [...TIERS, 0, "minQuantity"]] },
    {
      title: "two tiers from 10",
      tiers: ["10", "10"],
      expected: ["INVALID_RULE", [...TIERS, 1, "minQuantity"]],
    },
    {
      title: "tiers from 10 then 9",
      tiers: ["10", "9"],
      expected: ["INVALID_RULE", [...TIERS, 1, "minQuantity"]],
    },
    {
      title: "tiers from 10.5 then 10.25",
      tiers: ["10.5", "10.25"],
      expected: ["INVALID_RULE", [...TIERS, 1, "minQuantity"]],
    },
  ])("$title → $expected", ({ tiers, expected }) => {
    expect(compileOutcome(tiered(tiers))).toEqual(expected);
  });

  it.each([
    {
      title: "an entry price finer than the cent",
      input: tiered(["5"], { price: "1.005" }),
      path: ["priceLists", 0, "entries", 1, "price"],
    },
    {
      title: "a tier price finer than the cent",
      input: {
        ...tiered([]),
        priceLists: [
          {
            id: "l",
            name: "l",
            entries: [
              {
                sku: "tea",
                price: "1.00",
                volume: {
                  mode: "all-units",
                  tiers: [
                    { minQuantity: "5", price: "0.90" },
                    { minQuantity: "10", price: "0.805" },
                  ],
                },
              },
            ],
          },
        ],
      },
      path: ["priceLists", 0, "entries", 0, "volume", "tiers", 1, "price"],
    },
    {
      title: "a sale price finer than the cent",
      input: {
        currency: "EUR",
        salePrices: [
          { id: "ok", sku: "a", price: "1.00", schedule: { validFrom: "2026-11-01T00:00:00Z" } },
          { id: "bad", sku: "a", price: "2.505", schedule: { validFrom: "2026-11-01T00:00:00Z" } },
        ],
      },
      path: ["salePrices", 1, "price"],
    },
  ])("$title is INVALID_RULE at $path", ({ input, path }) => {
    expect(compileOutcome(input)).toEqual(["INVALID_RULE", path]);
  });
});

const RULES: PriceRulesInput = {
  currency: "EUR",
  priceLists: [
    // Entered before the lists that outrank them: the order comes from priority, then id.
    { id: "low", name: "low", priority: 1, entries: [{ sku: "jam", price: "1.50" }] },
    { id: "b-same", name: "b", entries: [{ sku: "oil", price: "1.10" }] },
    { id: "a-same", name: "a", entries: [{ sku: "oil", price: "1.20" }] },
    { id: "c-same", name: "c", entries: [{ sku: "vinegar", price: "2.10" }] },
    { id: "d-same", name: "d", entries: [{ sku: "vinegar", price: "2.20" }] },
    { id: "high", name: "high", priority: 2, entries: [{ sku: "jam", price: "1.40" }] },
    {
      id: "friends",
      name: "friends",
      priority: 5,
      customerGroups: ["staff", "family"],
      entries: [{ sku: "tea", price: "0.50" }],
    },
    { id: "shop", name: "shop", priority: 5, stores: ["s1"], entries: [{ sku: "milk", price: "0.70" }] },
    { id: "web", name: "web", priority: 5, channels: ["web"], entries: [{ sku: "soap", price: "1.70" }] },
    {
      id: "winter",
      name: "winter",
      schedule: { validFrom: "2026-11-01T00:00:00Z" },
      entries: [{ sku: "gloves", price: "9.00" }],
    },
    {
      id: "bulk",
      name: "bulk",
      entries: [
        {
          sku: "nuts",
          price: "1.00",
          volume: {
            mode: "graduated",
            tiers: [
              { minQuantity: "10", price: "0.90" },
              { minQuantity: "20", price: "0.80" },
            ],
          },
        },
        {
          sku: "cheese",
          price: "1.00",
          volume: { mode: "graduated", tiers: [{ minQuantity: "2.5", price: "0.90" }] },
        },
      ],
    },
  ],
  salePrices: [
    { id: "dear", sku: "bread", price: "2.50", schedule: { validFrom: "2026-11-01T00:00:00Z" } },
    { id: "same", sku: "jam", price: "1.40", schedule: { validFrom: "2026-11-01T00:00:00Z" } },
    { id: "cheap", sku: "rice", price: "1.10", schedule: { validFrom: "2026-11-01T00:00:00Z" } },
    { id: "cheaper", sku: "rice", price: "0.95", schedule: { validFrom: "2026-11-01T00:00:00Z" } },
    { id: "gone", sku: "rice", price: "0.50", schedule: { validTo: "2026-11-01T00:00:00Z" } },
  ],
};

interface Row {
  readonly title: string;
  readonly sku: string;
  readonly quantity: Quantity;
  readonly context: Partial<PriceContextInput>;
  /** "unit price / line amount / source kind:ref". */
  readonly expected: string;
}

describe("resolveUnitPrice: list order, restrictions, graduated bands, sale prices", () => {
  it.each<Row>([
    {
      title: "priority 2 beats priority 1",
      sku: "jam",
      quantity: pieces(1),
      context: {},
      expected: "1.40 / 1.40 / price-list:high",
    },
    {
      title: "equal priority: the lower id",
      sku: "oil",
      quantity: pieces(1),
      context: {},
      expected: "1.20 / 1.20 / price-list:a-same",
    },
    {
      title: "equal priority entered in id order: still the lower id",
      sku: "vinegar",
      quantity: pieces(1),
      context: {},
      expected: "2.10 / 2.10 / price-list:c-same",
    },
    {
      title:
        "sale prices 1.10 and 0.95 (and an expired 0.50) under the catalog 0.99 × 3: the lowest live one",
      sku: "rice",
      quantity: pieces(3),
      context: {},
      expected: "0.95 / 2.85 / sale-price:cheaper",
    },
    {
      title: "a list for staff or family, customer in family only",
      sku: "tea",
      quantity: pieces(2),
      context: { customerGroups: ["family"] },
      expected: "0.50 / 1.00 / price-list:friends",
    },
    {
      title: "a store list in its store",
      sku: "milk",
      quantity: pieces(1),
      context: { storeId: "s1" },
      expected: "0.70 / 0.70 / price-list:shop",
    },
    {
      title: "a store list in another store",
      sku: "milk",
      quantity: pieces(1),
      context: { storeId: "s2" },
      expected: "0.99 / 0.99 / catalog:-",
    },
    {
      title: "a store list with no store given",
      sku: "milk",
      quantity: pieces(1),
      context: {},
      expected: "0.99 / 0.99 / catalog:-",
    },
    {
      title: "a channel list on its channel",
      sku: "soap",
      quantity: pieces(1),
      context: { channel: "web" },
      expected: "1.70 / 1.70 / price-list:web",
    },
    {
      title: "a channel list on another channel",
      sku: "soap",
      quantity: pieces(1),
      context: { channel: "pos" },
      expected: "0.99 / 0.99 / catalog:-",
    },
    {
      title: "a channel list with no channel given",
      sku: "soap",
      quantity: pieces(1),
      context: {},
      expected: "0.99 / 0.99 / catalog:-",
    },
    {
      title: "a dated list without time windows is a plain price list",
      sku: "gloves",
      quantity: pieces(1),
      context: {},
      expected: "9.00 / 9.00 / price-list:winter",
    },
    {
      title: "graduated at 12: 9 × 1.00 + 3 × 0.90",
      sku: "nuts",
      quantity: pieces(12),
      context: {},
      expected: "1.00 / 11.70 / tier:bulk",
    },
    {
      title: "graduated at 25: 9 × 1.00 + 10 × 0.90 + 6 × 0.80",
      sku: "nuts",
      quantity: pieces(25),
      context: {},
      expected: "1.00 / 22.80 / tier:bulk",
    },
    {
      title: "graduated by weight at 3 kg: 2.5 kg × 1.00 + 0.5 kg × 0.90",
      sku: "cheese",
      quantity: parseQuantity("3", "kg"),
      context: {},
      expected: "1.00 / 2.95 / tier:bulk",
    },
    {
      title: "a sale price above the catalog price is not taken",
      sku: "bread",
      quantity: pieces(1),
      context: {},
      expected: "0.99 / 0.99 / catalog:-",
    },
    {
      title: "a sale price equal to the list price is not taken",
      sku: "jam",
      quantity: pieces(2),
      context: {},
      expected: "1.40 / 2.80 / price-list:high",
    },
  ])("$title → $expected", ({ sku, quantity, context, expected }) => {
    const resolved = resolveUnitPrice(
      { sku, basePrice: parseMoney("0.99", "EUR"), quantity },
      { rules: compilePriceRules(RULES), atMs: NOON_MS, ...context },
    );
    const { unitPrice, lineAmount, source } = resolved;
    expect(`${unitPrice} / ${lineAmount} / ${source.kind}:${source.ref ?? "-"}`).toBe(expected);
  });

  it("a context that is not valid is INVALID_INPUT under context", () => {
    let caught: unknown;
    try {
      resolveUnitPrice(
        { sku: "jam", basePrice: parseMoney("1.00", "EUR"), quantity: pieces(1) },
        { rules: compilePriceRules(RULES), atMs: 1.5 },
      );
    } catch (error) {
      caught = error;
    }
    expect(isTillError(caught) ? [caught.code, caught.path] : caught).toEqual([
      "INVALID_INPUT",
      ["context", "atMs"],
    ]);
  });
});
