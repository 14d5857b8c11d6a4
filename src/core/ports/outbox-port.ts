import type { OutboxRecord } from "../commit/commit-port";

/**
 * The till side of sync: journal entries waiting to be pushed to the hub, written in the same
 * transaction as the fact they record (see {@link CommitRecord.outbox}).
 *
 * Contract:
 * - `pending` returns unacknowledged records in (register, sequence) order, at most `limit` of them;
 * - `acknowledge` marks records as delivered; unknown or already acknowledged ids are ignored, so a
 *   repeated acknowledgement after a lost response is harmless.
 *
 * @public
 */
export interface OutboxPort {
  /** @returns up to `limit` unacknowledged records, oldest first */
  pending(limit: number): Promise<readonly OutboxRecord[]>;
  /** Marks these event ids as delivered to the hub. */
  acknowledge(eventIds: readonly string[]): Promise<void>;
  /** @returns how many records wait for delivery */
  countPending(): Promise<number>;
}
