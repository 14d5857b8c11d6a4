import { afterEach, describe, expect, it, vi } from "vitest";
import { createFixedClock } from "../../../src/core/clock";
import { parseWith } from "../../../src/core/errors";
import { createSequentialIds } from "../../../src/core/ids";
import {
  createJournal,
  createMemoryJournalStore,
  type Journal,
  type JournalEntry,
} from "../../../src/core/journal";
import { moneyFromMinor, parseMoney } from "../../../src/core/money";
import {
  assertNoCardNumber,
  containsCardNumber,
  createManualTimer,
  createPaymentFlow,
  createPaymentTerminalSimulator,
  createSystemTimer,
  isLuhnValid,
  isPaymentInFlight,
  isPaymentSettledPositive,
  moneyInputSchema,
  PAYMENT_STATUSES,
  type Payment,
  type PaymentEvent,
  type PaymentTerminal,
  type PaymentTerminalSimulator,
  reducePayment,
  type TerminalResponse,
  type TerminalStatus,
} from "../../../src/core/payments";
import { failureOf, rejectionOf } from "../../support/till-error-of";

const eur = (amount: string) => parseMoney(amount, "EUR");
const cents = (minor: number) => moneyFromMinor(minor, "EUR");

const payloadOf = (entry: JournalEntry | undefined) =>
  (entry?.payload ?? {}) as { payment?: { status?: string; approved?: unknown }; by?: string };

const pending: Payment = {
  intentId: "pi-1",
  terminalId: "T1",
  registerId: "R1",
  saleId: "S1",
  kind: "sale",
  status: "pending",
  requested: cents(4832),
  approved: cents(0),
  tip: cents(0),
  isCaptured: false,
};

const approvedWith = (response: Partial<TerminalResponse> = {}) =>
  reducePayment(pending, {
    type: "terminal.responded",
    response: { outcome: "approved", approvedAmount: cents(4832), ...response } as TerminalResponse,
  });

function setup(options: { watchdogMilliseconds?: number; terminal?: PaymentTerminalSimulator } = {}) {
  const store = createMemoryJournalStore();
  const journal = createJournal(store);
  const terminal = options.terminal ?? createPaymentTerminalSimulator("T1");
  const timer = createManualTimer();
  const flow = createPaymentFlow({
    terminal,
    journal,
    registerId: "R1",
    clock: createFixedClock("2026-11-23T12:00:00.000Z"),
    ids: createSequentialIds("pi-"),
    timer,
    ...(options.watchdogMilliseconds === undefined
      ? {}
      : { watchdogMilliseconds: options.watchdogMilliseconds }),
  });
  const journaled = async () => (await store.read("R1")).map((entry) => `${entry.type} ${entry.eventId}`);
  return { store, journal, terminal, timer, flow, journaled };
}

/** Starts a payment the terminal never answers and lets the watchdog turn it into `unknown`. */
async function unknownPayment(
  context: ReturnType<typeof setup>,
  actually: "approved" | "declined" | "never-received",
  amount = "48.32",
) {
  context.terminal.script({ outcome: "timeout", actually });
  const running = context.flow.authorize({ saleId: "S1", amount: eur(amount) });
  await context.timer.whenArmed();
  context.timer.advance(120_000);
  return running;
}

describe("card number guard edges", () => {
  it.each([
    // An empty run has a digit sum of 0, which is ≡ 0 mod 10: only the length check keeps it invalid.
    ["", false],
    ["0", true],
    // The second digit from the right is doubled and a two-digit product loses 9:
    // "59": 5×2 = 10 − 9 = 1, + 9 = 10 ✓; "95": 9×2 = 18 − 9 = 9, + 5 = 14 ✗
    ["59", true],
    ["95", false],
    // "18": 1×2 = 2, + 8 = 10 ✓; "81": 8×2 = 16 − 9 = 7, + 1 = 8 ✗
    ["18", true],
    ["81", false],
  ])("Luhn(%j) = %s", (digits, expected) => {
    expect(isLuhnValid(digits)).toBe(expected);
  });

  it.each([
    // Groups are joined one at a time, so the PAN in the first four is found before the fifth group
    // makes the run 20 digits long.
    ["a PAN grouped next to a longer run", "4111 1111 1111 1111 0000", true],
    // The same 20 digits written together are one 20-digit run: longer than any PAN.
    ["20 digits together", "41111111111111110000", false],
    ["two spaces break a group", "4111  1111 1111 1111", false],
    ["a 12-digit Luhn-valid run", "411111111116", false],
    // A short run is checked as it stands: nothing is appended past its last group.
    ["a year on its own", "Z report 2026", false],
  ])("%s → %s", (_title, text, expected) => {
    expect(containsCardNumber(text)).toBe(expected);
  });

  it("assertNoCardNumber names the caller's path and accepts a masked number", () => {
    expect(failureOf(() => assertNoCardNumber("4111111111111111", ["note"]))).toMatchObject({
      code: "CARD_DATA_REJECTED",
      path: ["note"],
    });
    expect(failureOf(() => assertNoCardNumber("4111111111111111"))).toMatchObject({ path: [] });
    expect(assertNoCardNumber("VISA ************1111")).toBeUndefined();
  });
});

describe("moneyInputSchema", () => {
  it.each([
    ["a Money value", eur("12.30"), "12.30"],
    ["its JSON form", { amount: "12.3", currency: "EUR" }, "12.30"],
  ])("reads %s", (_title, value, text) => {
    expect(parseWith(moneyInputSchema, value).toString()).toBe(text);
  });

  it.each([
    ["a number", 12.3, "INVALID_INPUT", []],
    ["null", null, "INVALID_INPUT", []],
    ["too many decimals", { amount: "1.005", currency: "EUR" }, "MONEY_PRECISION", ["amount"]],
    ["an unknown currency", { amount: "1.00", currency: "XXZ" }, "UNKNOWN_CURRENCY", ["currency"]],
    ["no amount", { currency: "EUR" }, "INVALID_INPUT", ["amount"]],
  ])("refuses %s with %s", (_title, value, code, path) => {
    expect(failureOf(() => parseWith(moneyInputSchema, value))).toMatchObject({ code, path });
  });
});

describe("payment predicates", () => {
  it.each(PAYMENT_STATUSES.map((status) => [status]))("%s", (status) => {
    const payment = { ...pending, status };
    expect([isPaymentInFlight(payment), isPaymentSettledPositive(payment)]).toEqual([
      status === "pending" || status === "unknown",
      status === "approved" || status === "partial",
    ]);
  });
});

describe("reducePayment edges", () => {
  it.each([
    ["the whole 48.32 → approved", 4832, "approved"],
    ["48.31 of 48.32 → partial", 4831, "partial"],
    ["0.01 → partial", 1, "partial"],
  ])("an approval of %s", (_title, minor, status) => {
    const next = reducePayment(pending, {
      type: "terminal.responded",
      response: { outcome: "partial", approvedAmount: cents(minor) },
    });
    expect([next.status, next.approved.minor]).toEqual([status, BigInt(minor)]);
  });

  it.each([
    ["0.00", 0],
    ["-0.01", -1],
    ["48.33, above the 48.32 asked", 4833],
  ])("refuses an approved amount of %s with INVALID_INPUT", (_title, minor) => {
    const event: PaymentEvent = {
      type: "terminal.responded",
      response: { outcome: "approved", approvedAmount: cents(minor) },
    };
    expect(failureOf(() => reducePayment(pending, event))).toEqual({
      code: "INVALID_INPUT",
      path: ["response", "approvedAmount"],
      details: { intentId: "pi-1" },
    });
  });

  it("keeps the card details and the receipt of an approval", () => {
    const next = approvedWith({ card: { brand: "visa", last4: "0004" }, receiptText: "APPROVED" });
    expect([next.card, next.receiptText, next.isReceiptTextWithheld]).toEqual([
      { brand: "visa", last4: "0004" },
      "APPROVED",
      undefined,
    ]);
    expect("card" in approvedWith()).toBe(false);
  });

  it("refuses card details holding a card number with CARD_DATA_REJECTED at the card's field", () => {
    expect(failureOf(() => approvedWith({ card: { providerReference: "4111111111111111" } }))).toMatchObject({
      code: "CARD_DATA_REJECTED",
      path: ["card", "providerReference"],
    });
    // An operator's decision goes through the same check.
    const unknown = reducePayment(pending, { type: "watchdog.expired" });
    const decision: PaymentEvent = {
      type: "operator.resolved",
      outcome: "approved",
      operatorId: "M1",
      approvalId: "AP1",
      card: { providerReference: "4111 1111 1111 1111" },
    };
    expect(failureOf(() => reducePayment(unknown, decision))).toMatchObject({
      code: "CARD_DATA_REJECTED",
      path: ["card", "providerReference"],
    });
  });

  it.each([
    ["an approval", { outcome: "approved", approvedAmount: cents(4832) }, "approved"],
    ["a decline", { outcome: "declined" }, "declined"],
    ["a cancellation", { outcome: "cancelled" }, "cancelled"],
  ] as const)("withholds a receipt printing a card number on %s", (_title, response, status) => {
    const next = reducePayment(pending, {
      type: "terminal.responded",
      response: { ...response, receiptText: "CARD 4111 1111 1111 1111" } as TerminalResponse,
    });
    expect([next.status, next.receiptText, next.isReceiptTextWithheld]).toEqual([status, undefined, true]);
  });

  it.each([
    ["a plain reason is kept", "INSUFFICIENT FUNDS", { declineReason: "INSUFFICIENT FUNDS" }],
    ["a reason holding a card number is dropped", "card 4111111111111111 blocked", {}],
    ["no reason, none kept", undefined, {}],
  ])("a decline: %s", (_title, reason, expected) => {
    const next = reducePayment(pending, {
      type: "terminal.responded",
      response: { outcome: "declined", ...(reason === undefined ? {} : { reason }), receiptText: "NO" },
    });
    expect(next).toEqual({ ...pending, status: "declined", receiptText: "NO", ...expected });
  });

  it("a cancellation keeps its receipt", () => {
    const next = reducePayment(pending, {
      type: "terminal.responded",
      response: { outcome: "cancelled", receiptText: "CANCELLED" },
    });
    expect(next).toEqual({ ...pending, status: "cancelled", receiptText: "CANCELLED" });
  });

  it("a status query settles an unknown payment and records how", () => {
    const unknown = reducePayment(pending, { type: "watchdog.expired" });
    const next = reducePayment(unknown, { type: "status.resolved", response: { outcome: "declined" } });
    expect([next.status, next.resolution]).toEqual(["declined", { by: "status-query" }]);
  });

  it.each([
    ["approved", { card: { last4: "0004" } }, "approved", 4832, { card: { last4: "0004" } }],
    ["approved without card details", {}, "approved", 4832, {}],
    ["declined", {}, "declined", 0, {}],
  ] as const)("an operator decides %s", (_title, extra, status, approved, card) => {
    const unknown = reducePayment(pending, { type: "watchdog.expired" });
    const outcome = status === "declined" ? "declined" : "approved";
    const next = reducePayment(unknown, {
      type: "operator.resolved",
      outcome,
      operatorId: "M1",
      approvalId: "AP1",
      ...extra,
    });
    expect(next).toEqual({
      ...unknown,
      ...card,
      status,
      approved: cents(approved),
      resolution: { by: "operator", operatorId: "M1", approvalId: "AP1" },
    });
  });

  it.each([
    ["a watchdog on an approved payment", "approved", { type: "watchdog.expired" }],
    [
      "an operator decision on a pending payment",
      "pending",
      { type: "operator.resolved", outcome: "approved", operatorId: "M", approvalId: "A" },
    ],
    [
      "an operator decision on an approved payment",
      "approved",
      { type: "operator.resolved", outcome: "declined", operatorId: "M", approvalId: "A" },
    ],
    [
      "a status answer on an approved payment",
      "approved",
      { type: "status.resolved", response: { outcome: "cancelled" } },
    ],
    ["a capture of a pending payment", "pending", { type: "captured", amount: cents(1) }],
    ["a tip on an unknown payment", "unknown", { type: "tip.adjusted", tip: cents(1) }],
    ["a void of a voided payment", "voided", { type: "voided" }],
  ] as const)("refuses %s with PAYMENT_INVALID_STATE naming status and event", (_title, status, event) => {
    const payment = { ...pending, status, ...(status === "approved" ? { approved: cents(4832) } : {}) };
    expect(failureOf(() => reducePayment(payment, event as PaymentEvent))).toEqual({
      code: "PAYMENT_INVALID_STATE",
      path: [],
      details: { intentId: "pi-1", status, event: event.type },
    });
  });

  it.each([
    // approved 48.32 + tip 5.00 = 53.32 is the most a capture may take.
    ["53.32 (approved 48.32 + tip 5.00)", 5332, true],
    ["48.32 (less than with the tip)", 4832, true],
    ["53.33", 5333, false],
  ])("captures %s → %s", (_title, minor, allowed) => {
    const tipped = reducePayment(approvedWith(), { type: "tip.adjusted", tip: cents(500) });
    const event: PaymentEvent = { type: "captured", amount: cents(minor) };
    if (allowed) expect(reducePayment(tipped, event).isCaptured).toBe(true);
    else expect(failureOf(() => reducePayment(tipped, event)).code).toBe("PAYMENT_INVALID_STATE");
  });

  it("a partial approval takes a tip and a capture, and a second capture is refused", () => {
    const partial = reducePayment(pending, {
      type: "terminal.responded",
      response: { outcome: "partial", approvedAmount: cents(2500) },
    });
    const tipped = reducePayment(partial, { type: "tip.adjusted", tip: cents(250) });
    const captured = reducePayment(tipped, { type: "captured", amount: cents(2750) });
    expect([captured.status, captured.tip.minor, captured.isCaptured]).toEqual(["partial", 250n, true]);
    expect(failureOf(() => reducePayment(captured, { type: "captured", amount: cents(1) })).code).toBe(
      "PAYMENT_INVALID_STATE",
    );
  });

  it.each([
    ["a tip of 0.00 replaces a tip of 2.00", 0, true],
    ["a tip of −0.01", -1, false],
  ])("%s", (_title, minor, allowed) => {
    const tipped = reducePayment(approvedWith(), { type: "tip.adjusted", tip: cents(200) });
    const event: PaymentEvent = { type: "tip.adjusted", tip: cents(minor) };
    if (allowed) expect(reducePayment(tipped, event).tip).toEqual(cents(0));
    else expect(failureOf(() => reducePayment(tipped, event)).code).toBe("PAYMENT_INVALID_STATE");
  });

  it("a refund takes no tip", () => {
    const refund = { ...approvedWith(), kind: "refund" as const };
    expect(failureOf(() => reducePayment(refund, { type: "tip.adjusted", tip: cents(100) })).code).toBe(
      "PAYMENT_INVALID_STATE",
    );
  });

  it("a captured payment can still be voided; a partial one too", () => {
    const captured = reducePayment(approvedWith(), { type: "captured", amount: cents(4832) });
    expect(reducePayment(captured, { type: "voided" }).status).toBe("voided");
    const partial = { ...approvedWith(), status: "partial" as const };
    expect(reducePayment(partial, { type: "voided" }).status).toBe("voided");
  });
});

describe("payment flow edges", () => {
  it("journals intent and result under the intent id, with the payment in the payload", async () => {
    const { flow, store, journaled } = setup();
    const payment = await flow.authorize({ saleId: "S1", amount: eur("10.00") });
    expect(payment.intentId).toBe("pi-tender-1");
    expect(await journaled()).toEqual([
      "payment.intent pi-tender-1:intent",
      "tender.result pi-tender-1:result",
    ]);
    const [intent, result] = await store.read("R1");
    expect([intent?.timestamp, payloadOf(intent).payment?.status]).toEqual([
      "2026-11-23T12:00:00.000Z",
      "pending",
    ]);
    expect(payloadOf(result).payment?.approved).toEqual({
      amount: "10.00",
      currency: "EUR",
    });
    expect(flow.get(payment.intentId)).toEqual(payment);
    expect(flow.get("pi-none")).toBeUndefined();
  });

  it("sends the terminal the intent id, kind and amount", async () => {
    const { flow, terminal } = setup();
    await flow.authorize({ saleId: "S1", amount: eur("12.34") });
    expect(terminal.log).toEqual(["authorize sale pi-tender-1 12.34 approve"]);
  });

  it("the watchdog waits 120 s by default, and a configured delay replaces it", async () => {
    const context = setup();
    context.terminal.script({ outcome: "timeout", actually: "approved" });
    const running = context.flow.authorize({ saleId: "S1", amount: eur("5.00") });
    await context.timer.whenArmed();
    context.timer.advance(119_999);
    expect(context.timer.armedCount()).toBe(1);
    context.timer.advance(1);
    expect((await running).status).toBe("unknown");

    const short = setup({ watchdogMilliseconds: 5_000 });
    short.terminal.script({ outcome: "timeout", actually: "approved" });
    const quick = short.flow.authorize({ saleId: "S1", amount: eur("5.00") });
    await short.timer.whenArmed();
    short.timer.advance(5_000);
    expect((await quick).status).toBe("unknown");
  });

  it("an answer in time disarms the watchdog", async () => {
    const { flow, timer } = setup();
    await flow.authorize({ saleId: "S1", amount: eur("5.00") });
    expect(timer.armedCount()).toBe(0);
  });

  it("a transport error is silence, not a decline: the payment becomes unknown", async () => {
    const context = setup();
    context.terminal.authorize = () => Promise.reject(new Error("socket closed"));
    const payment = await context.flow.authorize({ saleId: "S1", amount: eur("5.00") });
    expect(payment.status).toBe("unknown");
  });

  it("an intent the journal refuses frees the terminal and never reaches it", async () => {
    const context = setup();
    const refusing: Journal = {
      ...context.journal,
      append: () => Promise.reject(new Error("disk full")),
    };
    const flow = createPaymentFlow({
      terminal: context.terminal,
      journal: refusing,
      registerId: "R1",
      clock: createFixedClock("2026-11-23T12:00:00.000Z"),
      ids: createSequentialIds("pi-"),
      timer: context.timer,
    });
    await expect(flow.authorize({ saleId: "S1", amount: eur("5.00") })).rejects.toThrow("disk full");
    expect([flow.get("pi-tender-1"), context.terminal.log]).toEqual([undefined, []]);
    // The terminal is free again: the next payment is refused by the journal, not as TERMINAL_BUSY.
    await expect(flow.authorize({ saleId: "S1", amount: eur("5.00") })).rejects.toThrow("disk full");
  });

  it("TERMINAL_BUSY names the payment in flight", async () => {
    const context = setup();
    const first = await unknownPayment(context, "approved");
    expect(await rejectionOf(() => context.flow.authorize({ saleId: "S2", amount: eur("1.00") }))).toEqual({
      code: "TERMINAL_BUSY",
      path: [],
      details: { terminalId: "T1", intentId: first.intentId, status: "unknown" },
    });
  });

  it("a settled payment frees the terminal for the next one", async () => {
    const { flow } = setup();
    await flow.authorize({ saleId: "S1", amount: eur("5.00") });
    const second = await flow.authorize({ saleId: "S2", amount: eur("6.00") });
    expect([second.intentId, second.status]).toEqual(["pi-tender-2", "approved"]);
  });

  it("refuses a zero amount with INVALID_INPUT", async () => {
    const { flow } = setup();
    expect(await rejectionOf(() => flow.authorize({ saleId: "S1", amount: eur("0.00") }))).toMatchObject({
      code: "INVALID_INPUT",
      path: ["amount"],
    });
  });

  it.each([
    ["an unknown intent", "missing", "NOT_FOUND"],
    ["an approved payment", "approved", "PAYMENT_INVALID_STATE"],
  ])("a status query on %s is %s", async (_title, which, code) => {
    const { flow } = setup();
    const payment = await flow.authorize({ saleId: "S1", amount: eur("5.00") });
    const intentId = which === "missing" ? "pi-none" : payment.intentId;
    expect(await rejectionOf(() => flow.resolveByStatusQuery(intentId))).toMatchObject({ code });
  });

  it("a status query on a settled payment is refused before the terminal is asked", async () => {
    const { flow, terminal } = setup();
    const payment = await flow.authorize({ saleId: "S1", amount: eur("5.00") });
    expect(await rejectionOf(() => flow.resolveByStatusQuery(payment.intentId))).toEqual({
      code: "PAYMENT_INVALID_STATE",
      path: [],
      details: { intentId: payment.intentId, status: "approved" },
    });
    expect(terminal.log.filter((line) => line.startsWith("status"))).toEqual([]);
  });

  it("NOT_FOUND names the intent", async () => {
    const { flow } = setup();
    expect(await rejectionOf(() => flow.capture("pi-none"))).toEqual({
      code: "NOT_FOUND",
      path: ["intentId"],
      details: { intentId: "pi-none" },
    });
  });

  it("a terminal still working keeps the payment unknown and journals nothing", async () => {
    const context = setup();
    const unknown = await unknownPayment(context, "approved");
    context.terminal.queryStatus = async (): Promise<TerminalStatus> => ({ outcome: "in-progress" });
    const before = await context.journaled();
    expect(await context.flow.resolveByStatusQuery(unknown.intentId)).toBe(unknown);
    expect(await context.journaled()).toEqual(before);
  });

  it("a resolution is journaled as payment.resolved with who settled it", async () => {
    const context = setup();
    const unknown = await unknownPayment(context, "declined");
    const resolved = await context.flow.resolveByStatusQuery(unknown.intentId);
    const last = (await context.store.read("R1")).at(-1);
    expect([last?.type, last?.eventId, payloadOf(last).by]).toEqual([
      "payment.resolved",
      `${unknown.intentId}:resolved`,
      "status-query",
    ]);
    expect([resolved.status, context.flow.get(unknown.intentId)]).toEqual(["declined", resolved]);
  });

  it("an operator decision journals its reason, and the decision is kept", async () => {
    const context = setup();
    const unknown = await unknownPayment(context, "never-received");
    const decided = await context.flow.resolveByOperator(unknown.intentId, {
      outcome: "approved",
      operatorId: "M1",
      approvalId: "AP1",
      reason: "acquirer portal shows the charge",
      card: { last4: "0004" },
    });
    expect([decided.status, decided.approved.toString(), decided.card]).toEqual([
      "approved",
      "48.32",
      { last4: "0004" },
    ]);
    const last = (await context.store.read("R1")).at(-1);
    expect(last?.eventId).toBe(`${unknown.intentId}:resolved`);
    expect(last?.payload).toMatchObject({ by: "operator", reason: "acquirer portal shows the charge" });
    expect(context.flow.get(unknown.intentId)).toEqual(decided);
  });

  it("an operator decision without a reason journals none", async () => {
    const context = setup();
    const unknown = await unknownPayment(context, "never-received");
    await context.flow.resolveByOperator(unknown.intentId, {
      outcome: "declined",
      operatorId: "M1",
      approvalId: "AP1",
    });
    const last = (await context.store.read("R1")).at(-1);
    expect("reason" in payloadOf(last)).toBe(false);
  });

  it("tip, capture and void reach the terminal and the journal under their own event ids", async () => {
    const { flow, terminal, journaled } = setup();
    const { intentId } = await flow.authorize({ saleId: "S1", amount: eur("30.00") });
    await flow.adjustTip(intentId, eur("2.00"));
    const tipped = await flow.adjustTip(intentId, eur("4.50"));
    expect(flow.get(intentId)).toEqual(tipped);
    // 30.00 approved + 4.50 tip = 34.50 captured.
    await flow.capture(intentId);
    const voided = await flow.void(intentId);
    expect([voided.status, flow.get(intentId)?.status]).toEqual(["voided", "voided"]);
    expect(terminal.log.slice(1)).toEqual([
      `tip ${intentId} 2.00`,
      `tip ${intentId} 4.50`,
      `capture ${intentId} 34.50`,
      `void ${intentId}`,
    ]);
    expect((await journaled()).slice(2)).toEqual([
      `payment.tipAdjusted ${intentId}:tip-2.00`,
      `payment.tipAdjusted ${intentId}:tip-4.50`,
      `payment.captured ${intentId}:captured`,
      `payment.voided ${intentId}:voided`,
    ]);
  });

  it("a refused change reaches neither the terminal nor the journal", async () => {
    const { flow, terminal, journaled } = setup();
    terminal.script({ outcome: "decline" });
    const { intentId } = await flow.authorize({ saleId: "S1", amount: eur("30.00") });
    const before = await journaled();
    expect(await rejectionOf(() => flow.void(intentId))).toMatchObject({ code: "PAYMENT_INVALID_STATE" });
    expect([terminal.log.length, await journaled()]).toEqual([1, before]);
  });
});

describe("referenced refunds", () => {
  async function paid(amount = "20.00") {
    const context = setup();
    const original = await context.flow.authorize({ saleId: "S1", amount: eur(amount) });
    return { ...context, original };
  }

  it("sends the original's provider reference and links the refund to it", async () => {
    const context = await paid();
    let seen: unknown;
    const authorize = context.terminal.authorize.bind(context.terminal);
    context.terminal.authorize = (request) => {
      seen = request;
      return authorize(request);
    };
    const refund = await context.flow.refund({
      saleId: "S9",
      original: context.original,
      amount: eur("7.50"),
    });
    expect(seen).toEqual({
      intentId: refund.intentId,
      kind: "refund",
      amount: eur("7.50"),
      originalReference: "T1-1",
    });
    expect([
      refund.saleId,
      refund.requested.toString(),
      refund.approved.toString(),
      refund.receiptText,
    ]).toEqual([
      "S9",
      "7.50",
      "7.50",
      "TERMINAL T1\nREFUND\nVISA ************0004\nAMOUNT EUR 7.50\nAUTH A00002\nAPPROVED",
    ]);
    expect([refund.intentId, refund.originalIntentId, refund.isCaptured]).toEqual([
      "pi-tender-2",
      context.original.intentId,
      false,
    ]);
  });

  it("an original without a provider reference is refunded without one", async () => {
    const context = await paid();
    const { card: _card, ...original } = context.original;
    let seen: object = {};
    const authorize = context.terminal.authorize.bind(context.terminal);
    context.terminal.authorize = (request) => {
      seen = request;
      return authorize(request);
    };
    await context.flow.refund({ saleId: "S9", original, amount: eur("1.00") });
    expect("originalReference" in seen).toBe(false);
  });

  it.each([
    // paid 20.00, 12.50 refunded before: 7.50 is left, 7.51 is not.
    ["the 7.50 left after 12.50", "7.50", "12.50", null],
    ["7.51 after 12.50", "7.51", "12.50", "REFUND_EXCEEDS_PAID"],
    ["all 20.00 with nothing refunded", "20.00", undefined, null],
    ["0.00", "0.00", undefined, "INVALID_INPUT"],
  ])("refunding %s → %s", async (_title, amount, already, code) => {
    const context = await paid();
    const request = {
      saleId: "S9",
      original: context.original,
      amount: eur(amount),
      ...(already === undefined ? {} : { alreadyRefunded: eur(already) }),
    };
    if (code === null) expect((await context.flow.refund(request)).status).toBe("approved");
    else
      expect(await rejectionOf(() => context.flow.refund(request))).toMatchObject({ code, path: ["amount"] });
  });

  it("REFUND_EXCEEDS_PAID names what is refundable: approved 20.00 + tip 3.00", async () => {
    const context = await paid();
    const tipped = await context.flow.adjustTip(context.original.intentId, eur("3.00"));
    expect(await context.flow.refund({ saleId: "S9", original: tipped, amount: eur("23.00") })).toMatchObject(
      {
        status: "approved",
      },
    );
    expect(
      await rejectionOf(() => context.flow.refund({ saleId: "S9", original: tipped, amount: eur("23.01") })),
    ).toEqual({
      code: "REFUND_EXCEEDS_PAID",
      path: ["amount"],
      details: { refundable: "23.00", requested: "23.01" },
    });
  });

  it.each([
    ["a declined original", { status: "declined" }, "declined"],
    ["a refund as the original", { kind: "refund" }, "approved"],
    ["a partial original is refundable", { status: "partial" }, null],
  ] as const)("%s", async (_title, change, status) => {
    const context = await paid();
    const request = { saleId: "S9", original: { ...context.original, ...change }, amount: eur("1.00") };
    if (status === null) expect((await context.flow.refund(request)).kind).toBe("refund");
    else
      expect(await rejectionOf(() => context.flow.refund(request))).toEqual({
        code: "PAYMENT_INVALID_STATE",
        path: ["original"],
        details: { status },
      });
  });
});

describe("payment terminal simulator", () => {
  const request = (kind: "sale" | "refund" = "sale") => ({ intentId: "pi-1", kind, amount: eur("48.32") });

  it.each([
    [
      "approve",
      { outcome: "approve" },
      {
        outcome: "approved",
        approvedAmount: eur("48.32"),
        card: {
          brand: "visa",
          last4: "0004",
          applicationId: "A0000000031010",
          authCode: "A00001",
          providerReference: "T1-1",
        },
        receiptText: "TERMINAL T1\nSALE\nVISA ************0004\nAMOUNT EUR 48.32\nAUTH A00001\nAPPROVED",
      },
    ],
    [
      "partial 25.00",
      { outcome: "partial", approvedAmount: eur("25.00") },
      {
        outcome: "partial",
        approvedAmount: eur("25.00"),
        card: {
          brand: "visa",
          last4: "0004",
          applicationId: "A0000000031010",
          authCode: "A00001",
          providerReference: "T1-1",
        },
        receiptText:
          "TERMINAL T1\nSALE\nVISA ************0004\nAMOUNT EUR 25.00\nAUTH A00001\nPARTIAL APPROVAL",
      },
    ],
    ["cancel", { outcome: "cancel" }, { outcome: "cancelled" }],
    [
      "decline without a reason",
      { outcome: "decline" },
      {
        outcome: "declined",
        reason: "DECLINED",
        receiptText: "TERMINAL T1\nSALE\nVISA ************0004\nAMOUNT EUR 48.32\nAUTH -\nDECLINED",
      },
    ],
    [
      "decline with a reason",
      { outcome: "decline", reason: "EXPIRED" },
      {
        outcome: "declined",
        reason: "EXPIRED",
        receiptText: "TERMINAL T1\nSALE\nVISA ************0004\nAMOUNT EUR 48.32\nAUTH -\nEXPIRED",
      },
    ],
  ] as const)("%s answers at once and remembers the answer", async (_title, script, expected) => {
    const terminal = createPaymentTerminalSimulator("T1");
    terminal.script(script);
    expect(await terminal.authorize(request())).toEqual(expected);
    expect(await terminal.queryStatus("pi-1")).toEqual(expected);
  });

  it("takes scripted outcomes in order, then approves; numbers auth codes per call", async () => {
    const terminal = createPaymentTerminalSimulator("T2");
    terminal.script({ outcome: "decline" }, { outcome: "cancel" });
    const outcomes = [];
    for (const intentId of ["a", "b", "c"])
      outcomes.push((await terminal.authorize({ ...request(), intentId })).outcome);
    expect(outcomes).toEqual(["declined", "cancelled", "approved"]);
    const third = (await terminal.queryStatus("c")) as {
      card: { authCode: string; providerReference: string };
    };
    expect([third.card.authCode, third.card.providerReference]).toEqual(["A00003", "T2-3"]);
    expect(terminal.log).toEqual([
      "authorize sale a 48.32 decline",
      "authorize sale b 48.32 cancel",
      "authorize sale c 48.32 approve",
      "status c",
    ]);
  });

  it.each([
    ["approved", "approved"],
    ["declined", "declined"],
    ["never-received", "not-found"],
  ] as const)(
    "a timeout that actually %s is reported as %s by the status query",
    async (actually, outcome) => {
      const terminal = createPaymentTerminalSimulator("T1");
      terminal.script({ outcome: "timeout", actually });
      let answered = false;
      void terminal.authorize(request()).then(() => {
        answered = true;
      });
      await Promise.resolve();
      expect(answered).toBe(false);
      const status = await terminal.queryStatus("pi-1");
      expect(status.outcome).toBe(outcome);
      if (status.outcome === "declined") expect(status.reason).toBe("DECLINED");
    },
  );

  it("a refund receipt says REFUND", async () => {
    const terminal = createPaymentTerminalSimulator("T1");
    const response = (await terminal.authorize(request("refund"))) as { receiptText: string };
    expect(response.receiptText.split("\n")[1]).toBe("REFUND");
  });

  it.each([
    ["capture", (terminal: PaymentTerminal) => terminal.capture("pi-9", eur("1.00"))],
    ["adjustTip", (terminal: PaymentTerminal) => terminal.adjustTip("pi-9", eur("1.00"))],
    ["void", (terminal: PaymentTerminal) => terminal.void("pi-9")],
  ])("%s of an intent it never saw is NOT_FOUND and not logged", async (_title, call) => {
    const terminal = createPaymentTerminalSimulator("T1");
    expect(await rejectionOf(() => call(terminal))).toMatchObject({
      code: "NOT_FOUND",
      details: { intentId: "pi-9" },
    });
    expect(terminal.log).toEqual([]);
  });
});

describe("watchdog timers", () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it("the manual timer fires only delays that have run out, in one advance or several", async () => {
    const timer = createManualTimer();
    const fired: string[] = [];
    const a = timer.after(100);
    const b = timer.after(250);
    void a.elapsed.then(() => fired.push("a"));
    void b.elapsed.then(() => fired.push("b"));
    timer.advance(99);
    await Promise.resolve();
    expect([fired, timer.armedCount()]).toEqual([[], 2]);
    timer.advance(1);
    await Promise.resolve();
    expect([fired, timer.armedCount()]).toEqual([["a"], 1]);
    timer.advance(150);
    await Promise.resolve();
    expect([fired, timer.armedCount()]).toEqual([["a", "b"], 0]);
  });

  it("a cancelled manual delay never fires, and cancelling twice is harmless", async () => {
    const timer = createManualTimer();
    const first = timer.after(10);
    const second = timer.after(10);
    let fired = false;
    void first.elapsed.then(() => {
      fired = true;
    });
    first.cancel();
    expect(timer.armedCount()).toBe(1);
    // Already gone: the second delay must stay armed.
    first.cancel();
    expect(timer.armedCount()).toBe(1);
    timer.advance(10);
    await second.elapsed;
    expect(fired).toBe(false);
  });

  it("whenArmed resolves at once when a delay is armed, else when the next one is", async () => {
    const timer = createManualTimer();
    let woken = false;
    const waiting = timer.whenArmed().then(() => {
      woken = true;
    });
    await Promise.resolve();
    expect(woken).toBe(false);
    timer.after(5);
    await waiting;
    expect(woken).toBe(true);
    await expect(timer.whenArmed()).resolves.toBeUndefined();
  });

  it("the system timer resolves after its delay and not when cancelled", async () => {
    vi.useFakeTimers();
    const timer = createSystemTimer();
    const fired: string[] = [];
    const kept = timer.after(1_000);
    const cancelled = timer.after(1_000);
    void kept.elapsed.then(() => fired.push("kept"));
    void cancelled.elapsed.then(() => fired.push("cancelled"));
    cancelled.cancel();
    await vi.advanceTimersByTimeAsync(999);
    expect(fired).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(fired).toEqual(["kept"]);
  });

  it("a flow without a timer uses the system timer", async () => {
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
    const terminal = createPaymentTerminalSimulator("T1");
    terminal.script({ outcome: "timeout", actually: "approved" });
    const flow = createPaymentFlow({
      terminal,
      journal: createJournal(createMemoryJournalStore()),
      registerId: "R1",
      clock: createFixedClock("2026-11-23T12:00:00.000Z"),
      ids: createSequentialIds("pi-"),
      watchdogMilliseconds: 2_000,
    });
    const running = flow.authorize({ saleId: "S1", amount: eur("5.00") });
    // The intent is hashed by Web Crypto, off the timer queue, before the watchdog is armed and the
    // terminal called: wait for the call rather than for an amount of fake time.
    while (terminal.log.length === 0) await new Promise((resolve) => setImmediate(resolve));
    expect(vi.getTimerCount()).toBe(1);
    vi.advanceTimersByTime(1_999);
    expect(vi.getTimerCount()).toBe(1);
    vi.advanceTimersByTime(1);
    expect(vi.getTimerCount()).toBe(0);
    expect((await running).status).toBe("unknown");
  });
});
