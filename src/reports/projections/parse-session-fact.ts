import type { TillErrorPath } from "../../core/errors/till-error";
import type { JournalEntry } from "../../core/journal/journal-entry";
import type { MoneyReader } from "./payload-money";
import type { SessionFact } from "./sale-fact";

function text(payload: Record<string, unknown>, key: string): string | undefined {
  const value = payload[key];
  return typeof value === "string" ? value : undefined;
}

/**
 * Normalises a non-receipt entry. Cash movements keep their `amount`, a closing its `overShort`; other
 * payload members are not read, so entry types added later still pass through.
 *
 * @param entry - a verified journal entry that is not a receipt
 * @param read - reads Money in the report currency
 * @param path - where the entry sits, for errors
 * @returns the session fact
 * @throws TillError CURRENCY_MISMATCH for an amount in another currency
 * @internal
 */
export function parseSessionFact(entry: JournalEntry, read: MoneyReader, path: TillErrorPath): SessionFact {
  const payload =
    typeof entry.payload === "object" && entry.payload !== null && !Array.isArray(entry.payload)
      ? (entry.payload as Record<string, unknown>)
      : {};
  const amountKey =
    entry.type === "session.closed" ? "overShort" : entry.type.startsWith("cash.") ? "amount" : undefined;
  const raw = amountKey === undefined ? undefined : payload[amountKey];
  const amount = raw === undefined ? undefined : read(raw, path, "payload", amountKey ?? "");
  const optional = {
    sessionId: text(payload, "sessionId"),
    employeeId: text(payload, "employeeId"),
    reason: text(payload, "reason"),
  };
  return {
    type: entry.type,
    registerId: entry.registerId,
    seq: entry.seq,
    eventId: entry.eventId,
    timestamp: entry.timestamp,
    time: Date.parse(entry.timestamp),
    ...Object.fromEntries(Object.entries(optional).filter(([, value]) => value !== undefined)),
    ...(amount === undefined ? {} : { amount }),
  };
}
