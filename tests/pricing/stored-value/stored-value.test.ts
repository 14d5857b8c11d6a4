import { describe, expect, it } from "vitest";
import { parseMoney } from "../../../src/core";
import {
  createMemoryStoredValue,
  GIFT_CARD_TAX_CATEGORY,
  giftCardLine,
  storedValueTenderAmount,
} from "../../../src/pricing";

const eur = (amount: string) => parseMoney(amount, "EUR");

describe("stored value", () => {
  it("gift card: activate, reload, enquire, redeem, refuse beyond the balance", async () => {
    const port = createMemoryStoredValue([{ accountId: "gc-1", currency: "EUR" }]);
    expect(await port.redeem("gc-1", eur("1.00"), "t0")).toMatchObject({
      status: "rejected",
      reason: "inactive",
    });
    expect(await port.activate("gc-1", eur("25.00"), "sale-1")).toMatchObject({ status: "ok" });
    expect(await port.activate("gc-1", eur("25.00"), "sale-9")).toMatchObject({
      status: "rejected",
      reason: "already_active",
    });
    await port.reload("gc-1", eur("10.00"), "sale-2");
    const balance = await port.balance("gc-1");
    expect(balance.status === "ok" ? balance.balance.toString() : balance.reason).toBe("35.00");
    expect(await port.redeem("gc-1", eur("35.01"), "t1")).toMatchObject({
      status: "rejected",
      reason: "insufficient_balance",
    });
    const paid = await port.redeem("gc-1", eur("30.00"), "t2");
    expect(paid.status === "ok" ? paid.balance.toString() : paid.reason).toBe("5.00");
  });

  it("a retried redemption with the same key moves the money once", async () => {
    const port = createMemoryStoredValue([{ accountId: "gc-1", currency: "EUR" }]);
    await port.activate("gc-1", eur("20.00"), "sale-1");
    await Promise.all([port.redeem("gc-1", eur("15.00"), "t1"), port.redeem("gc-1", eur("15.00"), "t1")]);
    const balance = await port.balance("gc-1");
    expect(balance.status === "ok" ? balance.balance.toString() : balance.reason).toBe("5.00");
  });

  it.each([
    { title: "unknown card", account: "nope", amount: eur("1.00"), reason: "unknown_account" },
    {
      title: "another currency",
      account: "gc-1",
      amount: parseMoney("1.00", "USD"),
      reason: "currency_mismatch",
    },
  ])("refuses an $title with a reason", async ({ account, amount, reason }) => {
    const port = createMemoryStoredValue([{ accountId: "gc-1", currency: "EUR" }]);
    await port.activate("gc-1", eur("20.00"), "sale-1");
    expect(await port.redeem(account, amount, "t")).toMatchObject({ status: "rejected", reason });
  });

  it("store credit issued on a return can pay later", async () => {
    const port = createMemoryStoredValue();
    await port.issueCredit("credit-7", eur("12.50"), "return-1");
    const paid = await port.redeem("credit-7", eur("12.50"), "t1");
    expect(paid.status === "ok" ? paid.balance.toString() : paid.reason).toBe("0.00");
  });

  it.each([
    { balance: "25.00", due: "40.00", expected: "25.00" },
    { balance: "25.00", due: "12.34", expected: "12.34" },
    { balance: "25.00", due: "0.00", expected: "0.00" },
  ])("tender amount with balance $balance and due $due → $expected", ({ balance, due, expected }) => {
    expect(storedValueTenderAmount(eur(balance), eur(due)).toString()).toBe(expected);
  });

  it("a gift-card line is a non-taxable liability tagged gift-card", () => {
    expect(giftCardLine("gc-1", eur("50.00"))).toMatchObject({
      taxCategory: GIFT_CARD_TAX_CATEGORY,
      tags: ["gift-card", "liability"],
      serial: "gc-1",
    });
  });
});
