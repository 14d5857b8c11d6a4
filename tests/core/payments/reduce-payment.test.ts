import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isTillError } from "../../../src/core/errors";
import { moneyFromMinor } from "../../../src/core/money";
import { type Payment, type PaymentEvent, reducePayment } from "../../../src/core/payments";

const eur = (minor: number) => moneyFromMinor(minor, "EUR");
const pending: Payment = {
  intentId: "pi-1",
  terminalId: "T1",
  registerId: "R1",
  saleId: "S1",
  kind: "sale",
  status: "pending",
  requested: eur(4832),
  approved: eur(0),
  tip: eur(0),
  isCaptured: false,
};

const eventArbitrary: fc.Arbitrary<PaymentEvent> = fc.oneof(
  fc.integer({ min: -100, max: 6000 }).map((minor) => ({
    type: "terminal.responded" as const,
    response: { outcome: "approved" as const, approvedAmount: eur(minor) },
  })),
  fc.constant({ type: "terminal.responded" as const, response: { outcome: "declined" as const } }),
  fc.constant({ type: "watchdog.expired" as const }),
  fc.constant({
    type: "status.resolved" as const,
    response: { outcome: "approved" as const, approvedAmount: eur(4832) },
  }),
  fc.constant({
    type: "operator.resolved" as const,
    outcome: "declined" as const,
    operatorId: "M",
    approvalId: "A",
  }),
  fc.integer({ min: 0, max: 9000 }).map((minor) => ({ type: "captured" as const, amount: eur(minor) })),
  fc.integer({ min: -10, max: 900 }).map((minor) => ({ type: "tip.adjusted" as const, tip: eur(minor) })),
  fc.constant({ type: "voided" as const }),
);

describe("reducePayment", () => {
  it.each([
    ["pending + watchdog → unknown", ["watchdog.expired"], "unknown"],
    ["unknown + late status query → approved", ["watchdog.expired", "status.resolved"], "approved"],
    ["approved + void → voided", ["approved", "voided"], "voided"],
  ])("%s", (_title, steps, status) => {
    const events: Record<string, PaymentEvent> = {
      "watchdog.expired": { type: "watchdog.expired" },
      "status.resolved": {
        type: "status.resolved",
        response: { outcome: "approved", approvedAmount: eur(4832) },
      },
      approved: { type: "terminal.responded", response: { outcome: "approved", approvedAmount: eur(4832) } },
      voided: { type: "voided" },
    };
    const result = steps.reduce(
      (payment, step) => reducePayment(payment, events[step] as PaymentEvent),
      pending,
    );
    expect(result.status).toBe(status);
  });

  it.each([
    ["a second terminal answer", ["approved", "approved"]],
    ["a status query on a pending payment", ["status.resolved"]],
    ["a void of a declined payment", ["declined", "voided"]],
  ])("refuses %s with PAYMENT_INVALID_STATE", (_title, steps) => {
    const events: Record<string, PaymentEvent> = {
      approved: { type: "terminal.responded", response: { outcome: "approved", approvedAmount: eur(4832) } },
      declined: { type: "terminal.responded", response: { outcome: "declined" } },
      "status.resolved": {
        type: "status.resolved",
        response: { outcome: "approved", approvedAmount: eur(4832) },
      },
      voided: { type: "voided" },
    };
    expect(() =>
      steps.reduce((payment, step) => reducePayment(payment, events[step] as PaymentEvent), pending),
    ).toThrowError(expect.objectContaining({ code: "PAYMENT_INVALID_STATE" }));
  });

  it("property: approved never exceeds requested, finals stay final, captured never exceeds approved + tip", () => {
    fc.assert(
      fc.property(fc.array(eventArbitrary, { maxLength: 8 }), (events) => {
        let payment = pending;
        for (const event of events) {
          const before = payment;
          try {
            payment = reducePayment(payment, event);
          } catch (error) {
            if (!isTillError(error)) throw error;
            expect(payment).toBe(before);
          }
          if (["declined", "cancelled", "voided"].includes(before.status)) expect(payment).toBe(before);
          if (event.type === "captured" && payment.isCaptured && !before.isCaptured) {
            expect(event.amount.minor <= payment.approved.minor + payment.tip.minor).toBe(true);
          }
          expect(payment.approved.minor <= payment.requested.minor).toBe(true);
          expect(payment.approved.minor >= 0n).toBe(true);
        }
      }),
      { numRuns: 1000 },
    );
  });
});
