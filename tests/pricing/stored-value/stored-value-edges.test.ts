import { describe, expect, it } from "vitest";
import { parseMoney } from "../../../src/core";
import {
  createMemoryStoredValue,
  GIFT_CARD_TAX_CATEGORY,
  giftCardLine,
  type StoredValueResult,
  storedValueTenderAmount,
} from "../../../src/pricing";

const eur = (amount: string) => parseMoney(amount, "EUR");
const shown = (result: StoredValueResult) =>
  result.status === "ok"
    ? `${result.accountId} ${result.balance.toString()}`
    : `${result.accountId} ${result.reason}`;

describe("memory stored value: every refusal and what it leaves behind", () => {
  it("an activation refused for its amount leaves the card inactive, so it can be activated after", async () => {
    const port = createMemoryStoredValue([{ accountId: "gc-1", currency: "EUR" }]);
    expect(shown(await port.activate("gc-1", eur("0.00"), "a-1"))).toBe("gc-1 invalid_amount");
    expect(shown(await port.activate("gc-1", eur("-5.00"), "a-2"))).toBe("gc-1 invalid_amount");
    expect(shown(await port.activate("gc-1", parseMoney("5.00", "USD"), "a-3"))).toBe(
      "gc-1 currency_mismatch",
    );
    expect(shown(await port.reload("gc-1", eur("5.00"), "r-1"))).toBe("gc-1 inactive");
    expect(shown(await port.activate("gc-1", eur("5.00"), "a-4"))).toBe("gc-1 5.00");
    expect(shown(await port.activate("nope", eur("5.00"), "a-5"))).toBe("nope unknown_account");
  });

  it("reload, redeem and credit refuse a zero or negative amount and another currency", async () => {
    const port = createMemoryStoredValue([{ accountId: "gc-1", currency: "EUR" }]);
    await port.activate("gc-1", eur("10.00"), "a-1");
    for (const [amount, reason] of [
      [eur("0.00"), "invalid_amount"],
      [eur("-1.00"), "invalid_amount"],
      [parseMoney("1.00", "USD"), "currency_mismatch"],
    ] as const) {
      expect(shown(await port.reload("gc-1", amount, `r-${reason}-${amount.minor}`))).toBe(`gc-1 ${reason}`);
      expect(shown(await port.redeem("gc-1", amount, `p-${reason}-${amount.minor}`))).toBe(`gc-1 ${reason}`);
      expect(shown(await port.issueCredit("gc-1", amount, `c-${reason}-${amount.minor}`))).toBe(
        `gc-1 ${reason}`,
      );
    }
    expect(shown(await port.balance("gc-1"))).toBe("gc-1 10.00");
    expect(shown(await port.balance("nope"))).toBe("nope unknown_account");
    expect(shown(await port.reload("nope", eur("1.00"), "r-x"))).toBe("nope unknown_account");
  });

  it("redeems the whole balance exactly, and not a cent more", async () => {
    const port = createMemoryStoredValue([{ accountId: "gc-1", currency: "EUR" }]);
    await port.activate("gc-1", eur("10.00"), "a-1");
    expect(shown(await port.redeem("gc-1", eur("10.01"), "p-1"))).toBe("gc-1 insufficient_balance");
    expect(shown(await port.redeem("gc-1", eur("10.00"), "p-2"))).toBe("gc-1 0.00");
  });

  it("credit goes only to an active card", async () => {
    const port = createMemoryStoredValue([{ accountId: "gc-1", currency: "EUR" }]);
    expect(shown(await port.issueCredit("gc-1", eur("2.50"), "c-1"))).toBe("gc-1 inactive");
    expect(shown(await port.balance("gc-1"))).toBe("gc-1 0.00");
  });

  it("credit on an existing card adds to it; a new credit account takes the amount's currency", async () => {
    const port = createMemoryStoredValue([{ accountId: "gc-1", currency: "EUR" }]);
    await port.activate("gc-1", eur("10.00"), "a-1");
    expect(shown(await port.issueCredit("gc-1", eur("2.50"), "c-1"))).toBe("gc-1 12.50");
    expect(shown(await port.issueCredit("credit-9", parseMoney("3.00", "USD"), "c-2"))).toBe("credit-9 3.00");
    expect(shown(await port.redeem("credit-9", eur("1.00"), "p-1"))).toBe("credit-9 currency_mismatch");
  });

  it("answers a repeated key with the first answer, per operation, and retries a refusal", async () => {
    const port = createMemoryStoredValue([{ accountId: "gc-1", currency: "EUR" }]);
    await port.activate("gc-1", eur("10.00"), "k");
    // The same key for another operation is another request.
    expect(shown(await port.reload("gc-1", eur("5.00"), "k"))).toBe("gc-1 15.00");
    expect(shown(await port.reload("gc-1", eur("5.00"), "k"))).toBe("gc-1 15.00");
    expect(shown(await port.redeem("gc-1", eur("1.00"), "k"))).toBe("gc-1 14.00");
    expect(shown(await port.issueCredit("gc-1", eur("1.00"), "k"))).toBe("gc-1 15.00");
    // A refused redemption is not remembered: once the balance suffices the same key goes through.
    expect(shown(await port.redeem("gc-1", eur("20.00"), "big"))).toBe("gc-1 insufficient_balance");
    await port.reload("gc-1", eur("5.00"), "more");
    expect(shown(await port.redeem("gc-1", eur("20.00"), "big"))).toBe("gc-1 0.00");
  });
});

describe("gift card lines and tender amounts", () => {
  it("an activation and a reload line", () => {
    expect(giftCardLine("gc-1", eur("50.00"))).toEqual({
      sku: "gift-card-activation",
      description: "Gift card",
      unitPrice: eur("50.00"),
      taxCategory: GIFT_CARD_TAX_CATEGORY,
      tags: ["gift-card", "liability"],
      serial: "gc-1",
    });
    expect(giftCardLine("gc-1", eur("20.00"), "reload")).toMatchObject({
      sku: "gift-card-reload",
      description: "Gift card reload",
    });
    expect(GIFT_CARD_TAX_CATEGORY).toBe("non-taxable-liability");
  });

  it.each([
    { balance: "25.00", due: "25.00", expected: "25.00" },
    { balance: "25.00", due: "25.01", expected: "25.00" },
    { balance: "25.00", due: "-3.00", expected: "0.00" },
  ])("balance $balance, due $due → $expected", ({ balance, due, expected }) => {
    const amount = storedValueTenderAmount(eur(balance), eur(due));
    expect([amount.toString(), amount.currency]).toEqual([expected, "EUR"]);
  });
});
