import type { OutboxRecord } from "../../../../src/core/commit/commit-port";
import {
  appendEntries,
  genesisHead,
  type JournalDraft,
  type JournalEntry,
} from "../../../../src/core/journal";
import { formatScaled } from "../../../../src/core/numbers";

/** One generated till: its register, store, chained entries and what its sales add up to. */
export interface GeneratedTill {
  readonly registerId: string;
  readonly storeId: string;
  readonly entries: readonly JournalEntry[];
  readonly outbox: readonly OutboxRecord[];
  /** Sum of sale and return totals in minor units (returns negative). */
  readonly totalMinor: bigint;
  readonly taxMinor: bigint;
  readonly receipts: number;
  /** Net units sold per SKU (returns subtract). */
  readonly unitsBySku: ReadonlyMap<string, bigint>;
}

const euros = (minor: bigint) => ({ amount: formatScaled(minor, 2), currency: "EUR" });

/** A sale-type payload as the till journals it (summary plus line detail) for `totalMinor` (signed). */
export function salePayload(saleId: string, totalMinor: bigint, sku: string, quantity: bigint, extra = {}) {
  // 19% VAT included: tax = total × 19 / 119, truncated toward zero (exact for the test's sums).
  const taxMinor = (totalMinor * 19n) / 119n;
  return {
    saleId,
    employeeId: "E1",
    total: euros(totalMinor),
    discountTotal: euros(0n),
    taxes: [{ jurisdiction: "DE", rate: "0.19", base: euros(totalMinor - taxMinor), tax: euros(taxMinor) }],
    tenders: [{ kind: "cash", amount: euros(totalMinor) }],
    change: euros(0n),
    cashRounding: euros(0n),
    lines: [{ sku, quantity: String(quantity) }],
    ...extra,
  };
}

/**
 * Generates a till's journal: `count` entries chained from genesis with the core journal helpers. About
 * one in twelve is a return (negative total) and one in twenty a drawer opening (no sale), so the hub
 * sees every projection path. Amounts come from `random`, so a seed fixes the whole journal.
 */
export async function generateTill(
  registerId: string,
  storeId: string,
  count: number,
  random: () => number,
): Promise<GeneratedTill> {
  const drafts: JournalDraft[] = [];
  let totalMinor = 0n;
  let taxMinor = 0n;
  let receipts = 0;
  const unitsBySku = new Map<string, bigint>();
  const start = Date.UTC(2026, 10, 20, 8);
  for (let index = 0; index < count; index += 1) {
    const timestamp = new Date(start + index * 97_000).toISOString();
    const eventId = `${registerId}:${index}`;
    if (index % 20 === 19) {
      drafts.push({ registerId, eventId, type: "drawer.opened", timestamp, payload: { reason: "change" } });
      continue;
    }
    const isReturn = index % 12 === 11;
    const quantity = BigInt(1 + Math.floor(random() * 3));
    const sku = `SKU-${Math.floor(random() * 40)}`;
    const total = BigInt(50 + Math.floor(random() * 20_000)) * (isReturn ? -1n : 1n);
    const payload = salePayload(`${registerId}-s${index}`, total, sku, isReturn ? -quantity : quantity);
    drafts.push({
      registerId,
      eventId,
      type: isReturn ? "return.completed" : "sale.completed",
      timestamp,
      payload,
    });
    totalMinor += total;
    taxMinor += (total * 19n) / 119n;
    receipts += 1;
    unitsBySku.set(sku, (unitsBySku.get(sku) ?? 0n) + (isReturn ? -quantity : quantity));
  }
  const { entries } = await appendEntries(genesisHead(registerId), drafts);
  const outbox = entries.map((entry) => ({ eventId: entry.eventId, registerId, entry }));
  return { registerId, storeId, entries, outbox, totalMinor, taxMinor, receipts, unitsBySku };
}
