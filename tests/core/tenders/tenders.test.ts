import { describe, expect, it } from "vitest";
import { parseMoney } from "../../../src/core/money";
import {
  addTender,
  applyPaymentResult,
  applyStoredValueBalance,
  balanceTenders,
  checkStoredValueTender,
  makeTenderPolicy,
  removeTender,
  settleTenders,
  startTendering,
  storedValueRedemptions,
} from "../../../src/core/tenders";
import {
  approvedPayment,
  bePolicy,
  eur,
  plainPolicy,
  skPolicy,
  storedValueWith,
  tendered,
} from "./tender-fixtures";

const policies = { plain: plainPolicy, SK: skPolicy, BE: bePolicy };

describe("balanceTenders", () => {
  it.each([
    // [title, policy, due, tenders, toPay, rounding, change, fully paid]
    [
      "SK split: 48.32 = 40.00 card + 8.32 cash part → cash 8.30",
      "SK",
      "48.32",
      ["card:40.00", "cash:8.30"],
      "48.30",
      "-0.02",
      "0.00",
      true,
    ],
    [
      "SK split: 48.34 = 40.02 card + 8.32 cash part → cash 8.30, change from 10.00",
      "SK",
      "48.34",
      ["card:40.02", "cash:10.00"],
      "48.32",
      "-0.02",
      "1.70",
      true,
    ],
    [
      "SK split: 48.32 with 40.02 card leaves an exact cash part of 8.30",
      "SK",
      "48.32",
      ["card:40.02", "cash:8.30"],
      "48.32",
      "0.00",
      "0.00",
      true,
    ],
    [
      "SK cash only: 48.32 → 48.30, change 1.70 from 50.00",
      "SK",
      "48.32",
      ["cash:50.00"],
      "48.30",
      "-0.02",
      "1.70",
      true,
    ],
    ["SK special case: 0.02 in cash → 0.05", "SK", "0.02", ["cash:0.05"], "0.05", "0.03", "0.00", true],
    ["SK card only is never rounded", "SK", "48.32", ["card:48.32"], "48.32", "0.00", "0.00", true],
    [
      "BE cash-only-payment: 48.32 in cash → 48.30",
      "BE",
      "48.32",
      ["cash:48.30"],
      "48.30",
      "-0.02",
      "0.00",
      true,
    ],
    [
      "BE cash-only-payment: a split stays exact",
      "BE",
      "48.32",
      ["card:40.00", "cash:8.32"],
      "48.32",
      "0.00",
      "0.00",
      true,
    ],
    [
      "no rounding policy: 48.32 paid with 50.00 → change 1.68",
      "plain",
      "48.32",
      ["cash:50.00"],
      "48.32",
      "0.00",
      "1.68",
      true,
    ],
    [
      "foreign cash USD 60.00 at 0.92 = 55.20 EUR, change in EUR",
      "SK",
      "48.32",
      ["usd:60.00"],
      "48.30",
      "-0.02",
      "6.90",
      true,
    ],
    [
      "foreign cash plus home cash",
      "SK",
      "48.32",
      ["usd:50.00", "cash:5.00"],
      "48.30",
      "-0.02",
      "2.70",
      true,
    ],
    [
      "500 loyalty points at 0.01 pay 5.00, no change",
      "SK",
      "12.00",
      ["points:500", "card:7.00"],
      "12.00",
      "0.00",
      "0.00",
      true,
    ],
    ["a voucher and cash", "plain", "20.00", ["voucher:15.00", "cash:10.00"], "20.00", "0.00", "5.00", true],
    ["cash short of the total", "plain", "20.00", ["cash:10.00"], "20.00", "0.00", "0.00", false],
  ] as const)("%s", (_title, policy, due, steps, toPay, rounding, change, fullyPaid) => {
    const state = tendered(due, steps, policies[policy]);
    const balance = balanceTenders(state.due, state.tenders, policies[policy]);
    expect([
      balance.toPay.toString(),
      balance.cashRoundingDifference.toString(),
      balance.change.toString(),
      balance.isFullyPaid,
    ]).toEqual([toPay, rounding, change, fullyPaid]);
  });

  it("shows the cash due for the rest, rounded: 48.32 after a 40.00 card → 8.30", () => {
    const state = tendered("48.32", ["card:40.00"], skPolicy);
    const balance = balanceTenders(state.due, state.tenders, skPolicy);
    expect([balance.remaining.toString(), balance.cashDue.toString()]).toEqual(["8.32", "8.30"]);
  });
});

describe("card, stored value and removal", () => {
  it.each([
    ["a partial approval of 25.00 leaves 23.32", "partial", "25.00", "approved", "23.32"],
    ["a declined card pays nothing", "declined", "0.00", "declined", "48.32"],
  ] as const)("%s", (_title, status, approved, tenderStatus, remaining) => {
    let state = startTendering({ saleId: "S1", due: eur("48.32"), lineCount: 2 });
    state = addTender(state, { kind: "card", tenderId: "c1", amount: eur("48.32") }, plainPolicy);
    const payment = { ...approvedPayment("48.32"), status, approved: eur(approved) };
    state = applyPaymentResult(state, "c1", payment);
    const balance = balanceTenders(state.due, state.tenders, plainPolicy);
    expect([state.tenders[0]?.status, balance.remaining.toString()]).toEqual([tenderStatus, remaining]);
  });

  it.each([
    ["a balance of 15.00 redeems 15.00 of the 20.00 asked", "15.00", "15.00"],
    ["a balance of 80.00 redeems the 20.00 asked", "80.00", "20.00"],
  ])("gift card: %s, no change", async (_title, balance, redeemed) => {
    let state = startTendering({ saleId: "S1", due: eur("48.32"), lineCount: 1 });
    state = addTender(
      state,
      { kind: "gift-card", tenderId: "g1", amount: eur("20.00"), accountId: "GC-1" },
      skPolicy,
    );
    state = await checkStoredValueTender(
      state,
      "g1",
      storedValueWith(() => eur(balance)),
    );
    expect(state.tenders[0]?.amount.toString()).toBe(redeemed);
    expect(storedValueRedemptions(state)).toEqual([
      { accountId: "GC-1", tenderId: "g1", delta: eur(`-${redeemed}`) },
    ]);
  });

  it("an empty gift card is INSUFFICIENT_BALANCE and changes nothing", () => {
    const state = addTender(
      startTendering({ saleId: "S1", due: eur("10.00"), lineCount: 1 }),
      { kind: "gift-card", tenderId: "g1", amount: eur("5.00"), accountId: "GC-1" },
      plainPolicy,
    );
    const before = structuredClone(state);
    expect(() => applyStoredValueBalance(state, "g1", eur("0.00"))).toThrowError(
      expect.objectContaining({ code: "INSUFFICIENT_BALANCE" }),
    );
    expect(state).toEqual(before);
  });

  it.each([
    ["a pending card can be removed", "pending", null],
    ["a declined card can be removed", "declined", null],
    ["an approved card cannot (void it instead)", "approved", "TENDER_NOT_ALLOWED"],
    ["an unknown card cannot (resolve it first)", "unknown", "PAYMENT_UNKNOWN"],
  ] as const)("%s", (_title, status, code) => {
    let state = addTender(
      startTendering({ saleId: "S1", due: eur("10.00"), lineCount: 1 }),
      { kind: "card", tenderId: "c1", amount: eur("10.00") },
      plainPolicy,
    );
    state = applyPaymentResult(state, "c1", { ...approvedPayment("10.00"), status });
    if (code === null) expect(removeTender(state, "c1").tenders).toEqual([]);
    else expect(() => removeTender(state, "c1")).toThrowError(expect.objectContaining({ code }));
  });
});

describe("settleTenders", () => {
  it("records the cash-rounding line with the policy id and version", () => {
    const settlement = settleTenders(tendered("48.32", ["card:40.00", "cash:10.00"], skPolicy), skPolicy);
    expect(settlement.cashRounding).toEqual({
      difference: eur("-0.02"),
      policyId: "cash-rounding-sk",
      policyVersion: 1,
    });
    expect(settlement.change.toString()).toBe("1.70");
  });

  it.each([
    ["an amount remains", ["cash:10.00"], "NOT_FULLY_PAID"],
    ["a card is still pending", ["cash:10.00", "pending-card"], "NOT_FULLY_PAID"],
  ])("refuses to complete when %s", (_title, steps, code) => {
    let state = tendered(
      "20.00",
      steps.filter((step) => step !== "pending-card"),
      plainPolicy,
    );
    if (steps.includes("pending-card")) {
      state = addTender(state, { kind: "card", tenderId: "c9", amount: eur("10.00") }, plainPolicy);
    }
    expect(() => settleTenders(state, plainPolicy)).toThrowError(expect.objectContaining({ code }));
  });
});

describe("bad input leaves the state unchanged", () => {
  const base = () => tendered("48.32", ["card:10.00"], skPolicy);
  it.each([
    [
      "a negative amount",
      { kind: "cash", tenderId: "x", amount: { amount: "-1.00", currency: "EUR" } },
      "INVALID_INPUT",
      ["tender", "amount"],
    ],
    [
      "a too-precise amount",
      { kind: "cash", tenderId: "x", amount: { amount: "1.005", currency: "EUR" } },
      "MONEY_PRECISION",
      ["tender", "amount", "amount"],
    ],
    [
      "an unknown currency code",
      { kind: "foreign-cash", tenderId: "x", amount: { amount: "5.00", currency: "XYZ" } },
      "UNKNOWN_CURRENCY",
      ["tender", "amount", "currency"],
    ],
    [
      "a currency without a rate",
      { kind: "foreign-cash", tenderId: "x", amount: { amount: "5.00", currency: "GBP" } },
      "UNKNOWN_CURRENCY",
      ["tender", "amount", "currency"],
    ],
    [
      "home cash in another currency",
      { kind: "cash", tenderId: "x", amount: { amount: "5.00", currency: "USD" } },
      "CURRENCY_MISMATCH",
      ["tender", "amount", "currency"],
    ],
    [
      "a card above what is left",
      { kind: "card", tenderId: "x", amount: eur("38.33") },
      "OVERPAYMENT_NOT_ALLOWED",
      ["tender", "amount"],
    ],
    [
      "a card number as voucher id",
      { kind: "voucher", tenderId: "x", amount: eur("1.00"), voucherId: "4111 1111 1111 1111" },
      "CARD_DATA_REJECTED",
      ["tender", "voucherId"],
    ],
    [
      "a repeated tender id",
      { kind: "cash", tenderId: "t1", amount: eur("1.00") },
      "INVALID_INPUT",
      ["tender", "tenderId"],
    ],
  ])("%s", (_title, input, code, path) => {
    const state = base();
    const before = structuredClone(state);
    expect(() => addTender(state, input as never, skPolicy)).toThrowError(
      expect.objectContaining({ code, path }),
    );
    expect(state).toEqual(before);
  });

  it("tendering on an empty sale is EMPTY_SALE", () => {
    expect(() => startTendering({ saleId: "S1", due: eur("0.00"), lineCount: 0 })).toThrowError(
      expect.objectContaining({ code: "EMPTY_SALE" }),
    );
  });

  it("points without a configured value are TENDER_NOT_ALLOWED", () => {
    const state = startTendering({ saleId: "S1", due: parseMoney("5.00", "EUR"), lineCount: 1 });
    expect(() =>
      addTender(state, { kind: "loyalty-points", tenderId: "p", points: 100, accountId: "C1" }, plainPolicy),
    ).toThrowError(expect.objectContaining({ code: "TENDER_NOT_ALLOWED", path: ["tender", "kind"] }));
  });
});

describe("loyalty points as a tender", () => {
  it.each([
    ["500 points at 0.01", "0.01", 500, "5.00"],
    ["333 points at 0.015 (4.995, rounded down)", "0.015", 333, "4.99"],
  ])("%s pay %s", (_title, pointValue, points, paid) => {
    const policy = makeTenderPolicy({ currency: "EUR", loyaltyPointValue: pointValue });
    const state = addTender(
      startTendering({ saleId: "S1", due: eur("50.00"), lineCount: 1 }),
      { kind: "loyalty-points", tenderId: "p1", points, accountId: "C1" },
      policy,
    );
    expect([state.tenders[0]?.amount.toString(), state.tenders[0]?.points]).toEqual([paid, String(points)]);
  });
});
