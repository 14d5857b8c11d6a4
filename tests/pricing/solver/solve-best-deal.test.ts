import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compilePromotionRules } from "../../../src/pricing";
import { buildSolverInput } from "../../../src/pricing/promotions/build-solver-input";
import { toWorkingLines } from "../../../src/pricing/promotions/working-line";
import { bestPerUnit } from "../../../src/pricing/solver/per-unit-best";
import { planDeal } from "../../../src/pricing/solver/plan-deal";
import { maxApplications, selectApplication } from "../../../src/pricing/solver/select-application";
import { solveBestDeal } from "../../../src/pricing/solver/solve-best-deal";
import { line } from "../fixtures";

const rules = compilePromotionRules({
  currency: "EUR",
  promotions: [
    { id: "b2g1", name: "b2g1", reward: { type: "buy_x_get_y", buy: 2, get: 1 } },
    {
      id: "b2g1-desc",
      name: "b2g1 desc",
      reward: { type: "buy_x_get_y", buy: 2, get: 1, selection: "grouped-descending" },
    },
    { id: "any3", name: "any3", reward: { type: "mix_and_match", quantity: 3, price: "5.00" } },
    {
      id: "bundle",
      name: "bundle",
      reward: { type: "bundle_price", components: [{ skus: ["a"] }, { skus: ["b"] }], price: "3.00" },
    },
    { id: "cheap", name: "cheap", reward: { type: "percent_off_cheapest_unit", percent: "50" } },
    { id: "free", name: "free", reward: { type: "free_item", sku: "c", quantity: 2 } },
  ],
});

const linesArbitrary = fc
  .array(
    fc.record({
      sku: fc.constantFrom("a", "b", "c"),
      minor: fc.integer({ min: 1, max: 999 }),
      quantity: fc.integer({ min: 1, max: 3 }),
    }),
    { minLength: 1, maxLength: 8 },
  )
  .map((rows) =>
    rows.map((row, index) =>
      line(
        `l${index}`,
        `${Math.trunc(row.minor / 100)}.${String(row.minor % 100).padStart(2, "0")}`,
        row.quantity,
        { sku: row.sku },
      ),
    ),
  );

function solverInput(lines: ReturnType<typeof line>[]) {
  return buildSolverInput(
    toWorkingLines(lines.map((entry) => ({ ...entry, tags: [], isPriceOverridden: false }))),
    rules.promotions,
  );
}

describe("best-deal solver", () => {
  it("property: a deal's plan (what the search scores) matches the selection it books, for every count", () => {
    fc.assert(
      fc.property(linesArbitrary, fc.array(fc.boolean(), { maxLength: 30 }), (lines, taken) => {
        const input = solverInput(lines);
        const used = Uint8Array.from(input.units.map((_, index) => (taken[index] === true ? 1 : 0)));
        for (const deal of input.deals) {
          const plan = planDeal(deal, input.units, used);
          plan.consumed.forEach((count, k) => {
            if (k === 0) return;
            const selection = selectApplication(deal, input.units, k, used);
            expect(selection?.scoreMicro).toBe(plan.score[k]);
            expect([...(selection?.consumed ?? [])].sort()).toEqual(
              plan.order.slice(0, count).slice().sort(),
            );
          });
        }
      }),
      { numRuns: 300 },
    );
  });

  it("property: the search never scores below the greedy baseline, and a bigger budget never scores lower", () => {
    fc.assert(
      fc.property(linesArbitrary, (lines) => {
        const { units, deals, offers } = solverInput(lines);
        const greedy = solveBestDeal(units, deals, offers, { isGreedy: true });
        const small = solveBestDeal(units, deals, offers, { maxNodes: 5 });
        const full = solveBestDeal(units, deals, offers, { maxNodes: 5_000 });
        expect(small.scoreMicro >= greedy.scoreMicro).toBe(true);
        expect(full.scoreMicro >= small.scoreMicro).toBe(true);
        expect(full.scoreMicro >= greedy.scoreMicro).toBe(true);
      }),
      { numRuns: 100 },
    );
  });

  it.each([
    { maxNodes: 3, isExhaustive: false },
    { maxNodes: 100_000, isExhaustive: true },
  ])("a node budget of $maxNodes reports isExhaustive = $isExhaustive", ({ maxNodes, isExhaustive }) => {
    const { units, deals, offers } = solverInput(
      Array.from({ length: 9 }, (_, index) =>
        line(`l${index}`, `${index + 1}.00`, 1, { sku: index % 2 === 0 ? "a" : "b" }),
      ),
    );
    const solution = solveBestDeal(units, deals, offers, { maxNodes });
    expect(solution.isExhaustive).toBe(isExhaustive);
    // The greedy seed (one node per deal, plus the leaf) always runs; the search then stops at the budget.
    expect(solution.nodes <= maxNodes + deals.length + 1).toBe(true);
  });
});

/** Every decision order and every count per deal, scored the way the solver books them: the optimum. */
function bruteForce(input: ReturnType<typeof solverInput>, deals: typeof input.deals): bigint {
  const perUnit = bestPerUnit(input.units, input.offers).micro;
  let best = -1n;
  const search = (rest: readonly number[], used: Uint8Array, score: bigint): void => {
    if (rest.length === 0) {
      const free = perUnit.reduce((total, micro, unit) => total + (used[unit] === 1 ? 0n : micro), 0n);
      if (score + free > best) best = score + free;
      return;
    }
    rest.forEach((index, position) => {
      const deal = deals[index];
      if (deal === undefined) return;
      const others = [...rest.slice(0, position), ...rest.slice(position + 1)];
      for (let k = 0; k <= maxApplications(deal, used); k++) {
        const selection = k === 0 ? undefined : selectApplication(deal, input.units, k, used);
        if (k > 0 && selection === undefined) continue;
        const next = Uint8Array.from(used);
        for (const unit of selection?.consumed ?? []) next[unit] = 1;
        search(others, next, score + (selection?.scoreMicro ?? 0n));
      }
    });
  };
  search(
    deals.map((_, index) => index),
    new Uint8Array(input.units.length),
    0n,
  );
  return best;
}

describe("best-deal solver: exact within its documented limit", () => {
  it("property: with up to six competing group deals and an ample budget, the search matches brute force", () => {
    fc.assert(
      fc.property(linesArbitrary, fc.integer({ min: 1, max: 6 }), (lines, dealCount) => {
        const input = solverInput(lines.slice(0, 4));
        const deals = input.deals.slice(0, dealCount);
        const solution = solveBestDeal(input.units, deals, input.offers, { maxNodes: 1_000_000 });
        expect(solution.isExhaustive).toBe(true);
        expect(solution.scoreMicro).toBe(bruteForce(input, deals));
      }),
      {
        numRuns: 50,
        examples: [
          [
            [
              line("l0", "0.02", 1, { sku: "a" }),
              line("l1", "0.01", 3, { sku: "a" }),
              line("l2", "0.01", 1, { sku: "c" }),
            ],
            6,
          ],
        ],
      },
    );
  });
});
