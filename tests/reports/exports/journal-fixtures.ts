import {
  accountingDocumentJsonSchema,
  type Journal,
  makeJournalBuilder,
  sessionEventJsonSchema,
} from "../../../src/reports";
import { CHART } from "../accounting/fixtures";

/** Parses JSON receipts and events and builds their journal at a granularity. */
export function journalOf(
  documentsJson: readonly unknown[],
  eventsJson: readonly unknown[] = [],
  granularity: "receipt" | "session" = "receipt",
) {
  const documents = documentsJson.map((document) => accountingDocumentJsonSchema.parse(document));
  const events = eventsJson.map((event) => sessionEventJsonSchema.parse(event));
  const journal: Journal = makeJournalBuilder({ currency: "EUR", granularity, chart: CHART })({
    documents,
    events,
  });
  return { documents, events, journal };
}

/** Decimal text with two decimals ("-0.70") to signed cents, the way a ledger import reads it. */
export function cents(text: string): bigint {
  const negative = text.startsWith("-");
  const [whole = "0", fraction = ""] = text.replace(/^[-+]/, "").split(".");
  const value = BigInt(whole) * 100n + BigInt(fraction.padEnd(2, "0") || "0");
  return negative ? -value : value;
}

/** Net balance per account over a journal in cents (debit positive), zero balances dropped. */
export function journalBalances(journal: Journal): Map<string, bigint> {
  const totals = new Map<string, bigint>();
  for (const entry of journal.entries) {
    for (const line of entry.lines) {
      totals.set(line.account, (totals.get(line.account) ?? 0n) + line.debit.minor - line.credit.minor);
    }
  }
  for (const [account, value] of totals) if (value === 0n) totals.delete(account);
  return totals;
}

/** Adds a signed amount to an account total, dropping the key when it returns to zero. */
export function addTo(totals: Map<string, bigint>, account: string, amount: bigint): void {
  const next = (totals.get(account) ?? 0n) + amount;
  if (next === 0n) totals.delete(account);
  else totals.set(account, next);
}
