import { TillError } from "../errors/till-error";
import type { JournalStore } from "../journal/journal-store";
import { negate } from "../money/negate";
import type { LoyaltyLedger } from "../ports/loyalty-ledger-port";
import type { SaleStorePort } from "../ports/sale-store-port";
import type { StoredValuePort } from "../tenders/stored-value-port";
import type {
  CommitPort,
  CommitRecord,
  CouponRedemptionRecord,
  LoyaltyLedgerDelta,
  OutboxRecord,
  StockDelta,
  StoredValueDelta,
} from "./commit-port";
import { isSameCommitRecord } from "./same-commit-record";

/**
 * The memory commit store: a {@link CommitPort} over a journal store and a sale store, plus what it
 * holds itself (outbox, stock, loyalty, stored-value and coupon ledgers), readable for tests.
 *
 * @public
 */
export interface MemoryCommitStore extends CommitPort {
  readonly outbox: readonly OutboxRecord[];
  readonly stockDeltas: readonly StockDelta[];
  readonly loyaltyEntries: readonly LoyaltyLedgerDelta[];
  readonly storedValueEntries: readonly StoredValueDelta[];
  readonly couponRedemptions: readonly CouponRedemptionRecord[];
  /** Number of records written (a replay does not count). */
  readonly commitCount: () => number;
}

/** Refuses the commit when an account cannot cover its redemption (INSUFFICIENT_BALANCE). */
async function assertRedeemable(port: StoredValuePort | undefined, deltas: readonly StoredValueDelta[]) {
  if (port === undefined) return;
  for (const [index, entry] of deltas.entries()) {
    if (entry.delta.minor >= 0n) continue;
    const answer = await port.balance(entry.accountId);
    if (answer.status === "rejected" || answer.balance.minor < -entry.delta.minor) {
      throw new TillError("INSUFFICIENT_BALANCE", {
        path: ["storedValueEntries", index],
        details: { accountId: entry.accountId },
      });
    }
  }
}

/** Books redemptions (negative) and refunds back to the account (positive), keyed by the tender id. */
async function bookStoredValue(port: StoredValuePort | undefined, deltas: readonly StoredValueDelta[]) {
  if (port === undefined) return;
  for (const entry of deltas) {
    if (entry.delta.minor < 0n) await port.redeem(entry.accountId, negate(entry.delta), entry.tenderId);
    else if (entry.delta.minor > 0n) await port.issueCredit(entry.accountId, entry.delta, entry.tenderId);
  }
}

/**
 * Makes a memory commit store. Every check (idempotency, journal head) runs before the first write,
 * and the writes that follow cannot fail, so a record is written whole or not at all.
 *
 * @param targets - the journal store and sale store the records go to
 * @returns the store
 * @example
 * ```ts
 * const commits = createMemoryCommitStore({ journal: createMemoryJournalStore(), saleStore });
 * ```
 * @public
 */
export function createMemoryCommitStore(targets: {
  readonly journal: JournalStore;
  readonly saleStore: SaleStorePort;
  /** When given, the record's loyalty entries are booked here (the whole batch checked first). */
  readonly loyaltyLedger?: LoyaltyLedger;
  /** When given, the record's stored-value deltas are booked here (redeem or credit, keyed by tender). */
  readonly storedValue?: StoredValuePort;
}): MemoryCommitStore {
  const records = new Map<string, CommitRecord>();
  const store = {
    outbox: [] as OutboxRecord[],
    stockDeltas: [] as StockDelta[],
    loyaltyEntries: [] as LoyaltyLedgerDelta[],
    storedValueEntries: [] as StoredValueDelta[],
    couponRedemptions: [] as CouponRedemptionRecord[],
  };
  return {
    ...store,
    commitCount: () => records.size,
    async find(commitId) {
      return records.get(commitId);
    },
    async commit(record) {
      const stored = records.get(record.commitId);
      if (stored !== undefined) {
        if (isSameCommitRecord(stored, record)) return stored;
        throw new TillError("IDEMPOTENCY_CONFLICT", {
          path: ["commitId"],
          details: { commitId: record.commitId },
        });
      }
      const head = await targets.journal.head(record.registerId);
      const expected = record.expectedJournalHead;
      if (head.seq !== expected.seq || head.hash !== expected.hash) {
        throw new TillError("JOURNAL_CONFLICT", {
          details: { registerId: record.registerId, headSeq: head.seq, expectedSeq: expected.seq },
        });
      }
      // The ledgers check before they book (a refused batch leaves no trace), so they go first.
      await assertRedeemable(targets.storedValue, record.storedValueEntries);
      await targets.loyaltyLedger?.append(record.loyaltyEntries);
      await bookStoredValue(targets.storedValue, record.storedValueEntries);
      await targets.journal.append(record.journalEntries);
      if (record.sale !== undefined)
        await targets.saleStore.save({
          sale: record.sale,
          ...(record.priced === undefined ? {} : { priced: record.priced }),
        });
      store.outbox.push(...record.outbox);
      store.stockDeltas.push(...record.stockDeltas);
      store.loyaltyEntries.push(...record.loyaltyEntries);
      store.storedValueEntries.push(...record.storedValueEntries);
      store.couponRedemptions.push(...record.couponRedemptions);
      records.set(record.commitId, record);
      return record;
    },
  };
}
