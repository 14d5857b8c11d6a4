/**
 * Pricing benchmarks: the best-deal solver on 50 lines with 20 competing item promotions (budget 5 ms),
 * against the greedy baseline (each deal in priority order, as often as it fits) measured in the same run;
 * and `priceBasket` end to end (JSON in, JSON out, default stages: prices, 10 item promotions, manual line
 * discounts, tax with included and excluded rates, totals) on 10, 100 and 1,000 lines, against the first
 * version of the same function (the sale built one reducer call per line and discount, the result turned
 * into JSON through text) with the same stages, in the same run.
 */

import { moneyFromMinor, pieces } from "../../src/core";
import { defaultStages, priceBasket } from "../../src/index";
import {
  compilePromotionRules,
  evaluatePromotions,
  type PromotionInput,
  type PromotionLineInput,
} from "../../src/pricing";
import { buildSolverInput } from "../../src/pricing/promotions/build-solver-input";
import { toWorkingLines } from "../../src/pricing/promotions/working-line";
import { solveBestDeal } from "../../src/pricing/solver/solve-best-deal";
import { priceBasketPerAction } from "../../tests/core/pipeline/per-action-basket";
import type { BenchCase, BenchGroup } from "../harness";
import { benchLines as basketLines, tillkitInput } from "../peers/basket";

const CATEGORIES = ["bakery", "dairy", "drinks", "snacks", "produce"];

/** 50 lines over five categories, 1–3 pieces each, prices from 0.79 to 12.49 (deterministic). */
export function benchLines(): PromotionLineInput[] {
  return Array.from({ length: 50 }, (_, index) => {
    const minor = 79n + BigInt((index * 237) % 1170);
    const quantity = 1 + (index % 3);
    return {
      lineId: `line-${String(index).padStart(2, "0")}`,
      sku: `sku-${index}`,
      category: CATEGORIES[index % CATEGORIES.length] as string,
      tags: index % 4 === 0 ? ["promo"] : [],
      unitPrice: moneyFromMinor(minor, "EUR"),
      quantity: pieces(quantity),
      net: moneyFromMinor(minor * BigInt(quantity), "EUR"),
    };
  });
}

/** 20 item promotions that compete for the same units: BXGY, mix and match, bundles and percent offers. */
export function benchPromotions(): PromotionInput[] {
  return Array.from({ length: 20 }, (_, index): PromotionInput => {
    const category = CATEGORIES[index % CATEGORIES.length] as string;
    const other = CATEGORIES[(index + 1) % CATEGORIES.length] as string;
    const id = `promo-${String(index).padStart(2, "0")}`;
    const base = { id, name: id, priority: index % 4 };
    switch (index % 4) {
      case 0:
        return {
          ...base,
          conditions: { items: { categories: [category] } },
          reward: { type: "buy_x_get_y", buy: 2, get: 1 },
        };
      case 1:
        return {
          ...base,
          conditions: { items: { categories: [category, other] } },
          reward: { type: "mix_and_match", quantity: 3, price: "9.99" },
        };
      case 2:
        return {
          ...base,
          reward: {
            type: "bundle_price",
            components: [{ categories: [category] }, { categories: [other] }],
            price: "7.50",
          },
        };
      default:
        return {
          ...base,
          conditions: { items: { categories: [category] } },
          reward: { type: "percent_off_items", percent: String(5 + index) },
        };
    }
  });
}

/** `priceBasket` on `lineCount` lines with 10 item promotions; the 100-line case has a 1 ms budget. */
function priceBasketCase(lineCount: number): BenchCase {
  const input = tillkitInput(basketLines(lineCount), 10);
  return {
    name: `priceBasket ${lineCount.toLocaleString("en-US")} lines + 10 promotions + tax`,
    run: () => priceBasket(input),
    baseline: {
      name: "per-action build",
      run: () => priceBasketPerAction(input, defaultStages),
    },
    ...(lineCount === 100 ? { budgetNs: 1_000_000 } : {}),
    unitsPerRun: { count: lineCount, label: "lines" },
  };
}

/** The bench cases (read by bench/run.ts). */
export function benchGroups(): BenchGroup[] {
  const lines = benchLines();
  const rules = compilePromotionRules({ currency: "EUR", promotions: benchPromotions() });
  const working = toWorkingLines(
    lines.map((entry) => ({ ...entry, tags: entry.tags ?? [], isPriceOverridden: false })),
  );
  const input = buildSolverInput(working, rules.promotions);
  const context = { atMs: Date.parse("2026-11-23T12:00:00Z") };
  // The discounts each finds, printed in the case names so speed and quality read side by side.
  const alternatives = evaluatePromotions(rules, lines, context).solver?.alternatives ?? [];
  const found = (label: string) =>
    alternatives.find((entry) => entry.label === label)?.discount.toString() ?? "?";
  return [
    {
      title: "pricing: best-deal solver",
      cases: [
        {
          name: `solver, 50 lines × 20 competing promotions (${found("chosen")} off)`,
          run: () => solveBestDeal(input.units, input.deals, input.offers),
          baseline: {
            name: `greedy (${found("priority_greedy")} off)`,
            run: () => solveBestDeal(input.units, input.deals, input.offers, { isGreedy: true }),
          },
          budgetNs: 5_000_000,
          unitsPerRun: { count: 50, label: "lines" },
        },
        {
          name: "full promotion evaluation (explanation included), 50 × 20",
          run: () => evaluatePromotions(rules, lines, context),
          unitsPerRun: { count: 50, label: "lines" },
        },
      ],
    },
    {
      title: "pricing: priceBasket end to end",
      cases: [10, 100, 1_000].map(priceBasketCase),
    },
  ];
}
