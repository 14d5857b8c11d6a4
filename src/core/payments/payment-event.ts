import type { Money } from "../money/money";
import type { CardDetails } from "./card-details";
import type { TerminalResponse } from "./payment-terminal";

/**
 * What can happen to a payment; the input of {@link reducePayment}.
 *
 * @public
 */
export type PaymentEvent =
  | { readonly type: "terminal.responded"; readonly response: TerminalResponse }
  | { readonly type: "watchdog.expired" }
  | { readonly type: "status.resolved"; readonly response: TerminalResponse }
  | {
      readonly type: "operator.resolved";
      readonly outcome: "approved" | "declined";
      readonly operatorId: string;
      readonly approvalId: string;
      readonly card?: CardDetails;
    }
  | { readonly type: "captured"; readonly amount: Money }
  | { readonly type: "tip.adjusted"; readonly tip: Money }
  | { readonly type: "voided" };
