import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type ApprovalDecision,
  createFixedClock,
  createMemoryApprovals,
  createMemoryCatalog,
  createMemoryCommitStore,
  createMemoryJournalStore,
  createMemoryLoyaltyLedger,
  createMemorySaleStore,
  createPaymentTerminalSimulator,
  createSequentialIds,
  createTill,
  getCashRoundingPreset,
  parseMoney,
  type SaleStorePort,
} from "../../src/index";
import { createMemoryCouponRegistry, createMemoryStoredValue } from "../../src/pricing";

const eur = (amount: string) => ({ amount, currency: "EUR" });
const PROGRAM = { id: "club", name: "Club", currency: "EUR", redemption: { pointValue: "0.01" } };

interface Options {
  readonly decide?: () => ApprovalDecision;
  readonly refundLimits?: Readonly<Record<string, string>>;
  readonly snapshots?: unknown;
  readonly saleStore?: SaleStorePort;
  readonly coupons?: ReturnType<typeof createMemoryCouponRegistry>;
  readonly idPrefix?: string;
}

/** A till (package entry, no tax) with a points program, stored value, coupons and the terminal. */
async function setUp(options: Options = {}) {
  const journal = createMemoryJournalStore();
  const saleStore = options.saleStore ?? createMemorySaleStore();
  const loyaltyLedger = createMemoryLoyaltyLedger();
  const storedValue = createMemoryStoredValue([{ accountId: "GC-1", currency: "EUR" }]);
  await storedValue.activate("GC-1", parseMoney("10.00", "EUR"), "sold-GC-1");
  const commits = createMemoryCommitStore({ journal, saleStore, loyaltyLedger, storedValue });
  const terminal = createPaymentTerminalSimulator("T1");
  const till = createTill({
    storeId: "store-1",
    registerId: "reg-1",
    currency: "EUR",
    rules: { loyalty: PROGRAM, ...(options.snapshots === undefined ? {} : { snapshots: options.snapshots }) },
    tenderPolicy: {
      cashRounding: getCashRoundingPreset("SK"),
      acceptedKinds: ["cash", "card", "gift-card"],
      refundLimits: options.refundLimits ?? {},
    },
    ports: {
      catalog: createMemoryCatalog([{ sku: "COFFEE", description: "Coffee", unitPrice: eur("12.99") }]),
      saleStore,
      approvals: createMemoryApprovals(options.decide ?? (() => ({ isGranted: true, approvedBy: "mgr-1" }))),
      clock: createFixedClock("2026-11-23T12:00:00.000Z"),
      ids: createSequentialIds(options.idPrefix),
      journal,
      commit: commits,
      paymentTerminal: terminal,
      storedValue,
      ...(options.coupons === undefined ? {} : { coupons: options.coupons }),
    },
  });
  till.signIn({ employeeId: "emp-1", role: "cashier" });
  return { till, commits, loyaltyLedger, storedValue, terminal, journal };
}

type World = Awaited<ReturnType<typeof setUp>>;

/** 3 coffee at 12.99 = 38.97 for customer C1, paid as given; returns the completed sale. */
async function sellThree(world: World, tenders: readonly Parameters<World["till"]["addTender"]>[0][]) {
  await world.till.startSale({ customerId: "C1" });
  await world.till.addItem({ sku: "COFFEE", quantity: "3" });
  for (const tender of tenders) await world.till.addTender(tender);
  return (await world.till.complete()).sale;
}

async function returnCoffee(world: World, saleId: string, lineId: string, quantity: string) {
  await world.till.startSale();
  await world.till.returnItems({ saleId, lines: [{ lineId, quantity }] });
  return world.till.complete();
}

const pointsOf = (world: World) =>
  world.commits.loyaltyEntries.map((entry) => `${entry.kind} ${entry.points}`);

describe("returns reverse loyalty points through the ledger", () => {
  it("38.97 earns 38; returning 1 then 2 of 3 reverses floor(38/3) = 12, then 38 − 12 = 26; balance 0", async () => {
    const world = await setUp();
    const sale = await sellThree(world, [{ kind: "cash", amount: "40.00" }]);
    const lineId = sale.lines[0]?.lineId ?? "";
    expect([pointsOf(world), await world.loyaltyLedger.balance("C1")]).toEqual([["earn 38"], 38]);
    await returnCoffee(world, sale.saleId, lineId, "1");
    await returnCoffee(world, sale.saleId, lineId, "2");
    expect([pointsOf(world), await world.loyaltyLedger.balance("C1")]).toEqual([
      ["earn 38", "reverse -12", "reverse -26"],
      0,
    ]);
  });

  it("500 points redeemed (5.00 off, 33.97 earns 33): a full return reverses 33 and restores 500", async () => {
    const snapshots = { pointsRedemption: { points: 500 }, loyaltyAccount: { balance: 1000 } };
    const world = await setUp({ snapshots });
    await world.loyaltyLedger.append([
      {
        entryId: "open",
        customerId: "C1",
        programId: "club",
        kind: "adjust",
        points: 1000,
        at: "2026-11-01T00:00:00Z",
      },
    ]);
    const sale = await sellThree(world, [{ kind: "cash", amount: "34.00" }]);
    expect([sale.loyalty?.redeemed, pointsOf(world)]).toEqual([
      [{ lineId: sale.lines[0]?.lineId, points: 500 }],
      ["redeem -500", "earn 33"],
    ]);
    await returnCoffee(world, sale.saleId, sale.lines[0]?.lineId ?? "", "3");
    expect([pointsOf(world).slice(2), await world.loyaltyLedger.balance("C1")]).toEqual([
      ["reverse -33", "restore 500"],
      1000,
    ]);
  });

  it("property: any sequence of partial returns ending in a full return nets the points to zero", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.integer({ min: 1, max: 3 }), { minLength: 1, maxLength: 3 }),
        async (steps) => {
          const world = await setUp();
          const sale = await sellThree(world, [{ kind: "cash", amount: "40.00" }]);
          const lineId = sale.lines[0]?.lineId ?? "";
          let left = 3;
          for (const step of steps) {
            const quantity = Math.min(step, left);
            if (quantity === 0) break;
            await returnCoffee(world, sale.saleId, lineId, String(quantity));
            left -= quantity;
          }
          if (left > 0) await returnCoffee(world, sale.saleId, lineId, String(left));
          expect(await world.loyaltyLedger.balance("C1")).toBe(0);
        },
      ),
      { numRuns: 25 },
    );
  });
});

describe("refunds go back to the original tenders", () => {
  it("gift card 10.00 + card 20.00 + cash 10.00 (1.03 change): a full return pays 10.00 / 20.00 / 8.95 back", async () => {
    const world = await setUp();
    const sale = await sellThree(world, [
      { kind: "gift-card", amount: "10.00", accountId: "GC-1" },
      { kind: "card", amount: "20.00" },
      { kind: "cash", amount: "10.00" },
    ]);
    expect((await world.storedValue.balance("GC-1")).status === "ok").toBe(true);
    const back = await returnCoffee(world, sale.saleId, sale.lines[0]?.lineId ?? "", "3");
    const rows = back.sale.tenders.map(
      (tender) => `${tender.kind} ${tender.amount.toString()} ${tender.refundOf}`,
    );
    const original = sale.tenders.map((tender) => tender.tenderId);
    expect(rows).toEqual([
      `gift-card -10.00 ${original[0]}`,
      `card -20.00 ${original[1]}`,
      // The cash part 8.97 was paid as 8.95 (SK, change 1.05), so 8.95 goes back; 0.02 is cash rounding.
      `cash -8.95 ${original[2]}`,
    ]);
    expect(back.sale.cashRounding?.difference.toString()).toBe("0.02");
    const balance = await world.storedValue.balance("GC-1");
    expect(balance.status === "ok" ? balance.balance.toString() : balance.reason).toBe("10.00");
    expect(world.terminal.log.filter((line) => line.startsWith("authorize")).at(-1)).toMatch(/refund/);
    await expect(returnCoffee(world, sale.saleId, sale.lines[0]?.lineId ?? "", "1")).rejects.toMatchObject({
      code: "RETURN_EXCEEDS_SOLD",
    });
  });

  it("two partial returns pay back each original tender at most once", async () => {
    const world = await setUp();
    const sale = await sellThree(world, [
      { kind: "card", amount: "20.00" },
      { kind: "cash", amount: "20.00" },
    ]);
    const lineId = sale.lines[0]?.lineId ?? "";
    const first = await returnCoffee(world, sale.saleId, lineId, "2");
    const second = await returnCoffee(world, sale.saleId, lineId, "1");
    const rows = [...first.sale.tenders, ...second.sale.tenders].map(
      (tender) => `${tender.kind} ${tender.amount.toString()}`,
    );
    // Paid: card 20.00 + cash 18.97 → 18.95 (SK). 2 × 12.99 = 25.98 back: card 20.00 + cash 5.98 → 6.00;
    // then 12.99, all in cash (the card is used up), but only 18.95 − 6.00 = 12.95 of cash is left: the
    // 0.04 under one 0.05 step is cash rounding. In all 38.95 back, exactly what was paid.
    expect(rows).toEqual(["card -20.00", "cash -6.00", "cash -12.95"]);
  });

  it("a cash refund above the 5.00 limit asks for approval; refused → APPROVAL_REFUSED, nothing changed", async () => {
    const world = await setUp({ refundLimits: { cash: "5.00" }, decide: () => ({ isGranted: false }) });
    const sale = await sellThree(world, [{ kind: "cash", amount: "40.00" }]);
    await world.till.startSale();
    const before = (await world.till.returnItems({ saleId: sale.saleId, lines: [] })).sale;
    const journaled = (await world.till.journal()).length;
    await expect(world.till.complete()).rejects.toMatchObject({ code: "APPROVAL_REFUSED" });
    expect([world.till.current()?.sale, (await world.till.journal()).length]).toEqual([before, journaled]);
  });

  it("an approved refund above the limit journals the approval and pays out", async () => {
    const world = await setUp({ refundLimits: { cash: "5.00" } });
    const sale = await sellThree(world, [{ kind: "cash", amount: "40.00" }]);
    await world.till.startSale();
    await world.till.returnItems({ saleId: sale.saleId, lines: [] });
    const done = await world.till.complete();
    const types = (await world.till.journal()).map((entry) => entry.type);
    expect([done.sale.approvals[0]?.subject, done.sale.tenders[0]?.amount.toString(), types.at(-2)]).toEqual([
      "refund:cash",
      "-38.95",
      "approval.granted",
    ]);
  });
});

describe("a return against several receipts pays each sale's own tenders back", () => {
  it("1 coffee from a card sale + 2 from a cash sale (SK): card −12.99 to the card, cash −26.00 from 25.98", async () => {
    const world = await setUp();
    const byCard = await sellThree(world, [{ kind: "card", amount: "38.97" }]);
    const byCash = await sellThree(world, [{ kind: "cash", amount: "40.00" }]);
    await world.till.startSale();
    await world.till.returnItems({
      saleId: byCard.saleId,
      lines: [{ lineId: byCard.lines[0]?.lineId ?? "", quantity: "1" }],
    });
    await world.till.returnItems({
      saleId: byCash.saleId,
      lines: [{ lineId: byCash.lines[0]?.lineId ?? "", quantity: "2" }],
    });
    const back = await world.till.complete();
    const rows = back.sale.tenders.map((tender) => `${tender.kind} ${tender.amount} ${tender.refundOf}`);
    expect(rows).toEqual([
      `card -12.99 ${byCard.tenders[0]?.tenderId}`,
      // 2 × 12.99 = 25.98 in cash, rounded once under the SK rule to 26.00.
      `cash -26.00 ${byCash.tenders[0]?.tenderId}`,
    ]);
    expect(back.sale.cashRounding?.difference.toString()).toBe("-0.02");
  });

  it("property: each original tender pays back at most what it took, and the refund is what was returned", async () => {
    const tenderings = fc.constantFrom<readonly Parameters<World["till"]["addTender"]>[0][]>(
      [{ kind: "card", amount: "38.97" }],
      [{ kind: "cash", amount: "40.00" }],
      [
        { kind: "card", amount: "20.00" },
        { kind: "cash", amount: "20.00" },
      ],
    );
    await fc.assert(
      fc.asyncProperty(
        fc.tuple(tenderings, tenderings),
        fc.tuple(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 3 })),
        async (tenders, quantities) => {
          fc.pre(quantities[0] + quantities[1] > 0);
          const world = await setUp();
          const sales = [await sellThree(world, tenders[0]), await sellThree(world, tenders[1])];
          await world.till.startSale();
          for (const [index, sale] of sales.entries()) {
            const quantity = quantities[index] ?? 0;
            if (quantity === 0) continue;
            const lines = [{ lineId: sale.lines[0]?.lineId ?? "", quantity: String(quantity) }];
            await world.till.returnItems({ saleId: sale.saleId, lines });
          }
          const back = (await world.till.complete()).sale;
          const paid = new Map(
            sales.flatMap((sale) => sale.tenders.map((t) => [t.tenderId, t.amount.minor])),
          );
          for (const tender of back.tenders) {
            expect(paid.has(tender.refundOf ?? "")).toBe(true);
            expect(-tender.amount.minor).toBeLessThanOrEqual(paid.get(tender.refundOf ?? "") ?? 0n);
          }
          const refunded = back.tenders.reduce((total, tender) => total - tender.amount.minor, 0n);
          const owed = BigInt(quantities[0] + quantities[1]) * 1299n;
          // Cash is rounded to 0.05 (SK) and a cash sale took 38.95 for 38.97: within one step per sale.
          expect(refunded - owed).toBeGreaterThanOrEqual(-5n * 2n);
          expect(refunded - owed).toBeLessThanOrEqual(5n);
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe("coupon redemptions are committed with the sale", () => {
  it("two tills, one single-use code: the first commits it, the second gets COUPON_REJECTED and completes without", async () => {
    const coupons = createMemoryCouponRegistry([{ code: "ONCE", promotionId: "p1", usage: "single" }]);
    const saleStore = createMemorySaleStore();
    const first = await setUp({ coupons, saleStore, idPrefix: "a-" });
    const second = await setUp({ coupons, saleStore, idPrefix: "b-" });
    for (const world of [first, second]) {
      await world.till.startSale();
      await world.till.addItem({ sku: "COFFEE", quantity: "1" });
      await world.till.addCoupon(" once ");
      await world.till.addTender({ kind: "cash", amount: "13.00" });
    }
    const done = await first.till.complete();
    expect(first.commits.couponRedemptions).toEqual([{ code: "once", saleId: done.sale.saleId }]);
    await expect(second.till.complete()).rejects.toMatchObject({
      code: "COUPON_REJECTED",
      path: ["couponCodes", 0],
      details: { reason: "already_redeemed" },
    });
    expect([second.till.current()?.sale.status, second.commits.commitCount()]).toEqual(["tendering", 0]);
    await second.till.removeCoupon(" once ");
    expect((await second.till.complete()).sale.couponCodes).toEqual([]);
    expect(second.commits.couponRedemptions).toEqual([]);
  });
});

describe("a post-void mirrors every booking of the completion", () => {
  const balanceText = async (world: World) => {
    const answer = await world.storedValue.balance("GC-1");
    return answer.status === "ok" ? answer.balance.toString() : answer.reason;
  };

  it("puts the goods back, reverses the points, credits the gift card and frees the coupon", async () => {
    const coupons = createMemoryCouponRegistry([{ code: "ONCE", promotionId: "p1", usage: "single" }]);
    const world = await setUp({ coupons });
    await world.till.startSale({ customerId: "C1" });
    await world.till.addItem({ sku: "COFFEE", quantity: "3" });
    await world.till.addCoupon("ONCE");
    await world.till.addTender({ kind: "gift-card", amount: "10.00", accountId: "GC-1" });
    await world.till.addTender({ kind: "cash", amount: "30.00" });
    const sale = (await world.till.complete()).sale;
    expect([await world.loyaltyLedger.balance("C1"), await balanceText(world)]).toEqual([38, "0.00"]);

    await world.till.postVoid(sale.saleId, "rang up the wrong customer");
    const stock = world.commits.stockDeltas.map((row) => `${row.sku} ${row.delta.toString()}`);
    expect(stock).toEqual(["COFFEE -3", "COFFEE 3"]);
    expect([await world.loyaltyLedger.balance("C1"), await balanceText(world)]).toEqual([0, "10.00"]);
    // The single-use code is free again: the next sale redeems it.
    await world.till.startSale();
    await world.till.addItem({ sku: "COFFEE", quantity: "1" });
    await world.till.addCoupon("ONCE");
    await world.till.addTender({ kind: "cash", amount: "13.00" });
    expect((await world.till.complete()).sale.couponCodes).toEqual(["ONCE"]);
  });

  it("refuses a post-void once goods of the sale were returned, and books nothing", async () => {
    const world = await setUp();
    const sale = await sellThree(world, [{ kind: "cash", amount: "40.00" }]);
    await returnCoffee(world, sale.saleId, sale.lines[0]?.lineId ?? "", "1");
    const commitsBefore = world.commits.commitCount();
    await expect(world.till.postVoid(sale.saleId, "too late")).rejects.toMatchObject({
      code: "RETURN_NOT_ALLOWED",
    });
    expect(world.commits.commitCount()).toBe(commitsBefore);
  });
});
