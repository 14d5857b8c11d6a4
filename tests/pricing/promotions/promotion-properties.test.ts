import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { PromotionInput, PromotionLineInput } from "../../../src/pricing";
import { line, promote } from "../fixtures";

const SKUS = ["a", "b", "c", "d"];

const lineArbitrary = fc.record({
  sku: fc.constantFrom(...SKUS),
  priceMinor: fc.integer({ min: 1, max: 5_000 }),
  quantity: fc.integer({ min: 1, max: 4 }),
});

const linesArbitrary = fc.array(lineArbitrary, { minLength: 1, maxLength: 8 }).map((rows) =>
  rows.map((row, index) => {
    const price = `${Math.trunc(row.priceMinor / 100)}.${String(row.priceMinor % 100).padStart(2, "0")}`;
    return line(`line-${index}`, price, row.quantity, { sku: row.sku });
  }),
);

/** Promotions for which adding goods can only help the customer (no cheapest-unit rewards). */
const monotonePromotion = fc.oneof(
  fc.record({ percent: fc.integer({ min: 1, max: 100 }), sku: fc.constantFrom(...SKUS) }).map(
    ({ percent, sku }): PromotionInput => ({
      id: `pct-${sku}-${percent}`,
      name: "pct",
      conditions: { items: { skus: [sku] } },
      reward: { type: "percent_off_items", percent: String(percent) },
    }),
  ),
  fc.record({ quantity: fc.integer({ min: 2, max: 4 }), price: fc.integer({ min: 1, max: 30 }) }).map(
    ({ quantity, price }): PromotionInput => ({
      id: `mix-${quantity}-${price}`,
      name: "mix",
      reward: { type: "mix_and_match", quantity, price: `${price}.00` },
    }),
  ),
  fc
    .record({
      buy: fc.integer({ min: 1, max: 3 }),
      get: fc.integer({ min: 1, max: 2 }),
      priority: fc.integer({ min: 0, max: 3 }),
    })
    .map(
      ({ buy, get, priority }): PromotionInput => ({
        id: `bxgy-${buy}-${get}`,
        name: "bxgy",
        priority,
        reward: { type: "buy_x_get_y", buy, get, selection: "grouped-descending" },
      }),
    ),
  fc.record({ amount: fc.integer({ min: 1, max: 20 }), threshold: fc.integer({ min: 0, max: 60 }) }).map(
    ({ amount, threshold }): PromotionInput => ({
      id: `basket-${amount}-${threshold}`,
      name: "basket",
      conditions: { minSubtotal: `${threshold}.00` },
      reward: { type: "fixed_off_basket", amount: `${amount}.00` },
    }),
  ),
  fc.integer({ min: 1, max: 50 }).map(
    (percent): PromotionInput => ({
      id: `bp-${percent}`,
      name: "bp",
      reward: { type: "percent_off_basket", percent: String(percent) },
    }),
  ),
);

const anyPromotion = fc.oneof(
  monotonePromotion,
  fc.integer({ min: 1, max: 100 }).map(
    (percent): PromotionInput => ({
      id: `cheap-${percent}`,
      name: "cheap",
      reward: { type: "percent_off_cheapest_unit", percent: String(percent) },
    }),
  ),
  fc.integer({ min: 1, max: 10 }).map(
    (amount): PromotionInput => ({
      id: `each-${amount}`,
      name: "each",
      reward: { type: "fixed_off_each_unit", amount: `${amount}.00` },
    }),
  ),
  fc.constant<PromotionInput>({ id: "b2g1", name: "b2g1", reward: { type: "buy_x_get_y", buy: 2, get: 1 } }),
  fc.constant<PromotionInput>({
    id: "excl",
    name: "excl",
    mode: { kind: "exclusive" },
    reward: { type: "percent_off_basket", percent: "15" },
  }),
);

const uniqueById = (promotions: PromotionInput[]) => [
  ...new Map(promotions.map((promotion) => [promotion.id, promotion])).values(),
];
const promotionsArbitrary = fc.array(anyPromotion, { maxLength: 5 }).map(uniqueById);

function grossMinor(lines: readonly PromotionLineInput[]): bigint {
  return lines.reduce((total, entry) => total + (entry.net as { minor: bigint }).minor, 0n);
}

describe("counterexamples found by the properties", () => {
  const mix = (quantity: number, price: string): PromotionInput => ({
    id: "mix",
    name: "mix",
    reward: { type: "mix_and_match", quantity, price },
  });
  const basket = (amount: string, threshold: string): PromotionInput => ({
    id: "basket",
    name: "basket",
    conditions: { minSubtotal: threshold },
    reward: { type: "fixed_off_basket", amount },
  });
  const percentOffB = (percent: string): PromotionInput => ({
    id: "pct-b",
    name: "pct",
    conditions: { items: { skus: ["b"] } },
    reward: { type: "percent_off_items", percent },
  });
  const bxgy = (buy: number, get: number): PromotionInput => ({
    id: `bxgy-${buy}-${get}`,
    name: "bxgy",
    reward: { type: "buy_x_get_y", buy, get, selection: "grouped-descending" },
  });

  it.each([
    {
      title: "2.00 + 0.01 with any 2 for 1.00 and 2.00 off from 2.00: skip the mix, pay 0.01",
      lines: [line("line-0", "2.00")],
      added: line("zz", "0.01"),
      promotions: [mix(2, "1.00"), basket("2.00", "2.00")],
      payBefore: "0.00",
      payAfter: "0.01",
    },
    {
      title:
        "13 × 11.69 + 3.31 + 2 × 0.01 with any 4 for 14.00 and 2.00 off from 57.00: three groups, not four",
      lines: [line("line-0", "3.31"), line("line-1", "11.69", 13)],
      added: line("zz", "0.01", 2),
      promotions: [basket("2.00", "57.00"), mix(4, "14.00")],
      payBefore: "55.00",
      payAfter: "55.02",
    },
    {
      title: "buy 2 get 1 and buy 3 get 2 (grouped) on 0.04 × 6, 0.03 × 2, + 2 × 0.01: 3+2 first frees 0.11",
      lines: [line("line-0", "0.03", 2), line("line-1", "0.04", 2), line("line-2", "0.04", 4)],
      added: line("zz", "0.01", 2),
      promotions: [bxgy(2, 1), bxgy(3, 2)],
      payBefore: "0.19",
      payAfter: "0.21",
    },
    {
      title:
        "16.00 b + 0.01 with any 2 for 1.00, 1% off b and 16.00 off from 16.00: give way twice, pay 0.01",
      lines: [line("line-0", "16.00", 1, { sku: "b" })],
      added: line("zz", "0.01", 1, { sku: "a" }),
      // Before: 1% off b (0.16) leaves 15.84, under the threshold; without it the basket gives 16.00.
      // After: the mix (15.01 off) leaves 1.00; without it the 1% is back and still blocks the threshold,
      // so only dropping both reaches 16.00 off: 16.01 − 16.00 = 0.01.
      promotions: [mix(2, "1.00"), percentOffB("1"), basket("16.00", "16.00")],
      payBefore: "0.00",
      payAfter: "0.01",
    },
    {
      title:
        "6.99 a × 4, 6.99 b, 7.00 a × 2 (+ 2 × 0.01 a) with any 3 for 7.00 and 58% off b: the deal leaves b to the 58%",
      lines: [
        line("line-0", "6.99", 1, { sku: "a" }),
        line("line-1", "6.99", 1, { sku: "b" }),
        line("line-2", "6.99", 2, { sku: "a" }),
        line("line-3", "6.99", 1, { sku: "a" }),
        line("line-4", "7.00", 2, { sku: "a" }),
      ],
      added: line("zz", "0.01", 2, { sku: "a" }),
      // Two groups: 7.00 + 7.00 + 6.99 → 13.99 off and three 6.99 a → 13.97 off, with b's 6.99 left to
      // 58% (4.05): 48.95 − 32.01 = 16.94. The 0.01 units add a third group worth less than 58% of b.
      promotions: [mix(3, "7.00"), basket("10.00", "22.00"), percentOffB("58")],
      payBefore: "16.94",
      payAfter: "16.96",
    },
  ])("$title", ({ lines, added, promotions, payBefore, payAfter }) => {
    const pay = (items: PromotionLineInput[]) =>
      (grossMinor(items) - promote(promotions, items).totalDiscount.minor).toString();
    expect([pay(lines), pay([...lines, added])]).toEqual(
      [payBefore, payAfter].map((text) => text.replace(".", "").replace(/^0+(?=\d)/, "")),
    );
  });
});

describe("promotion properties", () => {
  it("each promotion's shares sum to its amount and no line net goes below zero", () => {
    fc.assert(
      fc.property(linesArbitrary, promotionsArbitrary, (lines, promotions) => {
        // Act
        const outcome = promote(promotions, lines);
        // Assert
        for (const applied of outcome.applied)
          expect(applied.shares.reduce((total, share) => total + share.amount.minor, 0n)).toBe(
            applied.amount.minor,
          );
        for (const entry of outcome.lines) expect(entry.net.minor >= 0n).toBe(true);
        expect(outcome.totalDiscount.minor).toBe(
          outcome.applied.reduce((total, applied) => total + applied.amount.minor, 0n),
        );
      }),
      { numRuns: 200 },
    );
  });

  it("line order does not change the total, and pricing is idempotent", () => {
    fc.assert(
      fc.property(
        linesArbitrary.chain((lines) =>
          fc.tuple(
            fc.constant(lines),
            fc.shuffledSubarray(lines, { minLength: lines.length, maxLength: lines.length }),
          ),
        ),
        promotionsArbitrary,
        ([lines, shuffled], promotions) => {
          const first = promote(promotions, lines);
          expect(promote(promotions, shuffled).totalDiscount.minor).toBe(first.totalDiscount.minor);
          expect(JSON.stringify(promote(promotions, lines))).toBe(JSON.stringify(first));
        },
      ),
      { numRuns: 200 },
    );
  });

  it("the solver never does worse than the priority-order greedy baseline", () => {
    fc.assert(
      fc.property(linesArbitrary, promotionsArbitrary, (lines, promotions) => {
        const solver = promote(promotions, lines).solver;
        const greedy = solver?.alternatives.find((alternative) => alternative.label === "priority_greedy");
        if (solver !== undefined && greedy !== undefined)
          expect(solver.discount.minor >= greedy.discount.minor).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it("under best_for_customer adding an item never raises the total by more than its own price", () => {
    fc.assert(
      fc.property(
        linesArbitrary,
        lineArbitrary,
        fc.array(monotonePromotion, { maxLength: 4 }).map(uniqueById),
        (lines, extra, promotions) => {
          const added = line(
            "zz-added",
            `${Math.trunc(extra.priceMinor / 100)}.${String(extra.priceMinor % 100).padStart(2, "0")}`,
            extra.quantity,
            { sku: extra.sku },
          );
          const before = grossMinor(lines) - promote(promotions, lines).totalDiscount.minor;
          const after =
            grossMinor([...lines, added]) - promote(promotions, [...lines, added]).totalDiscount.minor;
          expect(after - before <= grossMinor([added])).toBe(true);
        },
      ),
      { numRuns: 200 },
    );
  });
});
