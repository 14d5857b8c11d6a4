import type { z } from "zod";
import type { ClockPort } from "../clock/clock-port";
import { parseWith } from "../errors/from-zod";
import { TillError } from "../errors/till-error";
import type { IdPort } from "../ids/id-port";
import { toJournalJson } from "../journal/canonical-json";
import type { JournalDraft } from "../journal/journal-entry";
import type { JournalEntryType } from "../journal/journal-entry-type";
import { subtract } from "../money/subtract";
import { countCash } from "./count-cash";
import type { CashSessionState } from "./project-cash-session";
import { cashMovementInputSchema, closeSessionInputSchema, openSessionInputSchema } from "./session-inputs";

/**
 * What session commands need to build journal drafts.
 *
 * @public
 */
export interface SessionContext {
  readonly registerId: string;
  readonly clock: ClockPort;
  readonly ids: IdPort;
}

/**
 * A journal draft for this register.
 *
 * @internal
 */
export function draftFor(context: SessionContext, type: JournalEntryType, payload: unknown): JournalDraft {
  const eventId = context.ids.next("event");
  return {
    registerId: context.registerId,
    eventId,
    type,
    timestamp: context.clock.now(),
    payload: toJournalJson(payload),
  };
}

/**
 * Throws unless a session is open.
 *
 * @param state - the projected session
 * @returns the open session's id
 * @throws TillError SESSION_CLOSED after a close; SESSION_NOT_OPEN before any session
 * @internal
 */
export function assertSessionOpen(state: CashSessionState): string {
  if (state.status === "closed")
    throw new TillError("SESSION_CLOSED", { details: { sessionId: state.sessionId } });
  if (state.status !== "open" || state.sessionId === undefined) throw new TillError("SESSION_NOT_OPEN");
  return state.sessionId;
}

function assertHomeCurrency(state: CashSessionState, currency: string, path: (string | number)[]): void {
  if (currency !== state.currency)
    throw new TillError("CURRENCY_MISMATCH", { path, details: { expected: state.currency, currency } });
}

/**
 * The `session.opened` draft.
 *
 * @param state - the projected session
 * @param input - who opens and the float counted by denomination
 * @param context - register, clock, ids
 * @returns the draft to journal
 * @throws TillError SESSION_ALREADY_OPEN; CURRENCY_MISMATCH; INVALID_INPUT
 * @public
 */
export function openSession(
  state: CashSessionState,
  input: z.input<typeof openSessionInputSchema>,
  context: SessionContext,
): JournalDraft {
  const open = parseWith(openSessionInputSchema, input);
  if (state.status === "open")
    throw new TillError("SESSION_ALREADY_OPEN", { details: { sessionId: state.sessionId } });
  assertHomeCurrency(state, open.float.currency, ["float", "currency"]);
  const floatTotal = countCash(open.float);
  const sessionId = `session-${context.ids.next("event")}`;
  return draftFor(context, "session.opened", {
    sessionId,
    employeeId: open.employeeId,
    float: open.float,
    floatTotal,
  });
}

/**
 * The draft of a paid-in, paid-out, drop or pickup. Cash taken out may not exceed the expected cash.
 *
 * @param state - the projected session
 * @param input - type, amount (positive), reason, who
 * @param context - register, clock, ids
 * @returns the draft to journal
 * @throws TillError SESSION_NOT_OPEN, SESSION_CLOSED, INVALID_INPUT, MONEY_PRECISION, CURRENCY_MISMATCH,
 *   INSUFFICIENT_BALANCE, CARD_DATA_REJECTED
 * @public
 */
export function recordCashMovement(
  state: CashSessionState,
  input: z.input<typeof cashMovementInputSchema>,
  context: SessionContext,
): JournalDraft {
  const movement = parseWith(cashMovementInputSchema, input);
  const sessionId = assertSessionOpen(state);
  assertHomeCurrency(state, movement.amount.currency, ["amount", "currency"]);
  if (movement.amount.minor <= 0n)
    throw new TillError("INVALID_INPUT", { message: "Amounts are positive", path: ["amount"] });
  if (movement.type !== "cash.paidIn" && movement.amount.minor > state.expectedCash.minor) {
    throw new TillError("INSUFFICIENT_BALANCE", {
      path: ["amount"],
      details: { expected: state.expectedCash.toString() },
    });
  }
  const { type, ...payload } = movement;
  return draftFor(context, type, { ...payload, sessionId });
}

/**
 * The `session.closed` draft: counted cash against expected cash, `overShort = counted − expected`.
 *
 * @param state - the projected session
 * @param input - who closes and the cash counted by denomination
 * @param context - register, clock, ids
 * @returns the draft to journal
 * @throws TillError SESSION_CLOSED when already closed; SESSION_NOT_OPEN; CURRENCY_MISMATCH; INVALID_INPUT
 * @public
 */
export function closeSession(
  state: CashSessionState,
  input: z.input<typeof closeSessionInputSchema>,
  context: SessionContext,
): JournalDraft {
  const close = parseWith(closeSessionInputSchema, input);
  const sessionId = assertSessionOpen(state);
  assertHomeCurrency(state, close.counted.currency, ["counted", "currency"]);
  const countedTotal = countCash(close.counted);
  const overShort = subtract(countedTotal, state.expectedCash);
  const payload = {
    sessionId,
    employeeId: close.employeeId,
    counted: close.counted,
    countedTotal,
    expected: state.expectedCash,
    overShort,
  };
  return draftFor(context, "session.closed", payload);
}
