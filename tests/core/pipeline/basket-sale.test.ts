import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseWith } from "../../../src/core/errors/from-zod";
import { basketSale } from "../../../src/core/pipeline/basket-sale";
import {
  type PriceBasketInput,
  priceBasket,
  priceBasketInputSchema,
} from "../../../src/core/pipeline/price-basket";
import { defaultStages } from "../../../src/index";
import { basketVariants } from "./basket-variants";
import { perActionBasketSale, priceBasketPerAction } from "./per-action-basket";

/** The result, or the error's code, path and message: what a caller of either way can observe. */
function outcome<T>(run: () => T): { value: T } | { error: unknown } {
  try {
    return { value: run() };
  } catch (error) {
    if (!(error instanceof Error)) throw error;
    const { code, path, details } = error as Error & { code?: string; path?: unknown; details?: unknown };
    return { error: { type: error.constructor.name, code, path, details, message: error.message } };
  }
}

function isDeepFrozen(value: unknown): boolean {
  if (typeof value !== "object" || value === null) return true;
  const isPlain = Array.isArray(value) || Object.getPrototypeOf(value) === Object.prototype;
  if (!isPlain) return true;
  return Object.isFrozen(value) && Object.values(value).every(isDeepFrozen);
}

const money = (amount: string) => ({ amount, currency: "EUR" });
const catalog = {
  items: {
    A: { sku: "A", description: "Apple", unitPrice: money("0.50") },
    B: { sku: "B", description: "Bread", unitPrice: money("2.40") },
  },
};
const base = { currency: "EUR", date: "2026-11-23T12:00:00Z", catalog };

describe("basketSale", () => {
  it.each([
    { title: "two lines", lines: [{ sku: "A", quantity: "3" }, { sku: "B" }], manualDiscounts: [] },
    {
      title: "an override and a line discount",
      lines: [{ sku: "A", quantity: "2", unitPrice: money("0.40") }],
      manualDiscounts: [
        {
          scope: { kind: "line" as const, lineId: "line-1" },
          value: { kind: "amount" as const, amount: money("0.80") },
          reason: "r",
        },
      ],
    },
    {
      title: "a discount above the overridden line",
      lines: [{ sku: "A", quantity: "2", unitPrice: money("0.40") }],
      manualDiscounts: [
        {
          scope: { kind: "line" as const, lineId: "line-1" },
          value: { kind: "amount" as const, amount: money("0.81") },
          reason: "r",
        },
      ],
    },
    {
      title: "a repeated line id",
      lines: [
        { sku: "A", lineId: "x" },
        { sku: "B", lineId: "x" },
      ],
      manualDiscounts: [],
    },
    { title: "an unknown SKU", lines: [{ sku: "A" }, { sku: "Z" }], manualDiscounts: [] },
  ])("$title: the one-pass sale equals the per-action sale", ({ lines, manualDiscounts }) => {
    const valid = parseWith(priceBasketInputSchema, { ...base, lines, manualDiscounts });
    expect(outcome(() => basketSale(valid))).toEqual(outcome(() => perActionBasketSale(valid)));
  });

  it("builds the same deeply frozen sale as one reducer call per action, or the same error", () => {
    fc.assert(
      fc.property(basketVariants(), (input) => {
        const valid = parseWith(priceBasketInputSchema, input);
        const fast = outcome(() => basketSale(valid));
        expect(fast).toEqual(outcome(() => perActionBasketSale(valid)));
        if ("value" in fast) expect(isDeepFrozen(fast.value)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it("prices every basket exactly as the per-action build does (default stages)", () => {
    fc.assert(
      fc.property(basketVariants(), (input: PriceBasketInput) => {
        expect(outcome(() => priceBasket(input, defaultStages))).toEqual(
          outcome(() => priceBasketPerAction(input, defaultStages)),
        );
      }),
      { numRuns: 200 },
    );
  });
});
