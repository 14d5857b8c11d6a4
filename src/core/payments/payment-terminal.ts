import type { Money } from "../money/money";
import type { CardDetails } from "./card-details";

/**
 * What the engine asks a terminal to do: charge (`sale`) or pay back (`refund`) an amount under an intent
 * id the engine created and journaled first.
 *
 * @public
 */
export interface TerminalRequest {
  readonly intentId: string;
  readonly kind: "sale" | "refund";
  readonly amount: Money;
  /** For a referenced refund: the provider reference of the original payment. */
  readonly originalReference?: string;
}

/**
 * A terminal's answer. `partial` approves less than asked (a prepaid card with too little on it).
 *
 * @public
 */
export type TerminalResponse =
  | {
      readonly outcome: "approved" | "partial";
      readonly approvedAmount: Money;
      readonly card?: CardDetails;
      /** The terminal's receipt, kept verbatim for reprints. */
      readonly receiptText?: string;
    }
  | { readonly outcome: "declined"; readonly reason?: string; readonly receiptText?: string }
  | { readonly outcome: "cancelled"; readonly receiptText?: string };

/**
 * A status query's answer: the final response, "still running", or "never saw this intent".
 *
 * @public
 */
export type TerminalStatus =
  | TerminalResponse
  | { readonly outcome: "in-progress" }
  | { readonly outcome: "not-found" };

/**
 * Port for a semi-integrated payment terminal: card data stays inside it; the engine only sees outcomes.
 *
 * @public
 */
export interface PaymentTerminal {
  readonly terminalId: string;
  /** Runs a payment or refund on the device; may never answer (the watchdog handles silence). */
  authorize(request: TerminalRequest): Promise<TerminalResponse>;
  /** Asks what became of an intent; the only way to settle an `unknown` payment automatically. */
  queryStatus(intentId: string): Promise<TerminalStatus>;
  /** Captures an authorised amount (base plus tip). */
  capture(intentId: string, amount: Money): Promise<void>;
  /** Changes the tip of an authorised, not yet captured payment. */
  adjustTip(intentId: string, tip: Money): Promise<void>;
  /** Voids an authorised payment before settlement. */
  void(intentId: string): Promise<void>;
}
