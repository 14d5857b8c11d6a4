import { describe, expect, it } from "vitest";
import { compilePromotionRules, type PromotionInput } from "../../../src/pricing";
import { buildSolverInput } from "../../../src/pricing/promotions/build-solver-input";
import { toWorkingLines } from "../../../src/pricing/promotions/working-line";
import { planDeal } from "../../../src/pricing/solver/plan-deal";
import { maxApplications, selectApplication } from "../../../src/pricing/solver/select-application";
import { solveBestDeal } from "../../../src/pricing/solver/solve-best-deal";
import { suffixUpperBounds } from "../../../src/pricing/solver/unit-upper-bound";
import { line } from "../fixtures";

/** The solver's input for promotions (in priority order as given) over lines. */
function inputFor(promotions: PromotionInput[], lines: ReturnType<typeof line>[]) {
  const rules = compilePromotionRules({
    currency: "EUR",
    promotions: promotions.map((promotion, index) => ({ ...promotion, priority: promotions.length - index })),
  });
  return buildSolverInput(
    toWorkingLines(lines.map((entry) => ({ ...entry, tags: [], isPriceOverridden: false }))),
    rules.promotions,
  );
}

/** Each key's rewards as "unit:minor" (rewards are exact millionths; these are whole minor units). */
function rewards(solution: ReturnType<typeof solveBestDeal>): Record<number, string[]> {
  return Object.fromEntries(
    [...solution.rewardsByKey].map(([key, list]) => [
      key,
      list.map((reward) => `${reward.unit}:${reward.micro / 1_000_000n}`),
    ]),
  );
}

const tenPercent: PromotionInput = {
  id: "ten",
  name: "ten",
  reward: { type: "percent_off_items", percent: "10" },
};
const halfOnA: PromotionInput = {
  id: "half",
  name: "half",
  conditions: { items: { skus: ["a"] } },
  reward: { type: "percent_off_items", percent: "50" },
};

describe("solveBestDeal with per-unit offers only", () => {
  const input = inputFor([halfOnA, tenPercent], [line("a", "4.00", 2), line("b", "3.00")]);

  it("gives each unit its best offer: 50% on the a units, 10% on b", () => {
    const solution = solveBestDeal(input.units, input.deals, input.offers);
    // a: 2 × 50% of 4.00 = 2 × 2.00; b: 10% of 3.00 = 0.30.
    expect(rewards(solution)).toEqual({ 0: ["0:200", "1:200"], 1: ["2:30"] });
    expect(solution.scoreMicro).toBe(430_000_000n);
    expect(solution.counts).toEqual([]);
  });

  it.each([
    // The greedy seed and one search node that cannot beat it.
    { options: {}, nodes: 2, isExhaustive: true },
    { options: { maxNodes: 2 }, nodes: 2, isExhaustive: true },
    // A budget of one node is spent on the seed: searched, not proven.
    { options: { maxNodes: 1 }, nodes: 2, isExhaustive: false },
    { options: { maxNodes: 0 }, nodes: 1, isExhaustive: false },
    { options: { isGreedy: true }, nodes: 1, isExhaustive: false },
  ])(
    "reports nodes $nodes and isExhaustive $isExhaustive for $options",
    ({ options, nodes, isExhaustive }) => {
      const solution = solveBestDeal(input.units, input.deals, input.offers, options);
      expect({ nodes: solution.nodes, isExhaustive: solution.isExhaustive }).toEqual({ nodes, isExhaustive });
      expect(solution.scoreMicro).toBe(430_000_000n);
    },
  );
});

describe("solveBestDeal: search against the priority-order greedy answer", () => {
  // Priority: "any 2 for 7.50" first (2 × 4.00 → 0.50 off), then buy 1 get 1 free on a (4.00 off).
  const pair: PromotionInput = {
    id: "pair",
    name: "pair",
    reward: { type: "mix_and_match", quantity: 2, price: "7.50" },
  };
  const bogo: PromotionInput = {
    id: "bogo",
    name: "bogo",
    conditions: { items: { skus: ["a"] } },
    reward: { type: "buy_x_get_y", buy: 1, get: 1 },
  };
  const input = inputFor([pair, bogo], [line("a", "4.00", 2)]);

  it("greedy takes the first deal as often as it fits: one pair, 0.50 off", () => {
    const greedy = solveBestDeal(input.units, input.deals, input.offers, { isGreedy: true });
    expect([greedy.counts, greedy.scoreMicro, greedy.isExhaustive]).toEqual([[1, 0], 50_000_000n, false]);
    // One node per deal decided and the leaf.
    expect(greedy.nodes).toBe(3);
  });

  it("the search finds the free unit instead: 4.00 off, proven", () => {
    const best = solveBestDeal(input.units, input.deals, input.offers);
    expect([best.counts, best.scoreMicro, best.isExhaustive]).toEqual([[0, 1], 400_000_000n, true]);
    // The cheaper of the two units is the free one (both 4.00: the later unit).
    expect(rewards(best)).toEqual({ 1: ["1:400"] });
  });

  it("a budget too small for the search keeps the greedy answer and says it is not proven", () => {
    const cut = solveBestDeal(input.units, input.deals, input.offers, { maxNodes: 1 });
    expect(cut.isExhaustive).toBe(false);
    expect(cut.scoreMicro >= 50_000_000n).toBe(true);
  });
});

describe("solveBestDeal: ties keep the priority order", () => {
  // Two 4.00 units. "pair" (any 2 for 7.00) and "quarter" (25% off the cheapest unit) both give 1.00; the
  // search decides the denser "quarter" (1.00 for one unit) first, finds the same 1.00, and must not take it.
  const pair: PromotionInput = {
    id: "pair",
    name: "pair",
    reward: { type: "mix_and_match", quantity: 2, price: "7.00" },
  };
  const quarter: PromotionInput = {
    id: "quarter",
    name: "quarter",
    reward: { type: "percent_off_cheapest_unit", percent: "25" },
  };

  it.each([
    { order: [pair, quarter], counts: [1, 0] },
    { order: [quarter, pair], counts: [1, 0] },
  ])("the first in priority order of two equal answers wins ($counts)", ({ order, counts }) => {
    const input = inputFor(order, [line("a", "4.00", 2)]);
    const solution = solveBestDeal(input.units, input.deals, input.offers);
    expect(solution.counts).toEqual(counts);
    expect(solution.scoreMicro).toBe(100_000_000n);
  });
});

/** Minor units of a micro score (every score below is a whole number of cents). */
const cents = (micro: bigint) => Number(micro / 1_000_000n);

describe("planDeal and selectApplication: each deal kind on units worth 5.00, 4.00, 3.00, 2.00, 1.00", () => {
  // Units 0..4 in value order (the lines sort by id); every unit is sku a except where a bundle needs b.
  const five = ["5.00", "4.00", "3.00", "2.00", "1.00"].map((price, index) =>
    line(`u${index}`, price, 1, { sku: "a" }),
  );
  const deal = (reward: PromotionInput["reward"]) => {
    const input = inputFor([{ id: "d", name: "d", reward }], five);
    return { input, deal: input.deals[0] as (typeof input.deals)[number] };
  };
  const none = () => new Uint8Array(5);

  it.each([
    {
      title: "buy 2 get 1, cheapest: the 1.00 unit is free, 3.00 and 2.00 qualify it",
      reward: { type: "buy_x_get_y", buy: 2, get: 1 },
      consumed: [0, 3],
      score: [0, 100],
      first: { consumed: [4, 3, 2], rewards: ["4:100"] },
      fits: 1,
    },
    {
      title: "buy 2 get 1, grouped descending: 5.00, 4.00 and the 3.00 free",
      reward: { type: "buy_x_get_y", buy: 2, get: 1, selection: "grouped-descending" },
      consumed: [0, 3],
      score: [0, 300],
      first: { consumed: [0, 1, 2], rewards: ["2:300"] },
      fits: 1,
    },
    {
      title: "buy 1 get 1 at 50%, twice: 50% of 1.00, then of 2.00",
      reward: { type: "buy_x_get_y", buy: 1, get: 1, percent: "50" },
      consumed: [0, 2, 4],
      score: [0, 50, 150],
      first: { consumed: [4, 3], rewards: ["4:50"] },
      fits: 2,
    },
    {
      title: "any 2 for 4.00: 5.00 + 4.00 saves 5.00, 3.00 + 2.00 saves 1.00, the 1.00 is left",
      reward: { type: "mix_and_match", quantity: 2, price: "4.00" },
      consumed: [0, 2, 4],
      score: [0, 500, 600],
      // 5.00 off split by value 5:4 → 2.78 / 2.22 (largest remainder).
      first: { consumed: [0, 1], rewards: ["0:278", "1:222"] },
      fits: 2,
    },
    {
      title: "any 2 for 6.00: only 5.00 + 4.00 is worth it (3.00 + 2.00 = 5.00 is not)",
      reward: { type: "mix_and_match", quantity: 2, price: "6.00" },
      consumed: [0, 2],
      score: [0, 300],
      first: { consumed: [0, 1], rewards: ["0:167", "1:133"] },
      fits: 2,
    },
    {
      title: "50% off the cheapest unit: once, on the 1.00",
      reward: { type: "percent_off_cheapest_unit", percent: "50" },
      consumed: [0, 1],
      score: [0, 50],
      first: { consumed: [4], rewards: ["4:50"] },
      fits: 1,
    },
    {
      title: "two free units of a: the most expensive, 5.00 then 4.00",
      reward: { type: "free_item", sku: "a", quantity: 2 },
      consumed: [0, 1, 2],
      score: [0, 500, 900],
      first: { consumed: [0], rewards: ["0:500"] },
      fits: 2,
    },
  ] as const)("$title", ({ reward, consumed, score, first, fits }) => {
    const { input, deal: solverDeal } = deal(reward as PromotionInput["reward"]);
    const plan = planDeal(solverDeal, input.units, none());
    expect(plan.consumed).toEqual(consumed);
    expect(plan.score.map(cents)).toEqual(score);
    const selection = selectApplication(solverDeal, input.units, 1, none());
    expect({
      consumed: selection?.consumed,
      rewards: selection?.rewards.map((entry) => `${entry.unit}:${cents(entry.micro)}`),
    }).toEqual(first);
    // The plan's last count is the most that gives something; one more does not fit or gives nothing.
    expect(selectApplication(solverDeal, input.units, consumed.length, none())).toBeUndefined();
    // The most counts that could fit on five units, before asking whether they give anything.
    expect(maxApplications(solverDeal, none())).toBe(fits);
  });

  it("plans on the free units only: with the 5.00 taken, buy 2 get 1 grouped frees the 2.00", () => {
    const { input, deal: solverDeal } = deal({
      type: "buy_x_get_y",
      buy: 2,
      get: 1,
      selection: "grouped-descending",
    });
    const used = Uint8Array.from([1, 0, 0, 0, 0]);
    expect(planDeal(solverDeal, input.units, used).score.map(cents)).toEqual([0, 200]);
    expect(selectApplication(solverDeal, input.units, 1, used)?.rewards.map((entry) => entry.unit)).toEqual([
      3,
    ]);
    // The plan gave back the units it marked while planning.
    expect([...used]).toEqual([1, 0, 0, 0, 0]);
  });

  it("a bundle takes the most expensive free unit of each component", () => {
    const lines = [
      line("u0", "5.00", 1, { sku: "a" }),
      line("u1", "4.00", 1, { sku: "a" }),
      line("u2", "3.00", 1, { sku: "b" }),
      line("u3", "1.00", 1, { sku: "b" }),
    ];
    const input = inputFor(
      [
        {
          id: "d",
          name: "d",
          reward: { type: "bundle_price", components: [{ skus: ["a"] }, { skus: ["b"] }], price: "6.00" },
        },
      ],
      lines,
    );
    const bundle = input.deals[0] as (typeof input.deals)[number];
    const used = new Uint8Array(4);
    // 5.00 + 3.00 = 8.00 saves 2.00; 4.00 + 1.00 = 5.00 is under the price.
    expect(planDeal(bundle, input.units, used)).toEqual({
      order: [0, 2],
      consumed: [0, 2],
      score: [0n, 200_000_000n],
    });
    // 2.00 split 5:3 → 1.25 / 0.75.
    expect(
      selectApplication(bundle, input.units, 1, used)?.rewards.map(
        (entry) => `${entry.unit}:${cents(entry.micro)}`,
      ),
    ).toEqual(["0:125", "2:75"]);
    expect(selectApplication(bundle, input.units, 2, used)).toBeUndefined();
    expect(maxApplications(bundle, used)).toBe(2);
  });

  it("a count above the deal's own maximum is refused", () => {
    const { input, deal: solverDeal } = deal({ type: "buy_x_get_y", buy: 1, get: 1, maxApplications: 1 });
    expect(selectApplication(solverDeal, input.units, 2, none())).toBeUndefined();
    expect(maxApplications(solverDeal, none())).toBe(1);
  });
});

describe("suffixUpperBounds: the most each unit can still bring, deal by deal", () => {
  it("bounds a unit by v − P/N for mix and match and by v × get/(buy+get) for buy X get Y, at least its offer", () => {
    const lines = ["5.00", "4.00", "3.00"].map((price, index) => line(`u${index}`, price, 1, { sku: "a" }));
    const input = inputFor(
      [
        { id: "mix", name: "mix", reward: { type: "mix_and_match", quantity: 2, price: "6.00" } },
        { id: "b2g1", name: "b2g1", reward: { type: "buy_x_get_y", buy: 2, get: 1 } },
      ],
      lines,
    );
    const perUnit = [0n, 0n, 50_000_000n];
    // Depth 2 (no deal left): the offers. Depth 1 (b2g1): 500/3, 400/3 rounded up in millionths, 300/3.
    // Depth 0 (mix too): (2 × 5.00 − 6.00)/2 = 2.00; 4.00 gives 1.00 and 3.00 gives 0, below their b2g1 bounds.
    expect(suffixUpperBounds(input.units, input.deals, perUnit)).toEqual([
      [200_000_000n, 133_333_334n, 100_000_000n],
      [166_666_667n, 133_333_334n, 100_000_000n],
      [0n, 0n, 50_000_000n],
    ]);
  });
});

describe("solveBestDeal: a mix of counts beats either deal alone", () => {
  // Units 5.00, 4.00, 3.00, 2.00. "half" (buy 1 get 1 at 50%, cheapest) first in priority, then "pair" (any 2
  // for 6.00). Greedy: half twice = 50% of 2.00 + 50% of 3.00 = 2.50. Best: half once on 3.00 + 2.00 (1.00) and
  // pair on 5.00 + 4.00 (3.00) = 4.00.
  const half: PromotionInput = {
    id: "half",
    name: "half",
    reward: { type: "buy_x_get_y", buy: 1, get: 1, percent: "50" },
  };
  const pair: PromotionInput = {
    id: "pair",
    name: "pair",
    reward: { type: "mix_and_match", quantity: 2, price: "6.00" },
  };
  const input = inputFor(
    [half, pair],
    ["5.00", "4.00", "3.00", "2.00"].map((price, index) => line(`u${index}`, price, 1)),
  );

  it("greedy in priority order: 2.50", () => {
    const greedy = solveBestDeal(input.units, input.deals, input.offers, { isGreedy: true });
    expect([greedy.counts, cents(greedy.scoreMicro)]).toEqual([[2, 0], 250]);
  });

  it("the search: one of each, 4.00, with each deal's units and rewards", () => {
    const best = solveBestDeal(input.units, input.deals, input.offers);
    expect([best.counts, cents(best.scoreMicro), best.isExhaustive]).toEqual([[1, 1], 400, true]);
    // pair's 3.00 split 5:4 → 1.67 / 1.33; half frees 50% of the 2.00 unit.
    expect(rewards(best)).toEqual({ 0: ["3:100"], 1: ["0:167", "1:133"] });
  });

  it.each([
    // The greedy seed takes 3 nodes (root, half decided, leaf); the search then spends the budget. Decided
    // densest first (pair, 1.50 a unit, before half), it finds 4.00 at its 3rd node and proves it in 5 (its
    // last branch, no pair, is cut: 3.50 of bounds cannot beat 4.00); the other order is cut in 4 nodes.
    { maxNodes: 1, nodes: 4, isExhaustive: false, counts: [2, 0] },
    { maxNodes: 3, nodes: 6, isExhaustive: false, counts: [1, 1] },
    // A budget the search uses up to the last node is not taken as proof.
    { maxNodes: 9, nodes: 12, isExhaustive: false, counts: [1, 1] },
    { maxNodes: 10, nodes: 12, isExhaustive: true, counts: [1, 1] },
  ])(
    "a budget of $maxNodes nodes: $nodes nodes in all, exhaustive $isExhaustive",
    ({ maxNodes, nodes, isExhaustive, counts }) => {
      const solution = solveBestDeal(input.units, input.deals, input.offers, { maxNodes });
      expect({ nodes: solution.nodes, isExhaustive: solution.isExhaustive, counts: solution.counts }).toEqual(
        {
          nodes,
          isExhaustive,
          counts,
        },
      );
    },
  );

  it("greedy in the other priority order finds 4.00 too, and the search keeps it", () => {
    const swapped = inputFor(
      [pair, half],
      ["5.00", "4.00", "3.00", "2.00"].map((price, index) => line(`u${index}`, price, 1)),
    );
    const greedy = solveBestDeal(swapped.units, swapped.deals, swapped.offers, { isGreedy: true });
    const best = solveBestDeal(swapped.units, swapped.deals, swapped.offers);
    expect([greedy.counts, cents(greedy.scoreMicro)]).toEqual([[1, 1], 400]);
    expect([best.counts, cents(best.scoreMicro)]).toEqual([[1, 1], 400]);
  });
});

describe("solveBestDeal: deals and per-unit offers together", () => {
  // Units 5.00, 4.00, 3.00; "pair" (any 2 for 6.00) and 10% off every unit. The pair on 5.00 + 4.00 saves
  // 3.00 (the 10% would give them 0.90); the 3.00 left takes its 10%: 3.30 in all.
  const pair: PromotionInput = {
    id: "pair",
    name: "pair",
    reward: { type: "mix_and_match", quantity: 2, price: "6.00" },
  };
  const input = inputFor(
    [pair, tenPercent],
    ["5.00", "4.00", "3.00"].map((price, index) => line(`u${index}`, price, 1)),
  );

  it.each([{ isGreedy: true }, { isGreedy: false }])(
    "units a deal took get no offer (greedy $isGreedy)",
    (options) => {
      const solution = solveBestDeal(input.units, input.deals, input.offers, options);
      expect(cents(solution.scoreMicro)).toBe(330);
      expect(rewards(solution)).toEqual({ 0: ["0:167", "1:133"], 1: ["2:30"] });
    },
  );
});
