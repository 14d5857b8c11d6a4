import { TillError } from "../errors/till-error";
import type { Money } from "../money/money";
import type { CardDetails } from "./card-details";
import type { PaymentTerminal, TerminalRequest, TerminalResponse, TerminalStatus } from "./payment-terminal";

/**
 * One scripted outcome of the simulator. `timeout` never answers `authorize`; what the terminal really
 * did (`actually`) is what a later status query reports.
 *
 * @public
 */
export type SimulatedOutcome =
  | { readonly outcome: "approve" }
  | { readonly outcome: "decline"; readonly reason?: string }
  | { readonly outcome: "partial"; readonly approvedAmount: Money }
  | { readonly outcome: "cancel" }
  | { readonly outcome: "timeout"; readonly actually: "approved" | "declined" | "never-received" };

/**
 * A payment-terminal simulator with its operation log, for tests and the demo.
 *
 * @public
 */
export interface PaymentTerminalSimulator extends PaymentTerminal {
  /** Queues outcomes for the next authorisations (default when empty: approve). */
  script(...outcomes: readonly SimulatedOutcome[]): void;
  /** Every call the terminal received, in order. */
  readonly log: readonly string[];
}

const CARD: CardDetails = { brand: "visa", last4: "0004", applicationId: "A0000000031010" };

function receipt(
  terminalId: string,
  request: TerminalRequest,
  verdict: string,
  amount: Money,
  auth: string,
): string {
  return [
    `TERMINAL ${terminalId}`,
    request.kind === "refund" ? "REFUND" : "SALE",
    `VISA ************${CARD.last4}`,
    `AMOUNT ${amount.currency} ${amount.toString()}`,
    `AUTH ${auth}`,
    verdict,
  ].join("\n");
}

function respond(
  terminalId: string,
  request: TerminalRequest,
  script: SimulatedOutcome,
  serial: number,
): TerminalResponse {
  const auth = `A${String(serial).padStart(5, "0")}`;
  const card = { ...CARD, authCode: auth, providerReference: `${terminalId}-${serial}` };
  if (script.outcome === "approve" || (script.outcome === "timeout" && script.actually === "approved")) {
    const receiptText = receipt(terminalId, request, "APPROVED", request.amount, auth);
    return { outcome: "approved", approvedAmount: request.amount, card, receiptText };
  }
  if (script.outcome === "partial") {
    const receiptText = receipt(terminalId, request, "PARTIAL APPROVAL", script.approvedAmount, auth);
    return { outcome: "partial", approvedAmount: script.approvedAmount, card, receiptText };
  }
  if (script.outcome === "cancel") return { outcome: "cancelled" };
  const reason = script.outcome === "decline" ? (script.reason ?? "DECLINED") : "DECLINED";
  return {
    outcome: "declined",
    reason,
    receiptText: receipt(terminalId, request, reason, request.amount, "-"),
  };
}

/**
 * Makes a deterministic terminal simulator: outcomes come from the script, auth codes and provider
 * references from a counter, and `timeout` never answers so the engine's watchdog (on an injected timer)
 * decides when silence becomes `unknown`.
 *
 * @param terminalId - the terminal's id
 * @returns the simulator
 * @public
 */
export function createPaymentTerminalSimulator(terminalId: string): PaymentTerminalSimulator {
  const queue: SimulatedOutcome[] = [];
  const log: string[] = [];
  const outcomes = new Map<string, TerminalStatus>();
  let serial = 0;
  const known = (intentId: string): void => {
    if (!outcomes.has(intentId)) throw new TillError("NOT_FOUND", { details: { intentId } });
  };
  return {
    terminalId,
    log,
    script: (...next) => void queue.push(...next),
    authorize(request) {
      serial += 1;
      const script = queue.shift() ?? { outcome: "approve" };
      log.push(
        `authorize ${request.kind} ${request.intentId} ${request.amount.toString()} ${script.outcome}`,
      );
      if (script.outcome === "timeout") {
        if (script.actually !== "never-received")
          outcomes.set(request.intentId, respond(terminalId, request, script, serial));
        return new Promise<TerminalResponse>(() => undefined);
      }
      const response = respond(terminalId, request, script, serial);
      outcomes.set(request.intentId, response);
      return Promise.resolve(response);
    },
    async queryStatus(intentId) {
      log.push(`status ${intentId}`);
      return outcomes.get(intentId) ?? { outcome: "not-found" };
    },
    async capture(intentId, amount) {
      known(intentId);
      log.push(`capture ${intentId} ${amount.toString()}`);
    },
    async adjustTip(intentId, tip) {
      known(intentId);
      log.push(`tip ${intentId} ${tip.toString()}`);
    },
    async void(intentId) {
      known(intentId);
      log.push(`void ${intentId}`);
    },
  };
}
