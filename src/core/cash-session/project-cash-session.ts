import type { JournalEntry } from "../journal/journal-entry";
import { zeroMoney } from "../money/create-money";
import { Money } from "../money/money";
import {
  cashMovementPayloadSchema,
  saleSummaryPayloadSchema,
  sessionClosedPayloadSchema,
  sessionOpenedPayloadSchema,
} from "./session-payloads";

/**
 * A register's cash session as projected from its journal.
 *
 * @public
 */
export interface CashSessionState {
  readonly registerId: string;
  readonly currency: string;
  /** `none` before the first session. */
  readonly status: "none" | "open" | "closed";
  readonly sessionId?: string;
  readonly openedAt?: string;
  /** Home cash that should be in the drawer now. */
  readonly expectedCash: Money;
  /** The last close's over/short, while closed. */
  readonly lastOverShort?: Money;
}

/** Signed home-cash effect of one entry on the drawer. */
function cashEffect(entry: JournalEntry): bigint {
  switch (entry.type) {
    case "sale.completed":
    case "return.completed":
    case "sale.postVoided": {
      const sale = saleSummaryPayloadSchema.parse(entry.payload);
      const cash = sale.tenders
        .filter((tender) => tender.kind === "cash")
        .reduce((total, t) => total + t.amount.minor, 0n);
      return cash - sale.change.minor;
    }
    case "cash.paidIn":
      return cashMovementPayloadSchema.parse(entry.payload).amount.minor;
    case "cash.paidOut":
    case "cash.drop":
    case "cash.pickup":
      return -cashMovementPayloadSchema.parse(entry.payload).amount.minor;
    default:
      return 0n;
  }
}

/**
 * Folds one journal entry into the session state. Only entries of an open session move cash.
 *
 * @param state - the state before
 * @param entry - the next entry of the register
 * @returns the state after
 * @public
 */
export function reduceCashSession(state: CashSessionState, entry: JournalEntry): CashSessionState {
  if (entry.type === "session.opened") {
    const opened = sessionOpenedPayloadSchema.parse(entry.payload);
    const { lastOverShort: _dropped, ...rest } = state;
    return {
      ...rest,
      status: "open",
      sessionId: opened.sessionId,
      openedAt: entry.timestamp,
      expectedCash: opened.floatTotal,
    };
  }
  if (state.status !== "open") return state;
  if (entry.type === "session.closed") {
    const closed = sessionClosedPayloadSchema.parse(entry.payload);
    return { ...state, status: "closed", lastOverShort: closed.overShort };
  }
  const effect = cashEffect(entry);
  return effect === 0n
    ? state
    : { ...state, expectedCash: new Money(state.expectedCash.minor + effect, state.currency) };
}

/**
 * The current cash session of a register: a pure projection of its journal.
 *
 * @param entries - the register's entries in sequence order
 * @param registerId - the register
 * @param currency - the home currency
 * @returns the state
 * @public
 */
export function projectCashSession(
  entries: readonly JournalEntry[],
  registerId: string,
  currency: string,
): CashSessionState {
  const initial: CashSessionState = {
    registerId,
    currency,
    status: "none",
    expectedCash: zeroMoney(currency),
  };
  return entries.reduce(reduceCashSession, initial);
}
