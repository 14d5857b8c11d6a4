import { describe, expect, it } from "vitest";
import { getCashRoundingPreset } from "../../../src/core/cash-rounding";
import { parseMoney } from "../../../src/core/money";
import type { Payment } from "../../../src/core/payments";
import {
  addTender,
  applyPaymentResult,
  applyStoredValueBalance,
  assertRefundApproved,
  balanceTenders,
  checkStoredValueTender,
  makeTenderPolicy,
  planRefund,
  planRefundAcross,
  removeTender,
  settleTenders,
  startTendering,
  storedValueRedemptions,
  type Tender,
  type TenderState,
} from "../../../src/core/tenders";
import { failureOf } from "../../support/till-error-of";
import {
  approvedPayment,
  eur,
  plainPolicy,
  RATES,
  skPolicy,
  storedValueWith,
  tendered,
} from "./tender-fixtures";

async function asyncFailure(run: () => Promise<unknown>) {
  const error = (await run().then(
    () => undefined,
    (caught: unknown) => caught,
  )) as { code: string; path: unknown; details: unknown } | undefined;
  return error && { code: error.code, path: error.path, details: error.details };
}

const tender = (
  tenderId: string,
  kind: Tender["kind"],
  amount: string,
  status: Tender["status"],
): Tender => ({
  tenderId,
  kind,
  status,
  amount: eur(amount),
});

const state = (due: string, tenders: Tender[], lineCount = 1): TenderState => ({
  saleId: "S1",
  due: eur(due),
  lineCount,
  tenders,
});

describe("tender policies", () => {
  it("refuses a cash rounding rule in another currency, at its currency", () => {
    expect(
      failureOf(() => makeTenderPolicy({ currency: "USD", cashRounding: getCashRoundingPreset("SK") })),
    ).toMatchObject({ code: "CURRENCY_MISMATCH", path: ["policy", "cashRounding", "currency"] });
  });

  it("reports a bad field under policy", () => {
    expect(
      failureOf(() => makeTenderPolicy({ currency: "EUR", acceptedKinds: ["cheque" as never] })).path,
    ).toEqual(["policy", "acceptedKinds", 0]);
  });

  it.each([
    ["0.92", true],
    ["0.0001", true],
    ["0", false],
    ["0.00", false],
    ["-0.92", false],
  ])("an exchange rate of %s is accepted: %s", (rate, accepted) => {
    const input = { currency: "EUR", exchangeRates: { ...RATES, rates: [{ currency: "USD", rate }] } };
    expect(
      accepted
        ? makeTenderPolicy(input).exchangeRates?.rates[0]?.rate
        : failureOf(() => makeTenderPolicy(input)).code,
    ).toBe(accepted ? rate : "INVALID_INPUT");
  });
});

describe("tender state", () => {
  it("refuses to tender a sale without lines, at lineCount", () => {
    expect(failureOf(() => startTendering({ saleId: "S1", due: eur("1.00"), lineCount: 0 }))).toMatchObject({
      code: "EMPTY_SALE",
      path: ["lineCount"],
    });
  });

  it("names a tender it cannot find", () => {
    expect(failureOf(() => removeTender(tendered("10.00", ["cash:5.00"], plainPolicy), "t9"))).toEqual({
      code: "TENDER_NOT_FOUND",
      path: ["tenderId"],
      details: { tenderId: "t9" },
    });
  });
});

describe("adding tenders", () => {
  it("refuses a zero tender at its amount", () => {
    const start = startTendering({ saleId: "S1", due: eur("10.00"), lineCount: 1 });
    expect(
      failureOf(() => addTender(start, { kind: "cash", tenderId: "t1", amount: eur("0.00") }, plainPolicy)),
    ).toMatchObject({ code: "INVALID_INPUT", path: ["tender", "amount"] });
  });

  it("refuses any tender once the sale is paid, saying nothing remains", () => {
    const paid = tendered("10.00", ["card:10.00"], plainPolicy);
    expect(
      failureOf(() => addTender(paid, { kind: "cash", tenderId: "t9", amount: eur("1.00") }, plainPolicy)),
    ).toEqual({ code: "OVERPAYMENT_NOT_ALLOWED", path: ["tender", "amount"], details: { remaining: "0" } });
  });

  it("under SK rules a card paying all but the rounded cash part still lets cash in", () => {
    // 10.02 due, card 10.00: 0.02 is left, a cash price of 0.02 rounds to 0.05.
    const part = tendered("10.02", ["card:10.00"], skPolicy);
    const next = addTender(part, { kind: "cash", tenderId: "t2", amount: eur("0.05") }, skPolicy);
    expect(balanceTenders(next.due, next.tenders, skPolicy).isFullyPaid).toBe(true);
  });

  it("a cash part that would round to nothing still leaves the rest open to a card", () => {
    // Cash-part rounding to 0.05 without special cases: 0.02 left after a card rounds to 0.00 in cash.
    const policy = makeTenderPolicy({
      currency: "EUR",
      cashRounding: { ...getCashRoundingPreset("SK"), specialCases: [] },
    });
    const part = tendered("10.02", ["card:10.00"], policy);
    const next = addTender(part, { kind: "card", tenderId: "t2", amount: eur("0.02") }, policy);
    expect(next.tenders.map((item) => item.tenderId)).toEqual(["t1", "t2"]);
  });

  it("says what is to pay and which kind went over it", () => {
    // A card and a voucher cannot give change: together they may not pass the amount to pay.
    const part = tendered("10.00", ["card:4.00"], plainPolicy);
    expect(
      failureOf(() =>
        addTender(
          part,
          { kind: "voucher", tenderId: "t2", amount: eur("7.00"), voucherId: "V" },
          plainPolicy,
        ),
      ),
    ).toEqual({
      code: "OVERPAYMENT_NOT_ALLOWED",
      path: ["tender", "amount"],
      details: { toPay: "10.00", kind: "voucher" },
    });
  });

  it("a declined card leaves room for another card", () => {
    let current = tendered("10.00", [], plainPolicy);
    current = addTender(current, { kind: "card", tenderId: "t1", amount: eur("10.00") }, plainPolicy);
    current = applyPaymentResult(current, "t1", { ...approvedPayment("10.00"), status: "declined" });
    current = addTender(current, { kind: "card", tenderId: "t2", amount: eur("10.00") }, plainPolicy);
    expect(current.tenders.map((item) => [item.tenderId, item.status])).toEqual([
      ["t1", "declined"],
      ["t2", "pending"],
    ]);
  });

  it("a gift card is pending until its balance is checked", () => {
    const start = tendered("10.00", [], plainPolicy);
    const next = addTender(
      start,
      { kind: "gift-card", tenderId: "g1", amount: eur("5.00"), accountId: "gc-1" },
      plainPolicy,
    );
    expect(next.tenders[0]).toMatchObject({ status: "pending", reference: "gc-1" });
  });

  it("names the kind a store does not accept", () => {
    const start = tendered("10.00", [], makeTenderPolicy({ currency: "EUR", acceptedKinds: ["cash"] }));
    expect(
      failureOf(() =>
        addTender(
          start,
          { kind: "card", tenderId: "t1", amount: eur("1.00") },
          makeTenderPolicy({ currency: "EUR", acceptedKinds: ["cash"] }),
        ),
      ),
    ).toEqual({ code: "TENDER_NOT_ALLOWED", path: ["tender", "kind"], details: { kind: "card" } });
  });

  it("refuses foreign cash in the home currency even when the table lists it", () => {
    const policy = makeTenderPolicy({
      currency: "EUR",
      exchangeRates: { ...RATES, rates: [...RATES.rates, { currency: "EUR", rate: "1" }] },
    });
    const start = tendered("10.00", [], policy);
    expect(
      failureOf(() =>
        addTender(start, { kind: "foreign-cash", tenderId: "t1", amount: eur("5.00") }, policy),
      ),
    ).toEqual({
      code: "UNKNOWN_CURRENCY",
      path: ["tender", "amount", "currency"],
      details: { currency: "EUR", table: RATES.id },
    });
  });
});

describe("updating tenders", () => {
  const withCard = (status: Payment["status"]) => {
    let current = tendered("10.00", ["cash:2.00"], plainPolicy);
    current = addTender(current, { kind: "card", tenderId: "t2", amount: eur("8.00") }, plainPolicy);
    return applyPaymentResult(current, "t2", {
      ...approvedPayment("8.00", "pi-9"),
      status,
      approved: eur("6.00"),
    });
  };

  it.each([
    ["approved", "approved", "6.00"],
    ["partial", "approved", "6.00"],
    ["pending", "pending", "8.00"],
    ["unknown", "unknown", "8.00"],
    ["declined", "declined", "8.00"],
    ["cancelled", "declined", "8.00"],
    ["voided", "declined", "8.00"],
  ] as const)("a %s payment leaves the card %s at %s", (payment, status, amount) => {
    const card = withCard(payment).tenders[1];
    expect([card?.status, card?.amount.toString(), card?.reference]).toEqual([status, amount, "pi-9"]);
  });

  it("removes an entered tender and only it", () => {
    const current = tendered("10.00", ["cash:2.00", "cash:3.00"], plainPolicy);
    expect(removeTender(current, "t1").tenders.map((item) => item.tenderId)).toEqual(["t2"]);
  });

  it("refuses to remove an approved or unknown card, at tenderId", () => {
    expect(failureOf(() => removeTender(withCard("approved"), "t2"))).toMatchObject({
      code: "TENDER_NOT_ALLOWED",
      path: ["tenderId"],
    });
    expect(failureOf(() => removeTender(withCard("unknown"), "t2"))).toEqual({
      code: "PAYMENT_UNKNOWN",
      path: ["tenderId"],
      details: { tenderId: "t2" },
    });
  });

  it("a payment result goes only to a card, a balance only to stored value", () => {
    const current = tendered("10.00", ["cash:2.00"], plainPolicy);
    expect(failureOf(() => applyPaymentResult(current, "t1", approvedPayment("2.00")))).toEqual({
      code: "TENDER_NOT_ALLOWED",
      path: ["tenderId"],
      details: { kind: "cash" },
    });
    expect(failureOf(() => applyStoredValueBalance(current, "t1", eur("5.00")))).toEqual({
      code: "TENDER_NOT_ALLOWED",
      path: ["tenderId"],
      details: { kind: "cash" },
    });
  });

  const withStoredValue = (kind: "gift-card" | "store-credit") =>
    addTender(
      tendered("10.00", [], plainPolicy),
      { kind, tenderId: "g1", amount: eur("5.00"), accountId: "acc-1" },
      plainPolicy,
    );

  it.each([
    ["gift-card", "20.00", "5.00"],
    ["gift-card", "5.00", "5.00"],
    ["store-credit", "3.00", "3.00"],
  ] as const)("a %s with balance %s is approved for %s", (kind, balance, amount) => {
    const card = applyStoredValueBalance(withStoredValue(kind), "g1", eur(balance)).tenders[0];
    expect([card?.status, card?.amount.toString()]).toEqual(["approved", amount]);
  });

  it("an empty card is refused with its balance", () => {
    expect(failureOf(() => applyStoredValueBalance(withStoredValue("gift-card"), "g1", eur("0.00")))).toEqual(
      {
        code: "INSUFFICIENT_BALANCE",
        path: ["tenderId"],
        details: { balance: "0.00" },
      },
    );
  });

  it("a balance enquiry the port refuses names the account and the reason", async () => {
    const port = storedValueWith(() => undefined);
    expect(
      await asyncFailure(() => checkStoredValueTender(withStoredValue("gift-card"), "g1", port)),
    ).toEqual({
      code: "INSUFFICIENT_BALANCE",
      path: ["tenderId"],
      details: { accountId: "acc-1", reason: "unknown_account" },
    });
    const asked: string[] = [];
    const noReference: TenderState = state("10.00", [tender("g2", "gift-card", "5.00", "pending")]);
    const recording = storedValueWith((accountId) => {
      asked.push(accountId);
      return eur("9.00");
    });
    await checkStoredValueTender(noReference, "g2", recording);
    expect(asked).toEqual([""]);
  });

  it("redemptions are the approved stored-value tenders, negated", () => {
    const current = state("30.00", [
      { ...tender("g1", "gift-card", "5.00", "approved"), reference: "gc-1" },
      { ...tender("s1", "store-credit", "4.00", "approved"), reference: "cr-1" },
      { ...tender("g2", "gift-card", "3.00", "pending"), reference: "gc-2" },
      tender("c1", "cash", "2.00", "entered"),
      tender("k1", "card", "6.00", "approved"),
      tender("g3", "gift-card", "1.00", "approved"),
    ]);
    expect(
      storedValueRedemptions(current).map((entry) => [
        entry.accountId,
        entry.tenderId,
        entry.delta.toString(),
      ]),
    ).toEqual([
      ["gc-1", "g1", "-5.00"],
      ["cr-1", "s1", "-4.00"],
      ["", "g3", "-1.00"],
    ]);
  });
});

describe("balances and settlement", () => {
  it("a card over the amount due leaves no cash part to round", () => {
    const balance = balanceTenders(
      eur("10.02"),
      [tender("k", "card", "10.05", "approved"), tender("c", "cash", "0.05", "entered")],
      skPolicy,
    );
    expect(balance.toPay.toString()).toBe("10.02");
  });

  it("change never comes out of a card", () => {
    const balance = balanceTenders(
      eur("10.00"),
      [tender("k", "card", "12.00", "approved"), tender("c", "cash", "1.00", "entered")],
      plainPolicy,
    );
    expect(balance.change.toString()).toBe("1.00");
  });

  it("a rule for all tenders rounds a card-only payment too", () => {
    const policy = makeTenderPolicy({
      currency: "EUR",
      cashRounding: { ...getCashRoundingPreset("SK"), appliesTo: "all-tenders" },
    });
    expect(
      balanceTenders(eur("10.02"), [tender("k", "card", "10.00", "approved")], policy).toPay.toString(),
    ).toBe("10.00");
  });

  it("a payment in an unknown state is not fully paid", () => {
    const balance = balanceTenders(
      eur("10.00"),
      [tender("k", "card", "4.00", "unknown"), tender("c", "cash", "10.00", "entered")],
      plainPolicy,
    );
    expect([balance.remaining.toString(), balance.isFullyPaid]).toEqual(["0.00", false]);
  });

  it("refuses to settle a sale without lines, with a payment unknown, or not fully paid", () => {
    expect(
      failureOf(() => settleTenders(state("1.00", [tender("c", "cash", "1.00", "entered")], 0), plainPolicy))
        .code,
    ).toBe("EMPTY_SALE");
    expect(
      failureOf(() =>
        settleTenders(
          state("10.00", [tender("c", "cash", "10.00", "entered"), tender("k", "card", "1.00", "unknown")]),
          plainPolicy,
        ),
      ),
    ).toMatchObject({ code: "PAYMENT_UNKNOWN", details: { tenderId: "k" } });
    expect(
      failureOf(() =>
        settleTenders(
          state("10.00", [
            tender("c", "cash", "2.00", "entered"),
            tender("k", "card", "3.00", "pending"),
            tender("m", "card", "1.00", "pending"),
            tender("n", "card", "1.00", "pending"),
            tender("d", "card", "4.00", "declined"),
          ]),
          plainPolicy,
        ),
      ),
    ).toMatchObject({ code: "NOT_FULLY_PAID", details: { remaining: "8.00", pending: 3 } });
  });

  it("settles with the counted tenders only, and notes cash rounding only when there was some", () => {
    const paid = state("10.02", [
      tender("d", "card", "4.00", "declined"),
      tender("k", "card", "4.00", "approved"),
      tender("c", "cash", "6.00", "entered"),
    ]);
    const settled = settleTenders(paid, skPolicy);
    expect(settled.tenders.map((item) => item.tenderId)).toEqual(["k", "c"]);
    expect(settled.cashRounding).toEqual({
      difference: eur("-0.02"),
      policyId: "cash-rounding-sk",
      policyVersion: 1,
    });
    expect(settled.change.toString()).toBe("0.00");
    const exact = settleTenders(state("10.00", [tender("c", "cash", "10.00", "entered")]), skPolicy);
    expect("cashRounding" in exact).toBe(false);
  });
});

describe("refund plans at their edges", () => {
  const original = (tenders: Tender[], change = "0.00") => ({ tenders, change: eur(change) });
  const linesOf = (plan: ReturnType<typeof planRefund>) =>
    plan.lines.map((line) => [line.originalTenderId, line.kind, line.amount.toString(), "reference" in line]);

  it("refuses a refund in another currency and a zero refund, at their fields", () => {
    const paid = original([tender("c", "cash", "10.00", "entered")]);
    expect(
      failureOf(() => planRefund({ original: paid, amount: parseMoney("1.00", "USD") }, plainPolicy)),
    ).toMatchObject({
      code: "CURRENCY_MISMATCH",
      path: ["amount", "currency"],
    });
    expect(
      failureOf(() =>
        planRefundAcross(
          [
            { original: paid, amount: eur("1.00") },
            { original: paid, amount: parseMoney("1.00", "USD") },
          ],
          plainPolicy,
        ),
      ).path,
    ).toEqual([1, "amount", "currency"]);
    expect(failureOf(() => planRefund({ original: paid, amount: eur("0.00") }, plainPolicy))).toMatchObject({
      code: "INVALID_INPUT",
      path: ["amount"],
    });
    expect(
      failureOf(() => planRefundAcross([{ original: paid, amount: eur("-1") } as never], plainPolicy)).path,
    ).toEqual([0, "amount"]);
    expect(
      failureOf(() =>
        planRefundAcross([{ original: paid, amount: eur("1.00") }, { original: paid } as never], plainPolicy),
      ).path,
    ).toEqual([1, "amount"]);
  });

  it("says how much was refundable and how much was asked", () => {
    const paid = original([tender("c", "cash", "10.00", "entered")], "1.50");
    expect(failureOf(() => planRefund({ original: paid, amount: eur("8.51") }, plainPolicy)).details).toEqual(
      {
        refundable: "8.50",
        requested: "8.51",
      },
    );
  });

  it("a tender refunded beyond its amount takes nothing off the others", () => {
    const paid = original([tender("k", "card", "10.00", "approved"), tender("c", "cash", "5.00", "entered")]);
    const plan = planRefund(
      { original: paid, amount: eur("5.00"), alreadyRefunded: [{ tenderId: "k", amount: eur("12.00") }] },
      plainPolicy,
    );
    expect(linesOf(plan)).toEqual([["c", "cash", "5.00", false]]);
  });

  it("earlier refunds count against their own tender; unknown tenders are ignored", () => {
    const paid = original([
      tender("c", "cash", "10.00", "entered"),
      tender("k", "card", "10.00", "approved"),
    ]);
    const plan = planRefund(
      {
        original: paid,
        amount: eur("12.00"),
        alreadyRefunded: [
          { tenderId: "k", amount: eur("3.00") },
          { tenderId: "zz", amount: eur("50.00") },
        ],
      },
      plainPolicy,
    );
    expect(linesOf(plan)).toEqual([
      ["k", "card", "7.00", false],
      ["c", "cash", "5.00", false],
    ]);
  });

  it("change comes off the last cash tender first, and only off cash", () => {
    const twoCash = original(
      [tender("c1", "cash", "10.00", "entered"), tender("c2", "cash", "3.00", "entered")],
      "5.00",
    );
    expect(linesOf(planRefund({ original: twoCash, amount: eur("8.00") }, plainPolicy))).toEqual([
      ["c1", "cash", "8.00", false],
    ]);
    const cashThenCard = original(
      [tender("c", "cash", "20.00", "entered"), tender("k", "card", "10.00", "approved")],
      "5.00",
    );
    expect(linesOf(planRefund({ original: cashThenCard, amount: eur("25.00") }, plainPolicy))).toEqual([
      ["k", "card", "10.00", false],
      ["c", "cash", "15.00", false],
    ]);
  });

  it("rounds the cash of a mixed refund only when the rule rounds more than all-cash payments", () => {
    const paid = original([
      tender("k", "card", "10.00", "approved"),
      tender("c", "cash", "10.00", "entered"),
    ]);
    const be = makeTenderPolicy({ currency: "EUR", cashRounding: getCashRoundingPreset("BE") });
    const mixed = planRefund({ original: paid, amount: eur("12.02") }, be);
    expect([linesOf(mixed), mixed.cashRoundingDifference.toString()]).toEqual([
      [
        ["k", "card", "10.00", false],
        ["c", "cash", "2.02", false],
      ],
      "0.00",
    ]);
    const cashOnly = planRefund(
      { original: original([tender("c", "cash", "10.00", "entered")]), amount: eur("2.02") },
      be,
    );
    expect([linesOf(cashOnly), cashOnly.cashRoundingDifference.toString()]).toEqual([
      [["c", "cash", "2.00", false]],
      "-0.02",
    ]);
  });

  it("the largest cash line takes the rounding step", () => {
    const paid = original([tender("c1", "cash", "1.01", "entered"), tender("c2", "cash", "5.01", "entered")]);
    const plan = planRefund({ original: paid, amount: eur("6.02") }, skPolicy);
    expect(linesOf(plan)).toEqual([
      ["c1", "cash", "1.01", false],
      ["c2", "cash", "4.99", false],
    ]);
  });

  it("a refund above a limit names the permission, amount and limit", () => {
    const paid = original([tender("c", "cash", "10.00", "entered")]);
    const plan = planRefund({ original: paid, amount: eur("8.30") }, skPolicy);
    expect(failureOf(() => assertRefundApproved(plan, ["refund.card.aboveLimit"])).details).toEqual({
      permission: "refund.cash.aboveLimit",
      amount: "8.30",
      limit: "5.00",
    });
    expect(() => assertRefundApproved(plan, ["refund.cash.aboveLimit"])).not.toThrow();
  });
});
