import { describe, expect, it } from "vitest";
import {
  type CouponRegistryPort,
  createManualTimer,
  createMemoryLoyaltyLedger,
  createMemorySaleStore,
  createTill,
  getCashRoundingPreset,
  type PricingContext,
  type PricingStage,
  parseMoney,
  type Sale,
} from "../../../src/core";
import type { LoyaltyAccrual } from "../../../src/core/till/till-loyalty";
import { stages } from "../pipeline/test-stages";
import { NOW, setup, type World } from "./till-world";

type TenderInput = Parameters<World["till"]["addTender"]>[0];

/** Sells `[sku, quantity]` lines, pays with the tenders given, completes. */
async function sell(world: World, items: readonly [string, string][], tenders: readonly TenderInput[]) {
  await world.till.startSale();
  for (const [sku, quantity] of items) await world.till.addItem({ sku, quantity });
  for (const tender of tenders) await world.till.addTender(tender);
  return (await world.till.complete()).sale;
}

async function returnLines(world: World, saleId: string, lines: readonly [string, string][]) {
  await world.till.startSale();
  await world.till.returnItems({ saleId, lines: lines.map(([lineId, quantity]) => ({ lineId, quantity })) });
}

const tenderRows = (sale: Sale) =>
  sale.tenders.map((tender) => [tender.kind, tender.status, tender.amount.toString(), tender.refundOf]);

describe("a return is paid back to the original sale's tenders", () => {
  // 2 coffee 25.98 + 10% 2.60 = 28.58; one coffee back is 12.99 + 1.30 = 14.29.
  it("cash back to the cash tender, as an entered refund tender of −14.29", async () => {
    const world = setup();
    const sale = await sell(world, [["COFFEE", "2"]], [{ kind: "cash", amount: "30.00" }]);
    await returnLines(world, sale.saleId, [["line-1", "1"]]);
    const done = await world.till.complete();
    expect(tenderRows(done.sale)).toEqual([["cash", "entered", "-14.29", sale.tenders[0]?.tenderId]]);
    expect([
      done.priced.total.toString(),
      done.priced.balanceDue.toString(),
      done.priced.change.toString(),
    ]).toEqual(["-14.29", "0.00", "0.00"]);
  });

  it("a card back to the card through the terminal, referenced to the refund", async () => {
    const world = setup();
    const sale = await sell(world, [["COFFEE", "2"]], [{ kind: "card", amount: "28.58" }]);
    await returnLines(world, sale.saleId, [["line-1", "1"]]);
    const done = await world.till.complete();
    const refund = done.sale.tenders[0];
    expect(tenderRows(done.sale)).toEqual([["card", "approved", "-14.29", sale.tenders[0]?.tenderId]]);
    expect(refund?.reference).not.toBe(sale.tenders[0]?.reference);
    expect(world.terminal.log.at(-1)).toContain("refund");
  });

  it("a gift card back to its account, approved at once", async () => {
    const world = setup();
    const sale = await sell(
      world,
      [["PEN", "2"]],
      // 2 pens 1.98 + 0.20 = 2.18, all on the gift card.
      [{ kind: "gift-card", amount: "2.18", accountId: "GC-1" }],
    );
    await returnLines(world, sale.saleId, [["line-1", "1"]]);
    const done = await world.till.complete();
    // One pen back: 0.99 + 0.10 = 1.09.
    expect(tenderRows(done.sale)).toEqual([["gift-card", "approved", "-1.09", sale.tenders[0]?.tenderId]]);
    expect(done.sale.tenders[0]?.reference).toBe("GC-1");
  });

  it("a second return pays back what is left of the tender, then cash", async () => {
    const world = setup();
    // 3 coffee 38.97 + 3.90 = 42.87: 20.00 on card, 22.87 in cash.
    const sale = await sell(
      world,
      [["COFFEE", "3"]],
      [
        { kind: "card", amount: "20.00" },
        { kind: "cash", amount: "22.87" },
      ],
    );
    await returnLines(world, sale.saleId, [["line-1", "2"]]);
    const first = await world.till.complete();
    await returnLines(world, sale.saleId, [["line-1", "1"]]);
    const second = await world.till.complete();
    const refunded = [...first.sale.tenders, ...second.sale.tenders].reduce(
      (total, tender) => total + tender.amount.minor,
      0n,
    );
    // Everything back: −42.87 across both returns, card and cash each at most what they paid.
    expect(refunded).toBe(-4287n);
    const byKind = (kind: string) =>
      [...first.sale.tenders, ...second.sale.tenders]
        .filter((tender) => tender.kind === kind)
        .reduce((total, tender) => total + tender.amount.minor, 0n);
    expect([byKind("card"), byKind("cash")]).toEqual([-2000n, -2287n]);
  });

  it("a return against two receipts splits the refund by what came back from each", async () => {
    const world = setup();
    const coffee = await sell(world, [["COFFEE", "1"]], [{ kind: "card", amount: "14.29" }]);
    const pens = await sell(world, [["PEN", "2"]], [{ kind: "cash", amount: "2.18" }]);
    await world.till.startSale();
    await world.till.returnItems({ saleId: coffee.saleId, lines: [{ lineId: "line-1", quantity: "1" }] });
    await world.till.returnItems({ saleId: pens.saleId, lines: [{ lineId: "line-2", quantity: "2" }] });
    const done = await world.till.complete();
    expect(tenderRows(done.sale)).toEqual([
      ["card", "approved", "-14.29", coffee.tenders[0]?.tenderId],
      ["cash", "entered", "-2.18", pens.tenders[0]?.tenderId],
    ]);
  });

  it("a refund above the cash limit asks a manager first; a refusal pays nothing back", async () => {
    let granted = true;
    const world = setup({
      decide: () => (granted ? { isGranted: true, approvedBy: "mgr-1" } : { isGranted: false, reason: "no" }),
      tenderPolicy: { refundLimits: { cash: "10.00" } },
    });
    const sale = await sell(world, [["COFFEE", "2"]], [{ kind: "cash", amount: "28.58" }]);
    granted = false;
    await returnLines(world, sale.saleId, [["line-1", "1"]]);
    await expect(world.till.complete()).rejects.toMatchObject({ code: "APPROVAL_REFUSED" });
    expect(world.till.current()?.sale.tenders).toEqual([]);
    granted = true;
    const done = await world.till.complete();
    const request = world.approvals.requests.at(-1);
    expect([request?.permission, request?.subject, request?.details]).toEqual([
      "refund.above-limit",
      "refund:cash",
      { rule: "refund.cash.aboveLimit", amount: "14.29", limit: "10.00" },
    ]);
    expect(tenderRows(done.sale)).toEqual([["cash", "entered", "-14.29", sale.tenders[0]?.tenderId]]);
  });
});

describe("cash rounding on a refund", () => {
  // Under the 0.05 rule a 14.29 cash sale is paid 14.30; its refund pays back 14.30 in cash too.
  it("a full cash refund of a rounded sale is rounded the same way", async () => {
    const world = setup({ tenderPolicy: { cashRounding: getCashRoundingPreset("SK") } });
    const sale = await sell(world, [["COFFEE", "1"]], [{ kind: "cash", amount: "14.30" }]);
    expect(sale.cashRounding?.difference.toString()).toBe("0.01");
    await returnLines(world, sale.saleId, [["line-1", "1"]]);
    const done = await world.till.complete();
    expect(tenderRows(done.sale)).toEqual([["cash", "entered", "-14.30", sale.tenders[0]?.tenderId]]);
    expect(done.sale.cashRounding?.difference.toString()).toBe("-0.01");
  });

  it("a card paid exactly is refunded exactly: no rounding line", async () => {
    const world = setup({ tenderPolicy: { cashRounding: getCashRoundingPreset("SK") } });
    const sale = await sell(world, [["COFFEE", "1"]], [{ kind: "card", amount: "14.29" }]);
    await returnLines(world, sale.saleId, [["line-1", "1"]]);
    const done = await world.till.complete();
    expect([tenderRows(done.sale), done.sale.cashRounding]).toEqual([
      [["card", "approved", "-14.29", sale.tenders[0]?.tenderId]],
      undefined,
    ]);
  });
});

/** 25 points earned and 30 redeemed on the first line of a sale with a customer; none without. */
const clubPoints: LoyaltyAccrual = (sale) =>
  sale.customer === undefined
    ? undefined
    : {
        programId: "club",
        customerId: sale.customer.customerId,
        earned: [{ lineId: "line-1", points: 25 }],
        redeemed: [{ lineId: "line-1", points: 30 }],
        expiresAt: "2027-11-23T00:00:00.000Z",
      };

const entryRows = (world: World) =>
  world.commits.loyaltyEntries.map((entry) => [entry.entryId, entry.kind, entry.points, entry.saleId]);

async function sellToCustomer(
  world: World,
  items: readonly [string, string][],
  tenders: readonly TenderInput[],
) {
  await world.till.startSale({ customerId: "C1" });
  for (const [sku, quantity] of items) await world.till.addItem({ sku, quantity });
  for (const tender of tenders) await world.till.addTender(tender);
  return (await world.till.complete()).sale;
}

describe("loyalty points at completion, on returns and on a post-void", () => {
  // 3 coffee 38.97 + 3.90 = 42.87.
  it("a sale books its redemption (−30) and its earn (+25, with the expiry) under ids of the sale", async () => {
    const world = setup({ loyalty: clubPoints });
    const sale = await sellToCustomer(world, [["COFFEE", "3"]], [{ kind: "cash", amount: "42.87" }]);
    expect(sale.loyalty?.programId).toBe("club");
    expect(entryRows(world)).toEqual([
      ["sale-1:redeem", "redeem", -30, "sale-1"],
      ["sale-1:earn", "earn", 25, "sale-1"],
    ]);
    expect(
      world.commits.loyaltyEntries.map((entry) => [
        entry.customerId,
        entry.programId,
        entry.at,
        entry.expiresAt,
      ]),
    ).toEqual([
      ["C1", "club", sale.completedAt, undefined],
      ["C1", "club", sale.completedAt, "2027-11-23T00:00:00.000Z"],
    ]);
  });

  it("no points move without a program answer, nor for zero points", async () => {
    const none = setup({ loyalty: () => undefined });
    await sellToCustomer(none, [["PEN", "1"]], [{ kind: "cash", amount: "1.09" }]);
    const zero = setup({
      loyalty: (sale) => ({
        programId: "club",
        customerId: "C1",
        earned: [{ lineId: sale.lines[0]?.lineId ?? "", points: 0 }],
        redeemed: [],
      }),
    });
    const sale = await sellToCustomer(zero, [["PEN", "1"]], [{ kind: "cash", amount: "1.09" }]);
    expect([entryRows(none), entryRows(zero), sale.loyalty?.earned]).toEqual([
      [],
      [],
      [{ lineId: "line-1", points: 0 }],
    ]);
  });

  it("a training sale moves no points, no stock and records no loyalty", async () => {
    const world = setup({ role: "manager", loyalty: clubPoints });
    await world.till.setTrainingMode(true);
    const sale = await sellToCustomer(world, [["COFFEE", "1"]], [{ kind: "cash", amount: "14.29" }]);
    expect([sale.isTraining, sale.loyalty, entryRows(world), world.commits.stockDeltas]).toEqual([
      true,
      undefined,
      [],
      [],
    ]);
  });

  it("returns of 1 then 2 of 3 reverse 8 then 17 and restore 10 then 20", async () => {
    // floor(25 × 1/3) = 8, then 25 − 8 = 17; floor(30 × 1/3) = 10, then 30 − 10 = 20.
    const world = setup({ loyalty: clubPoints });
    const sale = await sellToCustomer(world, [["COFFEE", "3"]], [{ kind: "cash", amount: "42.87" }]);
    await returnLines(world, sale.saleId, [["line-1", "1"]]);
    await world.till.complete();
    await returnLines(world, sale.saleId, [["line-1", "2"]]);
    await world.till.complete();
    expect(entryRows(world).slice(2)).toEqual([
      ["sale-2:reverse:sale-1", "reverse", -8, "sale-2"],
      ["sale-2:restore:sale-1", "restore", 10, "sale-2"],
      ["sale-3:reverse:sale-1", "reverse", -17, "sale-3"],
      ["sale-3:restore:sale-1", "restore", 20, "sale-3"],
    ]);
  });

  it("a post-void mirrors the completion: earn reversed, redemption restored, stock back on the shelf", async () => {
    const world = setup({ loyalty: clubPoints });
    const sale = await sellToCustomer(
      world,
      [
        ["COFFEE", "3"],
        ["PEN", "2"],
      ],
      // 42.87 + 2.18 = 45.05: 5.00 on the gift card, the rest in cash.
      [
        { kind: "gift-card", amount: "5.00", accountId: "GC-1" },
        { kind: "cash", amount: "40.05" },
      ],
    );
    expect(world.commits.stockDeltas.map((row) => [row.sku, row.delta.toString(), row.lineId])).toEqual([
      ["COFFEE", "-3", "line-1"],
      ["PEN", "-2", "line-2"],
    ]);
    expect(world.commits.storedValueEntries.map((row) => [row.accountId, row.delta.toString()])).toEqual([
      ["GC-1", "-5.00"],
    ]);
    await world.till.postVoid(sale.saleId, "wrong customer");
    expect(
      world.commits.stockDeltas.slice(2).map((row) => [row.sku, row.delta.toString(), row.lineId]),
    ).toEqual([
      ["COFFEE", "3", "line-1"],
      ["PEN", "2", "line-2"],
    ]);
    expect(entryRows(world).slice(2)).toEqual([
      ["sale-1:redeem:post-void", "restore", 30, "sale-1"],
      ["sale-1:earn:post-void", "reverse", -25, "sale-1"],
    ]);
    expect(world.commits.loyaltyEntries.slice(2).some((entry) => entry.expiresAt !== undefined)).toBe(false);
    expect(
      world.commits.storedValueEntries.slice(1).map((row) => [row.accountId, row.delta.toString()]),
    ).toEqual([["GC-1", "5.00"]]);
  });

  it("a voided line moves no stock", async () => {
    const world = setup();
    await world.till.startSale();
    await world.till.addItem({ sku: "COFFEE", quantity: "1" });
    await world.till.addItem({ sku: "PEN", quantity: "3" });
    await world.till.voidLine("line-1");
    await world.till.addTender({ kind: "cash", amount: "5.00" });
    await world.till.complete();
    expect(world.commits.stockDeltas.map((row) => [row.sku, row.delta.toString(), row.saleId])).toEqual([
      ["PEN", "-3", "sale-1"],
    ]);
  });
});

/** A coupon registry that takes every code once, upper-cased, and refuses "TAKEN". */
function couponRegistry() {
  const log: string[] = [];
  const registry: CouponRegistryPort = {
    redeem: async (code, saleId, customerId) => {
      log.push(`redeem ${code} ${saleId} ${customerId ?? "-"}`);
      return code === "TAKEN"
        ? { status: "rejected", code, reason: "already_redeemed" }
        : { status: "redeemed", code: code.toUpperCase(), saleId };
    },
    release: async (code, saleId) => {
      log.push(`release ${code} ${saleId}`);
    },
  };
  return { registry, log };
}

describe("coupon codes at completion", () => {
  it("redeems every code for the sale and customer, records what the registry named, and releases them on a post-void", async () => {
    const { registry, log } = couponRegistry();
    const world = setup({ coupons: registry });
    await world.till.startSale({ customerId: "C1" });
    await world.till.addItem({ sku: "PEN", quantity: "1" });
    await world.till.addCoupon("save5");
    await world.till.addCoupon("club");
    await world.till.addTender({ kind: "cash", amount: "1.09" });
    const { sale } = await world.till.complete();
    expect(world.commits.couponRedemptions).toEqual([
      { code: "SAVE5", saleId: sale.saleId },
      { code: "CLUB", saleId: sale.saleId },
    ]);
    await world.till.postVoid(sale.saleId, "wrong customer");
    expect(log).toEqual([
      "redeem save5 sale-1 C1",
      "redeem club sale-1 C1",
      "release SAVE5 sale-1",
      "release CLUB sale-1",
    ]);
  });

  it("a refused code releases those redeemed before it and names itself; the sale stays open", async () => {
    const { registry, log } = couponRegistry();
    const world = setup({ coupons: registry });
    await world.till.startSale();
    await world.till.addItem({ sku: "PEN", quantity: "1" });
    await world.till.addCoupon("A");
    await world.till.addCoupon("TAKEN");
    await world.till.addCoupon("C");
    await world.till.addTender({ kind: "cash", amount: "1.09" });
    await expect(world.till.complete()).rejects.toMatchObject({
      code: "COUPON_REJECTED",
      path: ["couponCodes", 1],
      details: { code: "TAKEN", reason: "already_redeemed" },
    });
    expect(log).toEqual(["redeem A sale-1 -", "redeem TAKEN sale-1 -", "release A sale-1"]);
    expect([world.till.current()?.sale.status, world.commits.commitCount()]).toEqual(["tendering", 0]);
    await world.till.removeCoupon("TAKEN");
    expect((await world.till.complete()).sale.status).toBe("completed");
  });

  it("a training sale redeems nothing", async () => {
    const { registry, log } = couponRegistry();
    const world = setup({ role: "manager", coupons: registry });
    await world.till.setTrainingMode(true);
    await world.till.startSale();
    await world.till.addItem({ sku: "PEN", quantity: "1" });
    await world.till.addCoupon("A");
    await world.till.addTender({ kind: "cash", amount: "1.09" });
    await world.till.complete();
    expect([log, world.commits.couponRedemptions]).toEqual([[], []]);
  });
});

describe("the register session at the till", () => {
  it("opens with a float, journals cash movements with the operator and the till's currency, closes over/short", async () => {
    const world = setup();
    await world.till.openSession({ currency: "EUR", counts: [{ denomination: "20.00", count: 5 }] });
    await world.till.paidIn({ amount: "10.00", reason: "change" });
    await world.till.paidOut({ amount: "5.00", reason: "window cleaner" });
    await world.till.drop({ amount: "20.00", reason: "safe" });
    await world.till.pickup({ amount: "1.00", reason: "bank" });
    const types = (await world.till.journal()).map((entry) => entry.type);
    expect(types).toEqual(["session.opened", "cash.paidIn", "cash.paidOut", "cash.drop", "cash.pickup"]);
    const paidIn = (await world.till.journal())[1]?.payload as Record<string, unknown>;
    expect(paidIn).toMatchObject({
      employeeId: "emp-1",
      amount: { amount: "10.00", currency: "EUR" },
      reason: "change",
    });
    // Expected: 100.00 + 10.00 − 5.00 − 20.00 − 1.00 = 84.00; counted 80.00 → 4.00 short.
    const closed = await world.till.closeSession({
      currency: "EUR",
      counts: [{ denomination: "20.00", count: 4 }],
    });
    expect(closed.payload).toMatchObject({
      expected: { amount: "84.00" },
      counted: { currency: "EUR", counts: [{ denomination: "20.00", count: 4 }] },
      overShort: { amount: "-4.00" },
    });
  });

  it.each([
    ["an empty reason", { amount: "1.00", reason: "" }, ["reason"]],
    ["a reason over 200 characters", { amount: "1.00", reason: "x".repeat(201) }, ["reason"]],
    ["an empty amount", { amount: "", reason: "r" }, ["amount"]],
  ])("refuses a paid-in with %s", async (_title, input, path) => {
    const world = setup();
    await world.till.openSession({ currency: "EUR", counts: [{ denomination: "20.00", count: 5 }] });
    await expect(world.till.paidIn(input)).rejects.toMatchObject({ code: "INVALID_INPUT", path });
  });

  it("a supervisor opens the drawer alone; a cashier's no-sale names the approval it needed", async () => {
    const float = { currency: "EUR", counts: [{ denomination: "20.00", count: 5 }] };
    const supervisor = setup({ role: "supervisor" });
    await supervisor.till.openSession(float);
    const alone = await supervisor.till.noSale("change for the float");
    expect([
      alone.type,
      (alone.payload as { approvalId?: string }).approvalId,
      supervisor.approvals.requests.length,
    ]).toEqual(["drawer.opened", undefined, 0]);
    const cashier = setup();
    await cashier.till.openSession(float);
    const approved = await cashier.till.noSale("change for the float");
    const entries = await cashier.till.journal();
    expect(entries.map((entry) => entry.type)).toEqual([
      "session.opened",
      "approval.granted",
      "drawer.opened",
    ]);
    const approvalId = (entries[1]?.payload as { approvalId?: string } | undefined)?.approvalId;
    expect([
      (approved.payload as { approvalId?: string }).approvalId,
      cashier.approvals.requests[0]?.permission,
    ]).toEqual([approvalId, "drawer.no-sale"]);
  });

  it("an X report resets nothing, a Z report numbers the period", async () => {
    const world = setup();
    await world.till.openSession({ currency: "EUR", counts: [{ denomination: "20.00", count: 5 }] });
    await sell(world, [["PEN", "1"]], [{ kind: "cash", amount: "1.09" }]);
    const x = await world.till.xReport();
    const z = await world.till.zReport();
    expect([x.sales.count, x.sales.total.toString(), z.zNumber]).toEqual([1, "1.09", 1]);
  });
});

describe("the till shell: operator, sale in progress, errors", () => {
  it("nothing runs before an operator signs in", async () => {
    const world = setup();
    const till = createTill({ ...world.config });
    await expect(till.startSale()).rejects.toMatchObject({ code: "PERMISSION_DENIED" });
    await expect(till.openSession({ currency: "EUR", counts: [] })).rejects.toMatchObject({
      code: "PERMISSION_DENIED",
    });
  });

  it.each([
    ["addItem", (w: World) => w.till.addItem({ sku: "PEN" })],
    ["voidSale", (w: World) => w.till.voidSale()],
    ["addTender", (w: World) => w.till.addTender({ kind: "cash", amount: "1.00" })],
    ["complete", (w: World) => w.till.complete()],
    ["suspend", (w: World) => w.till.suspend()],
    ["addNote", (w: World) => w.till.addNote("x")],
  ] as const)("%s with no sale in progress is SALE_NOT_FOUND, emitted as error", async (operation, act) => {
    const world = setup();
    const errors: string[] = [];
    world.till.events.on("error", (event) => errors.push(`${event.operation} ${event.error.code}`));
    await expect(act(world)).rejects.toMatchObject({ code: "SALE_NOT_FOUND" });
    expect(errors).toEqual([`${operation} SALE_NOT_FOUND`]);
  });

  it("a port that throws something else is INTERNAL, with the cause kept", async () => {
    const world = setup();
    const broken = createTill({
      ...world.config,
      ports: {
        ...world.config.ports,
        catalog: {
          findBySku: async () => {
            throw new Error("catalog offline");
          },
          findByBarcode: async () => undefined,
        },
      },
    });
    broken.signIn({ employeeId: "emp-1", role: "cashier" });
    const seen: string[] = [];
    broken.events.on("error", (event) => seen.push(`${event.operation} ${event.error.code}`));
    await broken.startSale();
    const error = await broken.addItem({ sku: "PEN" }).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ code: "INTERNAL", message: "Error: catalog offline" });
    expect((error as { cause?: Error }).cause?.message).toBe("catalog offline");
    expect(seen).toEqual(["addItem INTERNAL"]);
  });

  it("a bad configuration names its field under config", () => {
    const world = setup();
    expect(() => createTill({ ...world.config, registerId: "" })).toThrow(
      expect.objectContaining({ code: "INVALID_INPUT", path: ["config", "registerId"] }),
    );
    expect(() =>
      createTill({ ...world.config, ports: { ...world.config.ports, saleStore: undefined as never } }),
    ).toThrow(expect.objectContaining({ code: "INVALID_INPUT", path: ["config", "ports", "saleStore"] }));
  });

  it("an approval is journaled with its sale, subject and approver, and a refusal gives the reason", async () => {
    const world = setup();
    await world.till.startSale();
    await world.till.addItem({ sku: "COFFEE" });
    await world.till.overridePrice("line-1", "10.00", "damaged");
    const granted = (await world.till.journal()).find((entry) => entry.type === "approval.granted");
    expect(granted?.payload).toMatchObject({
      approvalId: "approval-1",
      permission: "price.override",
      requestedBy: "emp-1",
      approvedBy: "mgr-1",
      subject: "line-1",
      saleId: "sale-1",
    });
    expect(world.approvals.requests[0]).toMatchObject({
      saleId: "sale-1",
      subject: "line-1",
      details: { unitPrice: "10.00" },
    });
    const refusing = setup({ decide: () => ({ isGranted: false, reason: "not today" }) });
    await refusing.till.startSale();
    await refusing.till.addItem({ sku: "COFFEE" });
    await expect(refusing.till.overridePrice("line-1", "10.00", "damaged")).rejects.toMatchObject({
      code: "APPROVAL_REFUSED",
      details: { permission: "price.override", reason: "not today" },
    });
  });

  it("an override needs a reason that is not blank", async () => {
    const world = setup({ role: "supervisor" });
    await world.till.startSale();
    await world.till.addItem({ sku: "COFFEE" });
    await expect(world.till.overridePrice("line-1", "10.00", "  ")).rejects.toMatchObject({
      code: "INVALID_INPUT",
      path: ["reason"],
    });
    expect(world.approvals.requests).toEqual([]);
  });
});

describe("completion", () => {
  it("a retried completion after a commit that landed returns the stored sale without committing again", async () => {
    const world = setup();
    let failOnce = true;
    const commit = world.commits;
    const flaky = {
      ...commit,
      commit: async (record: Parameters<typeof commit.commit>[0]) => {
        const stored = await commit.commit(record);
        if (failOnce) {
          failOnce = false;
          throw new Error("connection lost after the write");
        }
        return stored;
      },
      find: commit.find,
    };
    const till = createTill({ ...world.config, ports: { ...world.config.ports, commit: flaky } });
    till.signIn({ employeeId: "emp-1", role: "cashier" });
    await till.startSale();
    await till.addItem({ sku: "PEN" });
    await till.addTender({ kind: "cash", amount: "2.00" });
    await expect(till.complete()).rejects.toMatchObject({ code: "INTERNAL" });
    expect(till.current()?.sale.status).toBe("tendering");
    const done = await till.complete();
    expect([
      done.sale.status,
      done.sale.receiptNumber,
      done.priced.change.toString(),
      commit.commitCount(),
    ]).toEqual(["completed", "reg-1-1", "0.91", 1]);
    expect(till.current()).toBeUndefined();
  });

  it("stores the paid pricing: change from the settlement, nothing due", async () => {
    const world = setup({ tenderPolicy: { cashRounding: getCashRoundingPreset("SK") } });
    await world.till.startSale();
    await world.till.addItem({ sku: "PEN", quantity: "1" });
    // 1.09 rounds to 1.10 in cash; 2.00 handed over gives 0.90 change.
    await world.till.addTender({ kind: "cash", amount: "2.00" });
    const done = await world.till.complete();
    const stored = await world.saleStore.load(done.sale.saleId);
    expect([
      stored?.priced?.change.toString(),
      stored?.priced?.balanceDue.toString(),
      done.sale.cashRounding?.difference.toString(),
    ]).toEqual(["0.90", "0.00", "0.01"]);
  });

  it("a training sale gets a training receipt number and its session-less summary", async () => {
    const world = setup({ role: "manager", snapshotVersions: () => ({ catalog: 7 }) });
    await world.till.setTrainingMode(true);
    const sale = await sell(world, [["PEN", "1"]], [{ kind: "cash", amount: "1.09" }]);
    expect(sale.receiptNumber).toBe("reg-1-T1");
    const entry = (await world.till.journal()).at(-1);
    expect(entry?.payload).toMatchObject({ snapshotVersions: { catalog: 7 } });
  });

  it("events: saleCompleted for a sale, returnCompleted naming the originals for a return", async () => {
    const world = setup();
    const seen: string[] = [];
    world.till.events.on("saleCompleted", ({ sale }) => seen.push(`completed ${sale.saleId}`));
    world.till.events.on("returnCompleted", ({ originalSaleIds }) =>
      seen.push(`returned ${originalSaleIds.join(",")}`),
    );
    const sale = await sell(world, [["PEN", "2"]], [{ kind: "cash", amount: "2.18" }]);
    await returnLines(world, sale.saleId, [["line-1", "1"]]);
    await world.till.complete();
    expect(seen).toEqual(["completed sale-1", "completed sale-2", "returned sale-1"]);
  });
});

describe("voids and post-voids", () => {
  it("a voided sale in progress is journaled with who voided it", async () => {
    const world = setup({ role: "supervisor" });
    await world.till.startSale();
    await world.till.addItem({ sku: "PEN" });
    await world.till.voidSale("walked out");
    const entry = (await world.till.journal()).at(-1);
    expect([entry?.type, entry?.eventId, entry?.payload]).toEqual([
      "sale.voided",
      "void:sale-1",
      {
        saleId: "sale-1",
        employeeId: "emp-1",
        voided: { by: "emp-1", at: expect.any(String), reason: "walked out", isPostVoid: false },
      },
    ]);
    expect(world.till.current()).toBeUndefined();
  });

  it.each([
    ["an unknown sale", async (w: World) => w.till.postVoid("sale-9", "r"), "SALE_NOT_FOUND"],
    [
      "a sale with goods returned",
      async (w: World) => {
        const sale = await sell(w, [["PEN", "2"]], [{ kind: "cash", amount: "2.18" }]);
        await returnLines(w, sale.saleId, [["line-1", "1"]]);
        await w.till.complete();
        return w.till.postVoid(sale.saleId, "r");
      },
      "RETURN_NOT_ALLOWED",
    ],
  ] as const)("a post-void of %s is refused", async (_title, act, code) => {
    await expect(act(setup({ role: "manager" }))).rejects.toMatchObject({ code });
  });
});

describe("manual discounts against the cashier's 10% limit", () => {
  // COFFEE 12.99 and MILK 7.49: the basket net is 20.48.
  async function twoLines(world: World) {
    await world.till.startSale();
    await world.till.addItem({ sku: "COFFEE" });
    await world.till.addItem({ sku: "MILK" });
  }

  it.each([
    ["2.04 off the basket is 9.96% of 20.48", { kind: "basket" }, "2.04", 0],
    ["2.05 off the basket is 10.01% of 20.48", { kind: "basket" }, "2.05", 1],
    ["0.74 off the milk is 9.88% of its 7.49", { kind: "line", lineId: "line-2" }, "0.74", 0],
    // Measured against the basket it would pass; against its own line it does not.
    ["0.75 off the milk is 10.01% of its 7.49", { kind: "line", lineId: "line-2" }, "0.75", 1],
  ] as const)("%s: %i approval(s)", async (_title, scope, amount, approvals) => {
    const world = setup();
    await twoLines(world);
    const { sale } = await world.till.addDiscount({ scope, value: { kind: "amount", amount }, reason: "r" });
    expect(world.approvals.requests.length).toBe(approvals);
    const discount = sale.manualDiscounts[0];
    expect([discount?.value, discount?.approvedBy]).toEqual([
      { kind: "amount", amount: parseMoney(amount, "EUR") },
      approvals === 0 ? undefined : "mgr-1",
    ]);
    if (approvals > 0)
      expect(world.approvals.requests[0]).toMatchObject({
        permission: "discount.above-limit",
        subject: "discount-1",
        details: { amount },
      });
  });

  it("a return line is not part of the basket the limit is measured on", async () => {
    const world = setup();
    await world.till.startSale();
    await world.till.addItem({ sku: "COFFEE" });
    await world.till.returnWithoutReceipt({ sku: "PEN" });
    const before = world.approvals.requests.length;
    // 1.25 is 9.62% of 12.99; it would be 10.42% of 12.99 − 0.99 = 12.00.
    await world.till.addDiscount({
      scope: { kind: "basket" },
      value: { kind: "amount", amount: "1.25" },
      reason: "r",
    });
    expect(world.approvals.requests.length).toBe(before);
  });

  it("15% asks with the percentage; a discount the sale refuses asks nobody", async () => {
    const world = setup();
    await twoLines(world);
    await world.till.addDiscount({
      scope: { kind: "basket" },
      value: { kind: "percent", percent: "15" },
      reason: "r",
    });
    expect(world.approvals.requests[0]?.details).toEqual({ percent: "15" });
    await expect(
      world.till.addDiscount({
        scope: { kind: "line", lineId: "line-1" },
        value: { kind: "amount", amount: "13.00" },
        reason: "r",
      }),
    ).rejects.toMatchObject({ code: "INVALID_DISCOUNT" });
    expect(world.approvals.requests.length).toBe(1);
  });

  it("removes a discount by id", async () => {
    const world = setup();
    await twoLines(world);
    await world.till.addDiscount({
      scope: { kind: "basket" },
      value: { kind: "percent", percent: "5" },
      reason: "r",
    });
    const { sale, priced } = await world.till.removeDiscount("discount-1");
    // 12.99 + 1.30 + 7.49 + 0.37 = 22.15 again.
    expect([sale.manualDiscounts, priced.total.toString()]).toEqual([[], "22.15"]);
  });
});

describe("tenders and lines at the edges", () => {
  it("card and gift card need their ports", async () => {
    const world = setup();
    const bare = createTill({
      ...world.config,
      ports: { ...world.config.ports, paymentTerminal: undefined, storedValue: undefined },
    });
    bare.signIn({ employeeId: "emp-1", role: "cashier" });
    await bare.startSale();
    await bare.addItem({ sku: "PEN" });
    await expect(bare.addTender({ kind: "card", amount: "1.09" })).rejects.toMatchObject({
      code: "TENDER_NOT_ALLOWED",
      details: { kind: "card" },
    });
    await expect(
      bare.addTender({ kind: "gift-card", amount: "1.09", accountId: "GC-1" }),
    ).rejects.toMatchObject({
      code: "TENDER_NOT_ALLOWED",
      details: { kind: "gift-card" },
    });
    await expect(bare.resolvePayment("intent-1")).rejects.toMatchObject({ code: "TENDER_NOT_ALLOWED" });
    await expect(bare.capturePayment("intent-1")).rejects.toMatchObject({ code: "TENDER_NOT_ALLOWED" });
    expect(bare.current()?.sale.tenders).toEqual([]);
  });

  it("tenderStarted then tenderResult, with the tender as entered and as settled", async () => {
    const world = setup();
    const seen: string[] = [];
    world.till.events.on("tenderStarted", ({ tender }) =>
      seen.push(`started ${tender.kind} ${tender.status}`),
    );
    world.till.events.on("tenderResult", ({ tender }) => seen.push(`result ${tender.kind} ${tender.status}`));
    await world.till.startSale();
    await world.till.addItem({ sku: "PEN" });
    await world.till.addTender({ kind: "card", amount: "1.09" });
    expect(seen).toEqual(["started card pending", "result card approved"]);
  });

  it("an unknown intent is not found, for the status query and the void", async () => {
    const world = setup();
    await world.till.startSale();
    await world.till.addItem({ sku: "PEN" });
    await expect(world.till.resolvePayment("intent-9")).rejects.toMatchObject({
      code: "TENDER_NOT_FOUND",
      path: ["intentId"],
    });
    await expect(world.till.voidPayment("intent-9")).rejects.toMatchObject({
      code: "TENDER_NOT_FOUND",
      details: { intentId: "intent-9" },
    });
  });

  it("adds by barcode, and a scan needs exactly one of sku and barcode", async () => {
    const world = setup();
    await world.till.startSale();
    const { sale } = await world.till.addItem({ barcode: "4006381333931" });
    expect(sale.lines.map((line) => line.sku)).toEqual(["COFFEE"]);
    await expect(world.till.addItem({})).rejects.toMatchObject({ code: "INVALID_INPUT", path: ["sku"] });
    await expect(world.till.addItem({ sku: "PEN", barcode: "4006381333931" })).rejects.toMatchObject({
      code: "INVALID_INPUT",
      path: ["sku"],
    });
    await expect(world.till.addItem({ barcode: "000" })).rejects.toMatchObject({
      code: "UNKNOWN_BARCODE",
      path: ["barcode"],
    });
  });

  it("a weighed line changes to 0.5 kg; a quantity that is not a number names the field", async () => {
    const world = setup();
    await world.till.startSale();
    await world.till.addItem({ sku: "APPLES", scaleWeight: "0.350" });
    // 3.99 × 0.5 = 1.995 → 2.00, + 5% 0.10 = 2.10.
    const { priced } = await world.till.changeQuantity("line-1", "0.5");
    expect(priced.total.toString()).toBe("2.10");
    await expect(world.till.changeQuantity("line-1", "half")).rejects.toMatchObject({
      code: "INVALID_INPUT",
      path: ["quantity"],
    });
    await expect(world.till.changeQuantity("line-7", "1")).rejects.toMatchObject({ code: "UNKNOWN_LINE" });
  });
});

describe("sales in progress: returns, suspend, resume, training", () => {
  it("a return finds the original by receipt number; a missing one names the field it was asked by", async () => {
    const world = setup();
    const sale = await sell(world, [["PEN", "2"]], [{ kind: "cash", amount: "2.18" }]);
    await world.till.startSale();
    const { priced } = await world.till.returnItems({
      receiptNumber: sale.receiptNumber ?? "",
      lines: [{ lineId: "line-1", quantity: "1" }],
    });
    expect(priced.total.toString()).toBe("-1.09");
    await expect(world.till.returnItems({ receiptNumber: "reg-1-99", lines: [] })).rejects.toMatchObject({
      code: "SALE_NOT_FOUND",
      path: ["receiptNumber"],
    });
    await expect(world.till.returnItems({ saleId: "sale-99", lines: [] })).rejects.toMatchObject({
      code: "SALE_NOT_FOUND",
      path: ["saleId"],
    });
    await expect(world.till.returnItems({ lines: [] })).rejects.toMatchObject({
      code: "INVALID_INPUT",
      path: ["saleId"],
    });
  });

  it("suspend stores the parked sale; resuming an unknown id is SALE_NOT_FOUND", async () => {
    const world = setup();
    await world.till.startSale();
    await world.till.addItem({ sku: "PEN" });
    const parked = await world.till.suspend();
    expect([(await world.saleStore.load(parked.saleId))?.sale.status, world.till.current()]).toEqual([
      "suspended",
      undefined,
    ]);
    await expect(world.till.resume("sale-9")).rejects.toMatchObject({
      code: "SALE_NOT_FOUND",
      path: ["saleId"],
    });
    const resumed = await world.till.resume(parked.saleId);
    expect([resumed.sale.status, (await world.saleStore.load(parked.saleId))?.sale.status]).toEqual([
      "open",
      "open",
    ]);
    await expect(world.till.resume(parked.saleId)).rejects.toMatchObject({ code: "SALE_IN_PROGRESS" });
  });

  it("a sale started for a customer carries them; attaching emits the customer", async () => {
    const world = setup();
    const customers: (string | undefined)[] = [];
    world.till.events.on("customerAttached", ({ customer }) => customers.push(customer?.customerId));
    const { sale } = await world.till.startSale({ customerId: "C1" });
    await world.till.attachCustomer({ customerId: "C2" });
    await world.till.detachCustomer();
    expect([sale.customer, customers]).toEqual([{ customerId: "C1" }, ["C2", undefined]]);
    await expect(world.till.attachCustomer({ customerId: "" })).rejects.toMatchObject({
      code: "INVALID_INPUT",
      path: ["customer", "customerId"],
    });
  });

  it("training mode needs a manager's approval for a cashier, and never during a sale", async () => {
    const world = setup();
    await world.till.setTrainingMode(true);
    expect(world.approvals.requests.map((request) => request.permission)).toEqual(["training.mode"]);
    const { sale } = await world.till.startSale();
    expect(sale.isTraining).toBe(true);
    await expect(world.till.setTrainingMode(false)).rejects.toMatchObject({ code: "SALE_IN_PROGRESS" });
  });

  it("a note records the operator", async () => {
    const world = setup();
    await world.till.startSale();
    const { sale } = await world.till.addNote("gift wrap");
    expect(sale.notes).toEqual([{ text: "gift wrap", by: "emp-1", at: sale.updatedAt }]);
  });
});

describe("a post-void journals the exact reverse of the completion", () => {
  it("total, discounts, taxes, tenders (foreign notes too), change, cash rounding and lines change sign", async () => {
    const world = setup({
      role: "manager",
      tenderPolicy: {
        cashRounding: getCashRoundingPreset("SK"),
        exchangeRates: { id: "rates-1", asOf: "2026-11-23", rates: [{ currency: "USD", rate: "0.9200" }] },
        acceptedKinds: ["cash", "foreign-cash"],
      },
    });
    await world.till.startSale();
    await world.till.addItem({ sku: "COFFEE", quantity: "2" });
    // 25.98 − 5% 1.30 = 24.68, + 10% 2.47 = 27.15.
    await world.till.addDiscount({
      scope: { kind: "basket" },
      value: { kind: "percent", percent: "5" },
      reason: "r",
    });
    // USD 20.00 at 0.92 = EUR 18.40; 8.75 left, 10.00 cash gives 1.25 change.
    await world.till.addTender({ kind: "foreign-cash", amount: { amount: "20.00", currency: "USD" } });
    await world.till.addTender({ kind: "cash", amount: "10.00" });
    const { sale } = await world.till.complete();
    const entries = () => world.till.journal();
    const completed = (await entries()).at(-1)?.payload as Record<string, unknown>;
    await world.till.postVoid(sale.saleId, "wrong customer");
    const reversed = (await entries()).at(-1);
    expect([reversed?.type, reversed?.eventId]).toEqual(["sale.postVoided", `postvoid:${sale.saleId}`]);
    const payload = reversed?.payload as typeof completed;
    const flip = (text: string) =>
      text.startsWith("-") ? text.slice(1) : text === "0.00" ? "0.00" : `-${text}`;
    const money = (value: unknown) => (value as { amount: string }).amount;
    expect(money(completed.total)).toBe("27.15");
    for (const field of ["total", "discountTotal", "change", "cashRounding"])
      expect([field, money(payload[field])]).toEqual([field, flip(money(completed[field]))]);
    const taxes = (value: unknown) =>
      (value as { base: unknown; tax: unknown }[]).map((row) => [money(row.base), money(row.tax)]);
    expect(taxes(payload.taxes)).toEqual(taxes(completed.taxes).map((row) => row.map(flip)));
    const tenders = (value: unknown) =>
      (value as { kind: string; amount: unknown; foreignAmount?: unknown }[]).map((row) => [
        row.kind,
        money(row.amount),
        row.foreignAmount === undefined ? undefined : money(row.foreignAmount),
      ]);
    expect(tenders(completed.tenders)).toEqual([
      ["foreign-cash", "18.40", "20.00"],
      ["cash", "10.00", undefined],
    ]);
    expect(tenders(payload.tenders)).toEqual([
      ["foreign-cash", "-18.40", "-20.00"],
      ["cash", "-10.00", undefined],
    ]);
    const lines = (value: unknown) =>
      (value as { quantity: string; gross: unknown }[]).map((row) => [row.quantity, money(row.gross)]);
    expect(lines(payload.lines)).toEqual([["-2", "-25.98"]]);
  });
});

describe("what the stages and ports see", () => {
  it("pricing reads the sale's last change as its clock value and the items this till has seen", async () => {
    const world = setup();
    const seen: string[] = [];
    const spy = {
      name: "spy",
      run: (priced: Parameters<PricingStage["run"]>[0], context: PricingContext) => {
        seen.push(
          `${context.now} ${Object.keys(context.catalog.items).join(",")} ${context.policies.roundingMode}`,
        );
        return priced;
      },
    };
    const till = createTill({
      ...world.config,
      stages: [spy, ...stages],
      policies: { roundingMode: "half-even" },
    });
    till.signIn({ employeeId: "emp-1", role: "cashier" });
    await till.startSale();
    const { sale } = await till.addItem({ sku: "PEN" });
    await till.addItem({ sku: "MILK" });
    expect(seen[0]).toBe(`${NOW}  half-even`);
    expect(seen[1]).toBe(`${sale.updatedAt} PEN half-even`);
    expect(seen.at(-1)).toMatch(/ PEN,MILK half-even$/);
  });

  it("without a commit port, the memory commit books the points into the loyalty ledger port", async () => {
    const earnOnly: LoyaltyAccrual = (sale, priced) => {
      const points = clubPoints(sale, priced);
      return points === undefined ? undefined : { ...points, redeemed: [] };
    };
    const world = setup({ loyalty: earnOnly });
    const loyaltyLedger = createMemoryLoyaltyLedger();
    const saleStore = createMemorySaleStore();
    const till = createTill({
      ...world.config,
      ports: { ...world.config.ports, commit: undefined, journal: undefined, saleStore, loyaltyLedger },
    });
    till.signIn({ employeeId: "emp-1", role: "cashier" });
    await till.startSale({ customerId: "C1" });
    await till.addItem({ sku: "PEN" });
    await till.addTender({ kind: "cash", amount: "1.09" });
    const { sale } = await till.complete();
    expect(await loyaltyLedger.balance("C1")).toBe(25);
    expect([(await saleStore.load(sale.saleId))?.sale.status, (await till.journal()).at(-1)?.type]).toEqual([
      "completed",
      "sale.completed",
    ]);
  });

  it("a card operation names only card tenders: a gift card's account is no intent", async () => {
    const world = setup();
    await world.till.startSale();
    await world.till.addItem({ sku: "PEN", quantity: "9" });
    await world.till.addTender({ kind: "gift-card", amount: "1.00", accountId: "GC-1" });
    await expect(world.till.voidPayment("GC-1")).rejects.toMatchObject({
      code: "TENDER_NOT_FOUND",
      path: ["intentId"],
    });
  });

  it("only an approved card can be voided", async () => {
    const world = setup();
    await world.till.startSale();
    await world.till.addItem({ sku: "PEN" });
    world.terminal.script({ outcome: "decline", reason: "insufficient funds" });
    const { sale } = await world.till.addTender({ kind: "card", amount: "1.09" });
    const intentId = sale.tenders[0]?.reference ?? "";
    await expect(world.till.voidPayment(intentId)).rejects.toMatchObject({
      code: "PAYMENT_INVALID_STATE",
      details: { intentId, status: "declined" },
    });
  });

  it("a sale that costs nothing completes with no tender and no cash payout", async () => {
    const world = setup({ role: "supervisor" });
    await world.till.startSale();
    await world.till.addItem({ sku: "PEN" });
    await world.till.overridePrice("line-1", "0.00", "sample");
    const done = await world.till.complete();
    const payload = (await world.till.journal()).at(-1)?.payload as {
      tenders: unknown[];
      total: { amount: string };
    };
    expect([done.sale.status, payload.total.amount, payload.tenders]).toEqual(["completed", "0.00", []]);
  });

  it("a return of two lines of one sale names that sale once", async () => {
    const world = setup();
    const ids: string[][] = [];
    world.till.events.on("returnCompleted", ({ originalSaleIds }) => ids.push([...originalSaleIds]));
    const sale = await sell(
      world,
      [
        ["PEN", "1"],
        ["MILK", "1"],
      ],
      [{ kind: "cash", amount: "10.00" }],
    );
    await returnLines(world, sale.saleId, [
      ["line-1", "1"],
      ["line-2", "1"],
    ]);
    await world.till.complete();
    expect(ids).toEqual([[sale.saleId]]);
  });
});

describe("card results the terminal gives later or in part", () => {
  it("an unknown payment is settled by the terminal's status query, and tenderResult reports it", async () => {
    const world = setup();
    const timer = createManualTimer();
    const till = createTill({
      ...world.config,
      watchdogMilliseconds: 1_000,
      ports: { ...world.config.ports, timer },
    });
    till.signIn({ employeeId: "emp-1", role: "cashier" });
    const results: string[] = [];
    till.events.on("tenderResult", ({ tender }) => results.push(tender.status));
    await till.startSale();
    await till.addItem({ sku: "PEN" });
    world.terminal.script({ outcome: "timeout", actually: "approved" });
    const pending = till.addTender({ kind: "card", amount: "1.09" });
    await timer.whenArmed();
    timer.advance(1_000);
    const intentId = (await pending).sale.tenders[0]?.reference ?? "";
    const { sale, priced } = await till.resolvePayment(intentId);
    expect([sale.tenders[0]?.status, priced.balanceDue.toString(), results]).toEqual([
      "approved",
      "0.00",
      ["unknown", "approved"],
    ]);
  });

  it("a card approved for less keeps the approved amount and leaves the rest due", async () => {
    const world = setup();
    await world.till.startSale();
    await world.till.addItem({ sku: "COFFEE", quantity: "2" });
    world.terminal.script({ outcome: "partial", approvedAmount: parseMoney("20.00", "EUR") });
    const { sale, priced } = await world.till.addTender({ kind: "card", amount: "28.58" });
    // 28.58 − 20.00 = 8.58 still due.
    expect([
      sale.tenders[0]?.status,
      sale.tenders[0]?.amount.toString(),
      priced.balanceDue.toString(),
    ]).toEqual(["approved", "20.00", "8.58"]);
  });
});

describe("every operation names itself in the error event", () => {
  type Call = (till: ReturnType<typeof createTill>) => Promise<unknown>;
  // With no operator signed in and no sale in progress, each of these fails.
  const calls: [string, Call][] = [
    ["startSale", (t) => t.startSale()],
    ["addItem", (t) => t.addItem({ sku: "PEN" })],
    ["changeQuantity", (t) => t.changeQuantity("line-1", "2")],
    ["voidLine", (t) => t.voidLine("line-1")],
    ["overridePrice", (t) => t.overridePrice("line-1", "1.00", "r")],
    [
      "addDiscount",
      (t) =>
        t.addDiscount({ scope: { kind: "basket" }, value: { kind: "percent", percent: "5" }, reason: "r" }),
    ],
    ["removeDiscount", (t) => t.removeDiscount("discount-1")],
    ["attachCustomer", (t) => t.attachCustomer({ customerId: "C1" })],
    ["detachCustomer", (t) => t.detachCustomer()],
    ["addCoupon", (t) => t.addCoupon("A")],
    ["removeCoupon", (t) => t.removeCoupon("A")],
    ["addNote", (t) => t.addNote("n")],
    ["suspend", (t) => t.suspend()],
    ["resume", (t) => t.resume("sale-9")],
    ["voidSale", (t) => t.voidSale()],
    ["postVoid", (t) => t.postVoid("sale-9", "r")],
    ["returnItems", (t) => t.returnItems({ saleId: "sale-9", lines: [] })],
    ["returnWithoutReceipt", (t) => t.returnWithoutReceipt({ sku: "PEN" })],
    ["addTender", (t) => t.addTender({ kind: "cash", amount: "1.00" })],
    ["removeTender", (t) => t.removeTender("tender-1")],
    ["resolvePayment", (t) => t.resolvePayment("intent-1")],
    [
      "resolvePaymentByOperator",
      (t) => t.resolvePaymentByOperator({ intentId: "intent-1", outcome: "approved", reason: "r" }),
    ],
    ["capturePayment", (t) => t.capturePayment("intent-1")],
    ["adjustTip", (t) => t.adjustTip("intent-1", "1.00")],
    ["voidPayment", (t) => t.voidPayment("intent-1")],
    ["complete", (t) => t.complete()],
    ["clockIn", (t) => t.clockIn("")],
    ["clockOut", (t) => t.clockOut("")],
    ["startBreak", (t) => t.startBreak("")],
    ["endBreak", (t) => t.endBreak("")],
    ["openSession", (t) => t.openSession({ currency: "EUR", counts: [] })],
    ["paidIn", (t) => t.paidIn({ amount: "", reason: "r" })],
    ["paidOut", (t) => t.paidOut({ amount: "", reason: "r" })],
    ["drop", (t) => t.drop({ amount: "", reason: "r" })],
    ["pickup", (t) => t.pickup({ amount: "", reason: "r" })],
    ["noSale", (t) => t.noSale("r")],
    ["closeSession", (t) => t.closeSession({ currency: "EUR", counts: [] })],
    ["split", (t) => t.split({ method: "evenly", parts: 2 })],
    ["setTrainingMode", (t) => t.setTrainingMode(true)],
  ];

  it.each(calls)("%s", async (name, call) => {
    const till = createTill(setup().config);
    const names: string[] = [];
    till.events.on("error", (event) => names.push(event.operation));
    await expect(call(till)).rejects.toSatisfy(
      (error: unknown) => typeof error === "object" && error !== null && "code" in error,
    );
    expect(names).toEqual([name]);
  });
});

describe("a card refund after the till restarted", () => {
  it("finds the original payment in the journal and refunds it", async () => {
    const world = setup();
    const sale = await sell(world, [["COFFEE", "2"]], [{ kind: "card", amount: "28.58" }]);
    const restarted = createTill(world.config);
    restarted.signIn({ employeeId: "emp-1", role: "cashier" });
    await restarted.startSale();
    await restarted.returnItems({ saleId: sale.saleId, lines: [{ lineId: "line-1", quantity: "1" }] });
    const done = await restarted.complete();
    expect(tenderRows(done.sale)).toEqual([["card", "approved", "-14.29", sale.tenders[0]?.tenderId]]);
    expect(world.terminal.log.at(-1)).toContain("refund");
  });
});
