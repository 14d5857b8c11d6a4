import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type ApprovalDecision,
  createFixedClock,
  createManualTimer,
  createMemoryApprovals,
  createMemoryCatalog,
  createMemorySaleStore,
  createPaymentTerminalSimulator,
  createSequentialIds,
  createTill,
} from "../../../src/core";
import { stages } from "../pipeline/test-stages";
import { catalogItems, rules } from "../sale/sale-fixtures";

function setup(decide: () => ApprovalDecision = () => ({ isGranted: true, approvedBy: "mgr-1" })) {
  const terminal = createPaymentTerminalSimulator("T1");
  const timer = createManualTimer();
  const till = createTill({
    storeId: "store-1",
    registerId: "reg-1",
    currency: "EUR",
    stages: [...stages],
    rules,
    watchdogMilliseconds: 60_000,
    ports: {
      catalog: createMemoryCatalog(catalogItems),
      saleStore: createMemorySaleStore(),
      approvals: createMemoryApprovals(decide),
      clock: createFixedClock("2026-11-23T12:00:00.000Z"),
      ids: createSequentialIds(),
      paymentTerminal: terminal,
      timer,
    },
  });
  till.signIn({ employeeId: "emp-1", role: "cashier" });
  return { till, terminal, timer };
}

/** 2 coffee at 12.99 with the 10% test tax: 28.58 due. */
async function saleOf28(till: ReturnType<typeof setup>["till"]) {
  await till.startSale();
  await till.addItem({ sku: "COFFEE", quantity: "2" });
}

async function unknownCard(context: ReturnType<typeof setup>) {
  await saleOf28(context.till);
  context.terminal.script({ outcome: "timeout", actually: "never-received" });
  const pending = context.till.addTender({ kind: "card", amount: "28.58" });
  await context.timer.whenArmed();
  context.timer.advance(60_000);
  const tender = (await pending).sale.tenders[0];
  return { tenderId: tender?.tenderId ?? "", intentId: tender?.reference ?? "" };
}

async function journalTypes(till: ReturnType<typeof setup>["till"]) {
  return (await till.journal()).map((entry) => entry.type);
}

describe("card payments at the till: operator resolution, tip, capture, void", () => {
  it.each([
    ["approved → the sale is paid, 0.00 due", "approved", "approved", "0.00"],
    ["declined → 28.58 due again", "declined", "declined", "28.58"],
  ] as const)("an operator resolves an unknown payment as %s", async (_title, outcome, status, due) => {
    const context = setup();
    const { intentId } = await unknownCard(context);
    const { sale, priced } = await context.till.resolvePaymentByOperator({
      intentId,
      outcome,
      reason: "terminal printout checked",
    });
    expect([sale.tenders[0]?.status, priced.balanceDue.toString()]).toEqual([status, due]);
    const entries = await context.till.journal();
    const resolved = entries.at(-1)?.payload as {
      by: string;
      reason: string;
      payment: { resolution: unknown };
    };
    expect([entries.at(-2)?.type, entries.at(-1)?.type, resolved.by, resolved.reason]).toEqual([
      "approval.granted",
      "payment.resolved",
      "operator",
      "terminal printout checked",
    ]);
    expect(resolved.payment.resolution).toMatchObject({ by: "operator", operatorId: "emp-1" });
  });

  it("a refused approval leaves the payment unknown and journals no decision", async () => {
    const context = setup(() => ({ isGranted: false, reason: "not verified" }));
    const { intentId } = await unknownCard(context);
    const before = context.till.current()?.sale;
    const types = await journalTypes(context.till);
    await expect(
      context.till.resolvePaymentByOperator({ intentId, outcome: "approved", reason: "looks fine" }),
    ).rejects.toMatchObject({ code: "APPROVAL_REFUSED" });
    expect(context.till.current()?.sale).toEqual(before);
    expect(await journalTypes(context.till)).toEqual(types);
  });

  it.each([
    ["an empty reason", { reason: " ", outcome: "approved" }, "INVALID_INPUT", ["reason"]],
    [
      "an unknown intent",
      { intentId: "nope", reason: "x", outcome: "approved" },
      "TENDER_NOT_FOUND",
      ["intentId"],
    ],
  ] as const)("refuses an operator decision with %s", async (_title, change, code, path) => {
    const context = setup();
    const { intentId } = await unknownCard(context);
    await expect(
      context.till.resolvePaymentByOperator({ intentId, ...change } as never),
    ).rejects.toMatchObject({ code, path });
  });

  it("an approved payment cannot be settled by an operator decision", async () => {
    const { till } = setup();
    await saleOf28(till);
    const intentId =
      (await till.addTender({ kind: "card", amount: "28.58" })).sale.tenders[0]?.reference ?? "";
    await expect(
      till.resolvePaymentByOperator({ intentId, outcome: "declined", reason: "x" }),
    ).rejects.toMatchObject({ code: "PAYMENT_INVALID_STATE" });
  });

  it("tip adjust then capture: the terminal captures 28.58 + 4.50 = 33.08, both journaled", async () => {
    const { till, terminal } = setup();
    await saleOf28(till);
    const intentId =
      (await till.addTender({ kind: "card", amount: "28.58" })).sale.tenders[0]?.reference ?? "";
    await till.complete();
    expect((await till.adjustTip(intentId, "4.50")).tip.toString()).toBe("4.50");
    const captured = await till.capturePayment(intentId);
    expect([captured.isCaptured, terminal.log.at(-1)]).toEqual([true, `capture ${intentId} 33.08`]);
    expect((await journalTypes(till)).slice(-2)).toEqual(["payment.tipAdjusted", "payment.captured"]);
    await expect(till.adjustTip(intentId, "1.00")).rejects.toMatchObject({ code: "PAYMENT_INVALID_STATE" });
  });

  it.each([
    ["a negative tip", "-1.00", "PAYMENT_INVALID_STATE"],
    ["a too precise tip", "1.001", "MONEY_PRECISION"],
  ])("refuses %s", async (_title, tip, code) => {
    const { till } = setup();
    await saleOf28(till);
    const intentId =
      (await till.addTender({ kind: "card", amount: "28.58" })).sale.tenders[0]?.reference ?? "";
    await expect(till.adjustTip(intentId, tip)).rejects.toMatchObject({ code });
  });

  it("voiding an approved card before completion removes its tender: 28.58 due again, journaled", async () => {
    const { till, terminal } = setup();
    await saleOf28(till);
    const intentId =
      (await till.addTender({ kind: "card", amount: "28.58" })).sale.tenders[0]?.reference ?? "";
    const { sale, priced } = await till.voidPayment(intentId);
    expect([sale.tenders.length, sale.status, priced.balanceDue.toString()]).toEqual([0, "open", "28.58"]);
    expect([terminal.log.at(-1), (await journalTypes(till)).at(-1)]).toEqual([
      `void ${intentId}`,
      "payment.voided",
    ]);
    await expect(till.complete()).rejects.toMatchObject({ code: "NOT_FULLY_PAID" });
    await expect(till.voidPayment(intentId)).rejects.toMatchObject({ code: "TENDER_NOT_FOUND" });
  });

  it("property: an unknown payment settles only once, to the operator's outcome", async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom("approved" as const, "declined" as const), async (outcome) => {
        const context = setup();
        const { intentId } = await unknownCard(context);
        await context.till.resolvePaymentByOperator({ intentId, outcome, reason: "checked" });
        await expect(
          context.till.resolvePaymentByOperator({ intentId, outcome, reason: "again" }),
        ).rejects.toMatchObject({ code: "PAYMENT_INVALID_STATE" });
        expect(context.till.current()?.sale.tenders[0]?.status).toBe(outcome);
      }),
      { numRuns: 20 },
    );
  });
});

type Punch = "in" | "out" | "break" | "back";

function punchOf(till: ReturnType<typeof setup>["till"], step: Punch, who: string) {
  if (step === "in") return till.clockIn(who);
  if (step === "out") return till.clockOut(who);
  return step === "break" ? till.startBreak(who) : till.endBreak(who);
}

describe("clock-in, clock-out and breaks", () => {
  it.each([
    ["in", ["in"], ["employee.clocked-in"]],
    ["in, out", ["in", "out"], ["employee.clocked-in", "employee.clocked-out"]],
    [
      "in, break, back, out",
      ["in", "break", "back", "out"],
      ["employee.clocked-in", "employee.break-started", "employee.break-ended", "employee.clocked-out"],
    ],
  ] as const)("%s journals %j with the employee", async (_title, steps, types) => {
    const { till } = setup();
    for (const step of steps) await punchOf(till, step, "emp-7");
    const entries = await till.journal();
    expect(entries.map((entry) => entry.type)).toEqual(types);
    expect(entries.map((entry) => entry.payload)).toEqual(types.map(() => ({ employeeId: "emp-7" })));
  });

  it.each([
    ["out without in", ["out"]],
    ["in twice", ["in", "in"]],
    ["out twice", ["in", "out", "out"]],
    ["a break while clocked out", ["break"]],
    ["out while on a break", ["in", "break", "out"]],
    ["back without a break", ["in", "back"]],
  ] as const)("refuses %s with CLOCK_STATE_INVALID and journals nothing more", async (_title, steps) => {
    const { till } = setup();
    const last = steps.length - 1;
    for (const step of steps.slice(0, last)) await punchOf(till, step, "e1");
    const before = (await till.journal()).length;
    await expect(punchOf(till, steps[last] as Punch, "e1")).rejects.toMatchObject({
      code: "CLOCK_STATE_INVALID",
      path: ["employeeId"],
    });
    expect((await till.journal()).length).toBe(before);
  });

  it("property: the journaled punches of each employee always follow in → (break → back)* → out", async () => {
    const next: Readonly<Record<string, readonly string[]>> = {
      out: ["employee.clocked-in"],
      in: ["employee.break-started", "employee.clocked-out"],
      break: ["employee.break-ended"],
    };
    const after: Readonly<Record<string, string>> = {
      "employee.clocked-in": "in",
      "employee.break-started": "break",
      "employee.break-ended": "in",
      "employee.clocked-out": "out",
    };
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.record({
            who: fc.constantFrom("a", "b"),
            step: fc.constantFrom<Punch>("in", "out", "break", "back"),
          }),
          { maxLength: 14 },
        ),
        async (events) => {
          const { till } = setup();
          for (const event of events) await punchOf(till, event.step, event.who).catch(() => undefined);
          const state: Record<string, string> = { a: "out", b: "out" };
          for (const entry of await till.journal()) {
            const who = (entry.payload as { employeeId: string }).employeeId;
            expect(next[state[who] ?? "out"]).toContain(entry.type);
            state[who] = after[entry.type] ?? "out";
          }
        },
      ),
      { numRuns: 100 },
    );
  });
});
