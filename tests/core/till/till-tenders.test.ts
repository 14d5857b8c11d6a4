import { describe, expect, it } from "vitest";
import {
  createFixedClock,
  createMemoryApprovals,
  createMemoryCatalog,
  createMemorySaleStore,
  createPaymentTerminalSimulator,
  createSequentialIds,
  createTill,
  moneyFromMinor,
  parseMoney,
} from "../../../src/core";
import { stages } from "../pipeline/test-stages";
import { catalogItems, rules } from "../sale/sale-fixtures";
import { storedValueWith } from "../tenders/tender-fixtures";

function setup() {
  const terminal = createPaymentTerminalSimulator("T1");
  const storedValue = storedValueWith((accountId) =>
    accountId === "GC-EMPTY" ? moneyFromMinor(0n, "EUR") : parseMoney("5.00", "EUR"),
  );
  const till = createTill({
    storeId: "store-1",
    registerId: "reg-1",
    currency: "EUR",
    stages: [...stages],
    rules,
    tenderPolicy: {
      acceptedKinds: ["cash", "card", "gift-card", "voucher"],
      exchangeRates: { id: "rates-1", asOf: "2026-11-23", rates: [{ currency: "USD", rate: "0.9200" }] },
    },
    ports: {
      catalog: createMemoryCatalog(catalogItems),
      saleStore: createMemorySaleStore(),
      approvals: createMemoryApprovals(() => ({ isGranted: true, approvedBy: "mgr-1" })),
      clock: createFixedClock("2026-11-23T12:00:00.000Z"),
      ids: createSequentialIds(),
      paymentTerminal: terminal,
      storedValue,
    },
  });
  till.signIn({ employeeId: "emp-1", role: "cashier" });
  return { till, terminal };
}

// 2 coffee at 12.99 with the 10% test tax: 28.58 due.
describe("tenders at the till (28.58 due)", () => {
  it.each([
    [
      "voucher 10.00 → entered, 18.58 left",
      { kind: "voucher", amount: "10.00", voucherId: "V-1" },
      "entered",
      "10.00",
      "18.58",
    ],
    [
      "gift card asks 10.00, holds 5.00 → approved 5.00",
      { kind: "gift-card", amount: "10.00", accountId: "GC-1" },
      "approved",
      "5.00",
      "23.58",
    ],
    [
      "USD 20.00 at 0.92 → EUR 18.40",
      { kind: "foreign-cash", amount: { amount: "20.00", currency: "USD" } },
      "entered",
      "18.40",
      "10.18",
    ],
    ["card 28.58 → approved by the terminal", { kind: "card", amount: "28.58" }, "approved", "28.58", "0.00"],
  ] as const)("%s", async (_title, input, status, amount, balanceDue) => {
    const { till } = setup();
    await till.startSale();
    await till.addItem({ sku: "COFFEE", quantity: "2" });
    const { sale, priced } = await till.addTender(input);
    const tender = sale.tenders[0];
    expect([tender?.status, tender?.amount.toString(), priced.balanceDue.toString()]).toEqual([
      status,
      amount,
      balanceDue,
    ]);
  });

  it("a declined card can be removed, an approved one cannot; complete needs the full amount", async () => {
    const { till, terminal } = setup();
    await till.startSale();
    await till.addItem({ sku: "COFFEE", quantity: "2" });
    terminal.script({ outcome: "decline", reason: "insufficient funds" });
    const declined = (await till.addTender({ kind: "card", amount: "28.58" })).sale.tenders[0];
    expect(declined?.status).toBe("declined");
    await expect(till.complete()).rejects.toMatchObject({ code: "NOT_FULLY_PAID" });
    expect((await till.removeTender(declined?.tenderId ?? "")).sale.status).toBe("open");
    const approved = (await till.addTender({ kind: "card", amount: "28.58" })).sale.tenders[0];
    await expect(till.removeTender(approved?.tenderId ?? "")).rejects.toMatchObject({
      code: "TENDER_NOT_ALLOWED",
    });
    expect((await till.complete()).sale.receiptNumber).toBe("reg-1-1");
  });

  it.each([
    [
      "an empty gift card",
      { kind: "gift-card", amount: "1.00", accountId: "GC-EMPTY" },
      "INSUFFICIENT_BALANCE",
    ],
    ["a negative amount", { kind: "cash", amount: "-1.00" }, "INVALID_INPUT"],
    ["too precise an amount", { kind: "cash", amount: "1.001" }, "MONEY_PRECISION"],
    [
      "a kind the store does not take",
      { kind: "store-credit", amount: "1.00", accountId: "SC-1" },
      "TENDER_NOT_ALLOWED",
    ],
    [
      "a currency with no rate",
      { kind: "foreign-cash", amount: { amount: "5.00", currency: "GBP" } },
      "UNKNOWN_CURRENCY",
    ],
  ] as const)("refuses %s with %s and leaves the sale as it was", async (_title, input, code) => {
    const { till } = setup();
    await till.startSale();
    const before = (await till.addItem({ sku: "COFFEE", quantity: "2" })).sale;
    await expect(till.addTender(input)).rejects.toMatchObject({ code });
    expect(till.current()?.sale).toEqual(before);
  });

  it("post-voids a completed sale as the exact reverse of its journal entry", async () => {
    const { till } = setup();
    await till.startSale();
    await till.addItem({ sku: "COFFEE", quantity: "2" });
    await till.addTender({ kind: "cash", amount: "30.00" });
    const { sale } = await till.complete();
    const voided = await till.postVoid(sale.saleId, "wrong customer");
    const entry = (await till.journal()).at(-1);
    const payload = entry?.payload as { total: { amount: string }; change: { amount: string } };
    expect([
      voided.status,
      entry?.type,
      entry?.receiptNumber,
      payload.total.amount,
      payload.change.amount,
    ]).toEqual(["voided", "sale.postVoided", 2, "-28.58", "-1.42"]);
  });
});
