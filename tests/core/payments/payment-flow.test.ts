import { describe, expect, it } from "vitest";
import { createFixedClock } from "../../../src/core/clock";
import { createSequentialIds } from "../../../src/core/ids";
import { createJournal, createMemoryJournalStore } from "../../../src/core/journal";
import { parseMoney } from "../../../src/core/money";
import {
  createManualTimer,
  createPaymentFlow,
  createPaymentTerminalSimulator,
  type SimulatedOutcome,
} from "../../../src/core/payments";

function setup() {
  const store = createMemoryJournalStore();
  const journal = createJournal(store);
  const terminal = createPaymentTerminalSimulator("T1");
  const timer = createManualTimer();
  const flow = createPaymentFlow({
    terminal,
    journal,
    registerId: "R1",
    clock: createFixedClock("2026-11-23T12:00:00.000Z"),
    ids: createSequentialIds("pi-"),
    timer,
    watchdogMilliseconds: 60_000,
  });
  const types = async () => (await store.read("R1")).map((entry) => entry.type);
  return { store, journal, terminal, timer, flow, types };
}

const eur = (amount: string) => parseMoney(amount, "EUR");

describe("card payment flow", () => {
  it.each([
    ["approves", "approved", "40.02", { outcome: "approve" }],
    ["declines", "declined", "0.00", { outcome: "decline", reason: "INSUFFICIENT FUNDS" }],
    ["approves 25.00 of 40.02", "partial", "25.00", { outcome: "partial", approvedAmount: eur("25.00") }],
    ["is cancelled", "cancelled", "0.00", { outcome: "cancel" }],
  ] as [string, string, string, SimulatedOutcome][])(
    "the terminal %s → status %s, approved %s",
    async (_title, status, approved, outcome) => {
      const { flow, terminal, types } = setup();
      terminal.script(outcome);
      const payment = await flow.authorize({ saleId: "S1", amount: eur("40.02") });
      expect([payment.status, payment.approved.toString()]).toEqual([status, approved]);
      expect(await types()).toEqual(["payment.intent", "tender.result"]);
    },
  );

  it("journals the intent before the terminal is contacted", async () => {
    const { flow, terminal, store } = setup();
    const seenAtAuthorize: string[] = [];
    const authorize = terminal.authorize.bind(terminal);
    terminal.authorize = async (request) => {
      seenAtAuthorize.push(...(await store.read("R1")).map((entry) => entry.type));
      return authorize(request);
    };
    await flow.authorize({ saleId: "S1", amount: eur("10.00") });
    expect(seenAtAuthorize).toEqual(["payment.intent"]);
  });

  it("keeps the terminal receipt verbatim", async () => {
    const { flow } = setup();
    const payment = await flow.authorize({ saleId: "S1", amount: eur("12.50") });
    expect(payment.receiptText).toBe(
      "TERMINAL T1\nSALE\nVISA ************0004\nAMOUNT EUR 12.50\nAUTH A00001\nAPPROVED",
    );
  });

  it("a timeout becomes unknown, blocks the terminal, and the status query resolves it as approved", async () => {
    const { flow, terminal, timer, types } = setup();
    terminal.script({ outcome: "timeout", actually: "approved" });
    const pending = flow.authorize({ saleId: "S1", amount: eur("48.32") });
    await timer.whenArmed();
    timer.advance(60_000);
    const unknown = await pending;
    expect(unknown.status).toBe("unknown");
    await expect(flow.authorize({ saleId: "S2", amount: eur("1.00") })).rejects.toMatchObject({
      code: "TERMINAL_BUSY",
    });
    const resolved = await flow.resolveByStatusQuery(unknown.intentId);
    expect([resolved.status, resolved.approved.toString(), resolved.resolution?.by]).toEqual([
      "approved",
      "48.32",
      "status-query",
    ]);
    expect(terminal.log.filter((line) => line.startsWith("authorize")).length).toBe(1);
    expect(await types()).toEqual(["payment.intent", "tender.result", "payment.resolved"]);
  });

  it.each([
    ["never received by the terminal → cancelled", "never-received", "cancelled"],
    ["declined by the terminal → declined", "declined", "declined"],
  ] as const)("a timeout %s", async (_title, actually, status) => {
    const { flow, terminal, timer } = setup();
    terminal.script({ outcome: "timeout", actually });
    const pending = flow.authorize({ saleId: "S1", amount: eur("5.00") });
    await timer.whenArmed();
    timer.advance(60_000);
    const resolved = await flow.resolveByStatusQuery((await pending).intentId);
    expect(resolved.status).toBe(status);
  });

  it("an operator decision on an unknown payment is journaled with its approval", async () => {
    const { flow, terminal, timer, store } = setup();
    terminal.script({ outcome: "timeout", actually: "never-received" });
    const pending = flow.authorize({ saleId: "S1", amount: eur("5.00") });
    await timer.whenArmed();
    timer.advance(60_000);
    const { intentId } = await pending;
    const decided = await flow.resolveByOperator(intentId, {
      outcome: "declined",
      operatorId: "M1",
      approvalId: "AP1",
    });
    expect(decided.resolution).toEqual({ by: "operator", operatorId: "M1", approvalId: "AP1" });
    const last = (await store.read("R1")).at(-1);
    expect([last?.type, (last?.payload as { by?: string } | undefined)?.by]).toEqual([
      "payment.resolved",
      "operator",
    ]);
  });

  it("tip adjust, capture and void follow the state machine", async () => {
    const { flow, terminal } = setup();
    const { intentId } = await flow.authorize({ saleId: "S1", amount: eur("30.00") });
    await flow.adjustTip(intentId, eur("4.50"));
    const captured = await flow.capture(intentId);
    expect([captured.isCaptured, captured.tip.toString()]).toEqual([true, "4.50"]);
    expect(terminal.log).toContain(`capture ${intentId} 34.50`);
    await expect(flow.adjustTip(intentId, eur("1.00"))).rejects.toMatchObject({
      code: "PAYMENT_INVALID_STATE",
    });
    expect((await flow.void(intentId)).status).toBe("voided");
  });

  it("a referenced refund carries the original provider reference and cannot exceed what was paid", async () => {
    const { flow, terminal } = setup();
    const original = await flow.authorize({ saleId: "S1", amount: eur("20.00") });
    await expect(flow.refund({ saleId: "S9", original, amount: eur("20.01") })).rejects.toMatchObject({
      code: "REFUND_EXCEEDS_PAID",
      path: ["amount"],
    });
    const refund = await flow.refund({ saleId: "S9", original, amount: eur("7.50") });
    expect([refund.kind, refund.status, refund.originalIntentId]).toEqual([
      "refund",
      "approved",
      original.intentId,
    ]);
    expect(terminal.log.at(-1)).toBe(`authorize refund ${refund.intentId} 7.50 approve`);
  });

  it.each([
    [
      "a negative amount",
      { saleId: "S1", amount: { amount: "-1.00", currency: "EUR" } },
      "INVALID_INPUT",
      ["amount"],
    ],
    [
      "a too-precise amount",
      { saleId: "S1", amount: { amount: "1.005", currency: "EUR" } },
      "MONEY_PRECISION",
      ["amount", "amount"],
    ],
    [
      "an unknown currency",
      { saleId: "S1", amount: { amount: "1.00", currency: "XXZ" } },
      "UNKNOWN_CURRENCY",
      ["amount", "currency"],
    ],
  ])("rejects %s without journaling anything", async (_title, request, code, path) => {
    const { flow, store } = setup();
    await expect(flow.authorize(request as never)).rejects.toMatchObject({ code, path });
    expect(await store.read("R1")).toEqual([]);
  });

  it("a second payment on a busy terminal is TERMINAL_BUSY and changes nothing", async () => {
    const { flow, terminal, store, timer } = setup();
    terminal.script({ outcome: "timeout", actually: "approved" });
    const first = flow.authorize({ saleId: "S1", amount: eur("5.00") });
    await timer.whenArmed();
    const before = await store.read("R1");
    await expect(flow.authorize({ saleId: "S1", amount: eur("5.00") })).rejects.toMatchObject({
      code: "TERMINAL_BUSY",
    });
    expect(await store.read("R1")).toEqual(before);
    timer.advance(60_000);
    await first;
  });
});
