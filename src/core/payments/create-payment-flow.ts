import type { ClockPort } from "../clock/clock-port";
import { TillError } from "../errors/till-error";
import type { IdPort } from "../ids/id-port";
import { toJournalJson } from "../journal/canonical-json";
import type { Journal } from "../journal/create-journal";
import type { JournalEntryType } from "../journal/journal-entry-type";
import { add } from "../money/add";
import type { Money } from "../money/money";
import { authorizeWithWatchdog } from "./authorize-with-watchdog";
import { isPaymentInFlight, type Payment } from "./payment";
import type { PaymentEvent } from "./payment-event";
import {
  makeRefundPayment,
  makeSalePayment,
  type OperatorDecisionInput,
  resolutionEvent,
} from "./payment-flow-steps";
import type { PaymentRequest, RefundRequest } from "./payment-requests";
import type { PaymentTerminal, TerminalResponse } from "./payment-terminal";
import { reducePayment } from "./reduce-payment";
import { createSystemTimer, type WatchdogTimer } from "./watchdog-timer";

/**
 * What a payment flow needs: the terminal, the journal, the register, the clock, ids and a timer.
 *
 * @public
 */
export interface PaymentFlowOptions {
  readonly terminal: PaymentTerminal;
  readonly journal: Journal;
  readonly registerId: string;
  /** Timestamps for journal entries. */
  readonly clock: ClockPort;
  /** New intent ids (kind "tender"; unique across registers). */
  readonly ids: IdPort;
  readonly timer?: WatchdogTimer;
  /** Silence longer than this turns a pending payment into `unknown` (default 120 s). */
  readonly watchdogMilliseconds?: number;
}

/**
 * Card payments on one terminal. See {@link createPaymentFlow}.
 *
 * @public
 */
export interface PaymentFlow {
  authorize(request: PaymentRequest): Promise<Payment>;
  refund(request: RefundRequest): Promise<Payment>;
  resolveByStatusQuery(intentId: string): Promise<Payment>;
  resolveByOperator(intentId: string, decision: OperatorDecisionInput): Promise<Payment>;
  capture(intentId: string): Promise<Payment>;
  adjustTip(intentId: string, tip: Money): Promise<Payment>;
  void(intentId: string): Promise<Payment>;
  get(intentId: string): Payment | undefined;
}

/**
 * Runs card payments on one terminal: creates and journals the intent before the terminal is contacted,
 * allows one payment in flight (pending or unknown), turns silence into `unknown` after the watchdog
 * delay, and settles `unknown` only through the terminal's status query or a journaled operator decision.
 *
 * @param options - terminal, journal, register, clock, ids, timer
 * @returns the flow
 * @public
 */
export function createPaymentFlow(options: PaymentFlowOptions): PaymentFlow {
  const payments = new Map<string, Payment>();
  const timer = options.timer ?? createSystemTimer();
  const watchdog = options.watchdogMilliseconds ?? 120_000;

  async function record(
    type: JournalEntryType,
    payment: Payment,
    suffix: string,
    extra: object = {},
  ): Promise<void> {
    const payload = toJournalJson({ payment, ...extra });
    const eventId = `${payment.intentId}:${suffix}`;
    await options.journal.append([
      { registerId: options.registerId, eventId, type, timestamp: options.clock.now(), payload },
    ]);
  }

  function reserve(payment: Payment): void {
    const busy = [...payments.values()].find(isPaymentInFlight);
    if (busy !== undefined) {
      throw new TillError("TERMINAL_BUSY", {
        details: { terminalId: busy.terminalId, intentId: busy.intentId, status: busy.status },
      });
    }
    payments.set(payment.intentId, payment);
  }

  async function run(pending: Payment, originalReference?: string): Promise<Payment> {
    reserve(pending);
    try {
      await record("payment.intent", pending, "intent");
    } catch (error) {
      payments.delete(pending.intentId);
      throw error;
    }
    const reference = originalReference === undefined ? {} : { originalReference };
    const request = {
      intentId: pending.intentId,
      kind: pending.kind,
      amount: pending.requested,
      ...reference,
    };
    const next = reducePayment(
      pending,
      await authorizeWithWatchdog(options.terminal, request, timer, watchdog),
    );
    await record("tender.result", next, "result");
    payments.set(next.intentId, next);
    return next;
  }

  function existing(intentId: string): Payment {
    const payment = payments.get(intentId);
    if (payment === undefined)
      throw new TillError("NOT_FOUND", { path: ["intentId"], details: { intentId } });
    return payment;
  }

  async function change(
    intentId: string,
    event: PaymentEvent,
    type: JournalEntryType,
    suffix: string,
    device: () => Promise<void>,
  ) {
    const next = reducePayment(existing(intentId), event);
    await device();
    await record(type, next, suffix);
    payments.set(intentId, next);
    return next;
  }

  return {
    async authorize(input) {
      return run(
        makeSalePayment(input, options.ids.next("tender"), options.terminal.terminalId, options.registerId),
      );
    },
    async refund(input) {
      const pending = makeRefundPayment(
        input,
        options.ids.next("tender"),
        options.terminal.terminalId,
        options.registerId,
      );
      return run(pending, pending.originalReference);
    },
    async resolveByStatusQuery(intentId) {
      const payment = existing(intentId);
      if (payment.status !== "unknown")
        throw new TillError("PAYMENT_INVALID_STATE", { details: { intentId, status: payment.status } });
      const status = await options.terminal.queryStatus(intentId);
      if (status.outcome === "in-progress") return payment;
      const response: TerminalResponse = status.outcome === "not-found" ? { outcome: "cancelled" } : status;
      const next = reducePayment(payment, { type: "status.resolved", response });
      await record("payment.resolved", next, "resolved", { by: "status-query" });
      payments.set(intentId, next);
      return next;
    },
    async resolveByOperator(intentId, decision) {
      const next = reducePayment(existing(intentId), resolutionEvent(decision));
      const reason = decision.reason === undefined ? {} : { reason: decision.reason };
      await record("payment.resolved", next, "resolved", { by: "operator", ...reason });
      payments.set(intentId, next);
      return next;
    },
    async capture(intentId) {
      const payment = existing(intentId);
      const amount = add(payment.approved, payment.tip);
      return change(intentId, { type: "captured", amount }, "payment.captured", "captured", () =>
        options.terminal.capture(intentId, amount),
      );
    },
    async adjustTip(intentId, tip) {
      return change(
        intentId,
        { type: "tip.adjusted", tip },
        "payment.tipAdjusted",
        `tip-${tip.toString()}`,
        () => options.terminal.adjustTip(intentId, tip),
      );
    },
    async void(intentId) {
      return change(intentId, { type: "voided" }, "payment.voided", "voided", () =>
        options.terminal.void(intentId),
      );
    },
    get: (intentId) => payments.get(intentId),
  };
}
