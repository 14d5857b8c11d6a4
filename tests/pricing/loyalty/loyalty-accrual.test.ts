import { describe, expect, it } from "vitest";
import {
  applySaleAction,
  type PricingStage,
  priceSale,
  type Sale,
  type SaleLine,
} from "../../../src/core/checkout";
import { makeLoyaltyAccrual } from "../../../src/pricing";
import { loyaltyStages } from "../../core/pipeline/test-stages";
import { contextFor, NOW, rules, saleWith } from "../../core/sale/sale-fixtures";

// The test points stage books its burn under the id "burn-1", so the program carries that id.
const club = { id: "burn-1", name: "Club", currency: "EUR" };

function withCustomer(sale: Sale, tier?: string): Sale {
  return applySaleAction(sale, {
    type: "attachCustomer",
    customer: { customerId: "c-1", ...(tier === undefined ? {} : { tier }) },
    at: NOW,
  });
}

function accrue(
  sale: Sale,
  program: Record<string, unknown>,
  extra: { points?: string; snapshots?: unknown; stages?: readonly PricingStage[] } = {},
) {
  const context = { ...contextFor(sale), rules: { ...rules, testPointsValue: extra.points ?? "0" } };
  const priced = priceSale(sale, context, extra.stages ?? loyaltyStages);
  const accrual = makeLoyaltyAccrual({
    loyalty: program,
    ...(extra.snapshots === undefined ? {} : { snapshots: extra.snapshots }),
  });
  return accrual?.(sale, priced);
}

describe("makeLoyaltyAccrual", () => {
  it("without a program there is nothing to accrue, and a sale without a customer accrues nothing", () => {
    expect(makeLoyaltyAccrual({})).toBeUndefined();
    expect(accrue(saleWith([["COFFEE", "1"]]), club)).toBeUndefined();
  });

  it("earns on the net, per line, with no expiry unless the program has one", () => {
    const sale = withCustomer(saleWith([["COFFEE", "1"]]));
    expect(accrue(sale, club)).toEqual({
      programId: "burn-1",
      customerId: "c-1",
      earned: [{ lineId: "line-1", points: 12 }],
      redeemed: [],
    });
    expect(accrue(sale, { ...club, expiry: { days: 30 } })?.expiresAt).toBe("2026-12-23T12:00:00.000Z");
  });

  it("a sale that earns and redeems nothing accrues nothing", () => {
    expect(accrue(withCustomer(saleWith([["PEN", "1"]])), club)).toBeUndefined();
  });

  it("the account's tier in the snapshots wins over the customer's", () => {
    const tiers = [
      { id: "gold", name: "Gold", minSpend: "1000.00", multiplier: "2" },
      { id: "silver", name: "Silver", minSpend: "500.00", multiplier: "1.5" },
    ];
    const sale = withCustomer(saleWith([["COFFEE", "1"]]), "gold");
    // 12.99 × 2 = 25.98 → 25; × 1.5 = 19.485 → 19.
    expect(accrue(sale, { ...club, tiers })?.earned).toEqual([{ lineId: "line-1", points: 25 }]);
    expect(
      accrue(sale, { ...club, tiers }, { snapshots: { loyaltyAccount: { balance: 0, tier: "silver" } } })
        ?.earned,
    ).toEqual([{ lineId: "line-1", points: 19 }]);
    expect(
      accrue(sale, { ...club, tiers }, { snapshots: { loyaltyAccount: { balance: 0 } } })?.earned,
    ).toEqual([{ lineId: "line-1", points: 25 }]);
  });

  it("lists only lines that earn", () => {
    const sale = withCustomer(
      saleWith([
        ["COFFEE", "1"],
        ["BOGO-A", "1"],
      ]),
    );
    expect(accrue(sale, { ...club, exclusions: { tags: ["bogo"] } })?.earned).toEqual([
      { lineId: "line-1", points: 12 },
    ]);
  });

  it("splits the points burnt over the lines they paid, and earns on what is left", () => {
    const sale = withCustomer(
      saleWith([
        ["COFFEE", "1"],
        ["MILK", "1"],
      ]),
    );
    const program = { ...club, redemption: { pointValue: "0.01" } };
    // 5.00 of points over 12.99 and 7.49: 3.17 and 1.83, that is 317 and 183 points.
    const accrual = accrue(sale, program, { points: "500" });
    expect(accrual?.redeemed).toEqual([
      { lineId: "line-1", points: 317 },
      { lineId: "line-2", points: 183 },
    ]);
    // Earned on 9.82 + 5.66 = 15.48: 15 points, split 10 / 5.
    expect(accrual?.earned.reduce((total, line) => total + line.points, 0)).toBe(15);
    // Worth 0.02 a point, the same burn is 250 points.
    expect(
      accrue(sale, { ...club, redemption: { pointValue: "0.02" } }, { points: "500" })?.redeemed,
    ).toEqual([
      { lineId: "line-1", points: 159 },
      { lineId: "line-2", points: 91 },
    ]);
  });

  it("reads only its own program's burn, and none without a point value", () => {
    const sale = withCustomer(saleWith([["COFFEE", "1"]]));
    expect(
      accrue(sale, { ...club, id: "other", redemption: { pointValue: "0.01" } }, { points: "500" })?.redeemed,
    ).toEqual([]);
    expect(accrue(sale, club, { points: "500" })?.redeemed).toEqual([]);
  });
});

describe("loyalty lines: what each line earns on", () => {
  const withDetails = (sale: Sale, details: Record<string, Partial<SaleLine>>): Sale => ({
    ...sale,
    lines: sale.lines.map((line) => ({ ...line, ...details[line.lineId] })),
  });

  it("reads category, brand and tags from the sale line and counts whole units", () => {
    const sale = withCustomer(
      withDetails(
        saleWith([
          ["COFFEE", "1"],
          ["PEN", "2"],
          ["APPLES", "1.5"],
          ["BREAD", "1"],
        ]),
        {
          "line-1": { category: "coffee" },
          "line-2": { brand: "Acme" },
          "line-3": { brand: "Acme" },
          "line-4": { tags: ["bakery"] },
        },
      ),
    );
    const program = {
      ...club,
      itemRules: [
        { items: { categories: ["coffee"] }, multiplier: "2" },
        { items: { brands: ["Acme"] }, pointsPerUnit: 5 },
        { items: { tags: ["bakery"] }, multiplier: "0" },
      ],
    };
    // Coffee 12.99 × 2 = 25.98; pens 1.98 + 2 units × 5 = 11.98; apples 5.99 + 1 unit × 5 (1.5 kg counts
    // as one) = 10.99 (3.99 × 1.5 = 5.985 → 5.99); bread earns nothing: 48.95 → 48 points.
    const earned = accrue(sale, program)?.earned ?? [];
    expect(earned.reduce((total, line) => total + line.points, 0)).toBe(48);
    expect(earned.map((line) => line.lineId)).toEqual(["line-1", "line-2", "line-3"]);
  });

  it("earns on the net without price-included tax", () => {
    const includeTaxes: PricingStage = {
      name: "includeTaxes",
      run: (priced) => ({
        ...priced,
        lines: priced.lines.map((line) => ({
          ...line,
          taxes: line.taxes.map((tax) => ({ ...tax, included: true })),
        })),
      }),
    };
    const sale = withCustomer(saleWith([["COFFEE", "1"]]));
    // 12.99 with its 1.30 tax counted as included: 11.69 → 11 points.
    const stages = [...loyaltyStages.slice(0, -1), includeTaxes, ...loyaltyStages.slice(-1)];
    expect(accrue(sale, club, { stages })?.earned).toEqual([{ lineId: "line-1", points: 11 }]);
  });
});
