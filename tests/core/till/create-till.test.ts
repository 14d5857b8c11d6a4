import { describe, expect, it } from "vitest";
import { isTillError } from "../../../src/core";
import {
  type ApprovalDecision,
  createFixedClock,
  createMemoryApprovals,
  createMemoryCatalog,
  createMemorySaleStore,
  createSequentialIds,
  createTill,
  type Till,
} from "../../../src/core/checkout";
import { stages } from "../pipeline/test-stages";
import { catalogItems, rules } from "../sale/sale-fixtures";

function setup(role = "cashier", decision: ApprovalDecision = { isGranted: true, approvedBy: "mgr-1" }) {
  const saleStore = createMemorySaleStore();
  const approvals = createMemoryApprovals(() => decision);
  const till = createTill({
    storeId: "store-1",
    registerId: "reg-1",
    currency: "EUR",
    stages: [...stages],
    rules,
    ports: {
      catalog: createMemoryCatalog(catalogItems),
      saleStore,
      approvals,
      clock: createFixedClock("2026-11-23T12:00:00.000Z"),
      ids: createSequentialIds(),
    },
  });
  till.signIn({ employeeId: "emp-1", role });
  const events: string[] = [];
  for (const name of [
    "lineAdded",
    "lineChanged",
    "lineVoided",
    "totalsChanged",
    "customerAttached",
    "approvalRequired",
    "tenderStarted",
    "tenderResult",
    "saleCompleted",
    "saleVoided",
    "returnCompleted",
    "error",
  ] as const) {
    till.events.on(name, (() => events.push(name)) as never);
  }
  return { till, saleStore, approvals, events };
}

const total = (till: Till) => till.current()?.priced.total.toString();

async function sellAndComplete(till: Till, items: [string, string][]) {
  await till.startSale();
  for (const [sku, quantity] of items) await till.addItem({ sku, quantity });
  await till.addTender({ kind: "cash", amount: till.current()!.priced.balanceDue.toString() });
  return till.complete();
}

describe("the till facade", () => {
  it("sells by SKU and barcode, weighs, tenders with change and completes", async () => {
    const { till, saleStore, events } = setup();
    await till.startSale();
    await till.addItem({ barcode: "4006381333931" });
    await till.addItem({ sku: "APPLES", scaleWeight: "0.350" });
    expect(total(till)).toBe("15.76"); // 12.99 + 1.30 + 1.40 + 0.07
    await till.addTender({ kind: "cash", amount: "20.00" });
    expect(till.current()?.priced.change.toString()).toBe("4.24");
    const done = await till.complete();
    expect([done.sale.status, done.sale.receiptNumber]).toEqual(["completed", "reg-1-1"]);
    expect((await saleStore.load("sale-1"))?.priced?.total.toString()).toBe("15.76");
    expect(till.current()).toBeUndefined();
    expect(events.filter((name) => name !== "totalsChanged")).toEqual([
      "lineAdded",
      "lineAdded",
      "tenderStarted",
      "tenderResult",
      "saleCompleted",
    ]);
  });

  it.each([
    ["a cashier voids a line alone", "cashier", async (t: Till) => t.voidLine("line-1"), 0, undefined],
    [
      "a cashier overrides a price with a manager's approval",
      "cashier",
      async (t: Till) => t.overridePrice("line-1", "10.00", "damaged"),
      1,
      "mgr-1",
    ],
    [
      "a supervisor overrides alone",
      "supervisor",
      async (t: Till) => t.overridePrice("line-1", "10.00", "damaged"),
      0,
      undefined,
    ],
    [
      "a cashier gives 10% alone",
      "cashier",
      async (t: Till) =>
        t.addDiscount({ scope: { kind: "basket" }, value: { kind: "percent", percent: "10" }, reason: "r" }),
      0,
      undefined,
    ],
    [
      "a cashier gives 2.00 off 12.99 (15%) with approval",
      "cashier",
      async (t: Till) =>
        t.addDiscount({ scope: { kind: "basket" }, value: { kind: "amount", amount: "2.00" }, reason: "r" }),
      1,
      "mgr-1",
    ],
  ] as const)("%s", async (_title, role, operation, approvalCount, approvedBy) => {
    const { till, approvals } = setup(role);
    await till.startSale();
    await till.addItem({ sku: "COFFEE" });
    const { sale } = await operation(till);
    expect(approvals.requests.length).toBe(approvalCount);
    expect(sale.approvals.map((approval) => approval.approvedBy)).toEqual(
      approvedBy === undefined ? [] : [approvedBy],
    );
  });

  it("a refused approval leaves the sale exactly as it was and emits error", async () => {
    const { till, events } = setup("cashier", { isGranted: false, reason: "no" });
    await till.startSale();
    await till.addItem({ sku: "COFFEE" });
    const before = JSON.stringify(till.current());
    await expect(till.overridePrice("line-1", "1.00", "r")).rejects.toMatchObject({
      code: "APPROVAL_REFUSED",
    });
    expect(JSON.stringify(till.current())).toBe(before);
    expect(events.slice(-2)).toEqual(["approvalRequired", "error"]);
  });

  it.each([
    ["an unknown SKU", (t: Till) => t.addItem({ sku: "NOPE" }), "UNKNOWN_SKU"],
    ["an unknown barcode", (t: Till) => t.addItem({ barcode: "000" }), "UNKNOWN_BARCODE"],
    ["an apple without weight", (t: Till) => t.addItem({ sku: "APPLES" }), "INVALID_QUANTITY"],
    ["2.5 coffees", (t: Till) => t.addItem({ sku: "COFFEE", quantity: "2.5" }), "QUANTITY_PRECISION"],
    ["a quantity of zero", (t: Till) => t.changeQuantity("line-1", "0"), "INVALID_QUANTITY"],
    ["completing unpaid", (t: Till) => t.complete(), "NOT_FULLY_PAID"],
    ["a second sale", (t: Till) => t.startSale(), "SALE_IN_PROGRESS"],
    [
      "a 150% discount",
      (t: Till) =>
        t.addDiscount({ scope: { kind: "basket" }, value: { kind: "percent", percent: "150" }, reason: "r" }),
      "INVALID_DISCOUNT",
    ],
  ] as const)("rejects %s and keeps the sale", async (_title, operation, code) => {
    const { till } = setup();
    await till.startSale();
    await till.addItem({ sku: "COFFEE" });
    const before = JSON.stringify(till.current());
    await expect(operation(till)).rejects.toSatisfy(
      (error: unknown) => isTillError(error) && error.code === code,
    );
    expect(JSON.stringify(till.current())).toBe(before);
  });

  it("suspends, serves another customer and resumes by id", async () => {
    const { till } = setup();
    await till.startSale();
    await till.addItem({ sku: "MILK", quantity: "2" });
    const parked = await till.suspend();
    await sellAndComplete(till, [["PEN", "1"]]);
    const resumed = await till.resume(parked.saleId);
    expect([resumed.sale.status, resumed.priced.total.toString()]).toEqual(["open", "15.73"]);
  });

  it("picks a resumed sale up again on the same register after its till stopped, but not on another", async () => {
    const { till, saleStore } = setup();
    await till.startSale();
    await till.addItem({ sku: "MILK", quantity: "2" });
    const parked = await till.suspend();
    await till.resume(parked.saleId);
    const config = (registerId: string) => ({
      storeId: "store-1",
      registerId,
      currency: "EUR",
      stages: [...stages],
      rules,
      ports: {
        catalog: createMemoryCatalog(catalogItems),
        saleStore,
        approvals: createMemoryApprovals(() => ({ isGranted: true, approvedBy: "mgr-1" })),
        clock: createFixedClock("2026-11-23T12:05:00.000Z"),
        ids: createSequentialIds(),
      },
    });
    const elsewhere = createTill(config("reg-2"));
    elsewhere.signIn({ employeeId: "emp-2", role: "cashier" });
    await expect(elsewhere.resume(parked.saleId)).rejects.toSatisfy(isTillError);
    const restarted = createTill(config("reg-1"));
    restarted.signIn({ employeeId: "emp-1", role: "cashier" });
    const recovered = await restarted.resume(parked.saleId);
    expect([recovered.sale.status, recovered.priced.total.toString()]).toEqual(["open", "15.73"]);
  });

  it("voids a sale (supervisor approval for a cashier) and post-voids a completed one", async () => {
    const { till, events } = setup();
    await till.startSale();
    await till.addItem({ sku: "PEN" });
    const voided = await till.voidSale("walked out");
    expect([voided.status, voided.voided?.approvedBy]).toEqual(["voided", "mgr-1"]);
    const done = await sellAndComplete(till, [["PEN", "2"]]);
    const postVoided = await till.postVoid(done.sale.saleId, "wrong customer");
    expect([postVoided.status, postVoided.voided?.isPostVoid]).toEqual(["voided", true]);
    expect(events.filter((name) => name === "saleVoided").length).toBe(2);
    await till.startSale();
    await expect(till.returnItems({ saleId: done.sale.saleId, lines: [] })).rejects.toMatchObject({
      code: "SALE_VOIDED",
    });
  });

  it("returns against a receipt, then an exchange nets to a balance due", async () => {
    const { till, events } = setup();
    const original = await sellAndComplete(till, [
      ["COFFEE", "2"],
      ["MILK", "1"],
    ]);
    await till.startSale();
    await till.returnItems({
      receiptNumber: original.sale.receiptNumber!,
      lines: [{ lineId: "line-1", quantity: "1" }],
    });
    expect(total(till)).toBe("-14.29");
    await till.addItem({ sku: "BREAD", quantity: "5" }); // 17.50 + 0.88 = 18.38
    expect(total(till)).toBe("4.09");
    await till.addTender({ kind: "cash", amount: "4.09" });
    await till.complete();
    expect(events.at(-1)).toBe("returnCompleted");
    await till.startSale();
    await expect(
      till.returnItems({ saleId: original.sale.saleId, lines: [{ lineId: "line-1", quantity: "2" }] }),
    ).rejects.toMatchObject({ code: "RETURN_EXCEEDS_SOLD" });
  });

  it("a receipt-less return needs the permission, at today's price", async () => {
    const { till, approvals } = setup();
    await till.startSale();
    const { priced } = await till.returnWithoutReceipt({ sku: "PEN", quantity: "2" });
    expect([priced.total.toString(), approvals.requests[0]?.permission]).toEqual([
      "-2.18",
      "refund.without-receipt",
    ]);
    // A refund needs no tender: the completion pays it out in cash.
    const done = await till.complete();
    const entry = (await till.journal()).at(-1);
    expect([
      done.sale.receiptNumber,
      entry?.type,
      JSON.stringify((entry?.payload as { tenders?: unknown } | undefined)?.tenders),
    ]).toEqual([
      "reg-1-1",
      "return.completed",
      JSON.stringify([{ kind: "cash", amount: { amount: "-2.18", currency: "EUR" } }]),
    ]);
  });

  it("training mode marks sales, and splits sum to the sale", async () => {
    const { till } = setup("manager");
    await till.setTrainingMode(true);
    await till.startSale();
    await till.addItem({ sku: "COFFEE", quantity: "3" });
    expect(till.current()?.sale.isTraining).toBe(true);
    const checks = await till.split({ method: "evenly", parts: 2 });
    expect(checks.map((check) => check.total.toString())).toEqual(["21.44", "21.43"]);
  });

  it("attaches a customer and records notes and coupons", async () => {
    const { till, events } = setup();
    await till.startSale();
    await till.attachCustomer({ customerId: "c-1", tier: "gold" });
    await till.addCoupon("SAVE5");
    await till.addNote("gift");
    const { sale } = await till.detachCustomer();
    expect([sale.customer, sale.couponCodes, sale.notes.map((note) => note.text)]).toEqual([
      undefined,
      ["SAVE5"],
      ["gift"],
    ]);
    expect(events.filter((name) => name === "customerAttached").length).toBe(2);
  });
});

describe("line events", () => {
  it("emits lineAdded, lineChanged and lineVoided with the changed line", async () => {
    const { till } = setup();
    const seen: string[] = [];
    till.events.on("lineAdded", ({ line }) => seen.push(`added ${line.sku} ${line.quantity.toString()}`));
    till.events.on("lineChanged", ({ line }) => seen.push(`changed ${line.sku} ${line.quantity.toString()}`));
    till.events.on("lineVoided", ({ line }) => seen.push(`voided ${line.sku} by ${line.voided?.by}`));
    await till.startSale();
    await till.addItem({ sku: "MILK" });
    await till.changeQuantity("line-1", "4");
    await till.voidLine("line-1");
    expect(seen).toEqual(["added MILK 1", "changed MILK 4", "voided MILK by emp-1"]);
    expect(total(till)).toBe("0.00");
  });
});
