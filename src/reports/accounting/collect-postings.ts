import { currencyExponent } from "../../core/currency/get-currency";
import { TillError, type TillErrorPath } from "../../core/errors/till-error";
import { formatScaled } from "../../core/numbers/scaled-decimal";
import type { AccountingDocument, SessionEvent } from "./accounting-document";
import type { ChartOfAccounts } from "./chart-of-accounts";
import { postDocument } from "./post-document";
import { postSessionEvent } from "./post-session-event";
import type { Posting } from "./posting";

/**
 * The postings of one receipt or event with what a journal entry needs to know about it.
 *
 * @internal
 */
export interface PostedSource {
  readonly kind: "document" | "event";
  readonly id: string;
  readonly register: string;
  readonly sessionId: string;
  readonly date: string;
  readonly path: TillErrorPath;
  readonly postings: readonly Posting[];
}

function assertSameCurrency(actual: string, expected: string, path: TillErrorPath): void {
  if (actual !== expected) {
    throw new TillError("CURRENCY_MISMATCH", {
      message: `Expected ${expected} in the journal, got ${actual}`,
      path: [...path, "currency"],
      details: { expected, actual },
    });
  }
}

function assertSumsToZero(source: PostedSource, currency: string): void {
  let total = 0n;
  for (const posting of source.postings) total += posting.debitMinor;
  if (total === 0n) return;
  const difference = formatScaled(total, currencyExponent(currency));
  throw new TillError("UNBALANCED_JOURNAL", {
    message: `${source.kind} ${source.id} does not balance: debits exceed credits by ${difference}`,
    path: source.path,
    details: { [source.kind]: source.id, difference },
  });
}

/**
 * Posts every receipt and event, checking each is in the journal currency and balances on its own, so an
 * inconsistent receipt is named even when it is later merged into a session entry.
 *
 * @param documents - validated receipts
 * @param events - validated session events
 * @param chart - the mapping
 * @param currency - the journal currency
 * @returns one posted source per receipt and event, receipts first
 * @throws TillError CURRENCY_MISMATCH, UNBALANCED_JOURNAL (path of the receipt or event)
 * @internal
 */
export function collectPostings(
  documents: readonly AccountingDocument[],
  events: readonly SessionEvent[],
  chart: ChartOfAccounts,
  currency: string,
): PostedSource[] {
  const sources: PostedSource[] = [];
  documents.forEach((document, index) => {
    const path = ["documents", index];
    assertSameCurrency(document.currency, currency, path);
    const { id, register, sessionId, date } = document;
    sources.push({
      kind: "document",
      id,
      register,
      sessionId,
      date,
      path,
      postings: postDocument(document, chart),
    });
  });
  events.forEach((event, index) => {
    const path = ["events", index];
    assertSameCurrency(event.currency, currency, path);
    const { id, register, sessionId, date } = event;
    sources.push({ kind: "event", id, register, sessionId, date, path, postings: postSessionEvent(event) });
  });
  for (const source of sources) assertSumsToZero(source, currency);
  return sources;
}
