import { describe, expect, it } from "vitest";
import type { PromotionInput } from "../../../src/pricing";
import { line, lineDiscounts, promote } from "../fixtures";

const three = [line("a", "3.35"), line("b", "3.35"), line("c", "3.35")];

describe("worked examples (default rules, half-up)", () => {
  it.each([
    {
      title: "10% off each of three lines at 3.35 (item, rounded per line) → 0.34 + 0.34 + 0.34 = 1.02",
      promotion: { id: "p", name: "10% items", reward: { type: "percent_off_items", percent: "10" } },
      lines: three,
      total: "1.02",
      shares: [["0.34"], ["0.34"], ["0.34"]],
    },
    {
      title: "10% off the basket of 10.05 (rounded once) → 1.01 allocated 0.34 / 0.34 / 0.33",
      promotion: { id: "p", name: "10% basket", reward: { type: "percent_off_basket", percent: "10" } },
      lines: three,
      total: "1.01",
      shares: [["0.34"], ["0.34"], ["0.33"]],
    },
    {
      title: "10.00 off lines 12.99, 7.49, 3.50 → 5.42, 3.12, 1.46",
      promotion: { id: "p", name: "10 off", reward: { type: "fixed_off_basket", amount: "10.00" } },
      lines: [line("a", "12.99"), line("b", "7.49"), line("c", "3.50")],
      total: "10.00",
      shares: [["5.42"], ["3.12"], ["1.46"]],
    },
  ] satisfies {
    title: string;
    promotion: PromotionInput;
    lines: unknown[];
    total: string;
    shares: string[][];
  }[])("$title", ({ promotion, lines, total, shares }) => {
    const outcome = promote([promotion], lines as typeof three);
    expect(outcome.totalDiscount.toString()).toBe(total);
    expect(lineDiscounts(outcome)).toEqual(shares);
  });

  const sixUnits = ["6.00", "5.00", "4.00", "3.00", "2.00", "1.00"].map((price, index) =>
    line(`u${index}`, price),
  );

  it.each([
    { selection: "cheapest", off: "3.00", freed: ["u4", "u5"] },
    { selection: "grouped-descending", off: "5.00", freed: ["u2", "u5"] },
  ] as const)(
    "buy 2 get 1 free on 6,5,4,3,2,1 with $selection selection → $off off ($freed free)",
    ({ selection, off, freed }) => {
      const outcome = promote(
        [{ id: "b2g1", name: "Buy 2 get 1", reward: { type: "buy_x_get_y", buy: 2, get: 1, selection } }],
        sixUnits,
      );
      expect(outcome.totalDiscount.toString()).toBe(off);
      expect(outcome.applied[0]?.shares.map((share) => share.lineId)).toEqual(freed);
      expect(outcome.applied[0]?.applications).toBe(2);
    },
  );

  const competing: PromotionInput[] = [
    { id: "any3", name: "Any 3 for 10.00", reward: { type: "mix_and_match", quantity: 3, price: "10.00" } },
    {
      id: "bogo",
      name: "Buy 1 get 1 at 25% off",
      priority: 1,
      reward: { type: "buy_x_get_y", buy: 1, get: 1, percent: "25" },
    },
  ];
  const units = (count: number) => Array.from({ length: count }, (_, index) => line(`u${index}`, "4.00"));

  it.each([
    { count: 5, total: "17.00", greedyTotal: "18.00", applied: { any3: 1, bogo: 1 } },
    { count: 6, total: "20.00", greedyTotal: "21.00", applied: { any3: 2 } },
  ])(
    "$count units at 4.00 with any-3-for-10 and BOGO 25% → $total (pair-first greedy $greedyTotal)",
    ({ count, total, greedyTotal, applied }) => {
      const outcome = promote(competing, units(count));
      const gross = 400n * BigInt(count);
      expect((gross - outcome.totalDiscount.minor).toString()).toBe(total.replace(".", ""));
      expect(
        Object.fromEntries(outcome.applied.map((entry) => [entry.promotionId, entry.applications])),
      ).toEqual(applied);
      const greedy = outcome.solver?.alternatives.find(
        (alternative) => alternative.label === "priority_greedy",
      );
      expect((gross - (greedy?.discount.minor ?? 0n)).toString()).toBe(greedyTotal.replace(".", ""));
      expect(outcome.solver?.isExhaustive).toBe(true);
    },
  );

  it("explains why buy-1-get-1 lost on six units: alone 3.00 off against 4.00 chosen", () => {
    const outcome = promote(competing, units(6));
    expect(outcome.rejected).toEqual([
      {
        promotionId: "bogo",
        name: "Buy 1 get 1 at 25% off",
        reason: "lost_best_deal",
        details: { aloneDiscount: "3.00", chosenDiscount: "4.00" },
      },
    ]);
  });
});
