import type { Snapshot, SnapshotVersions, SyncAck, SyncBatch } from "../sql/hub/sync-protocol";

/**
 * How a till reaches its hub. A transport either returns the hub's answer or throws (TillError
 * SYNC_UNAVAILABLE for a network failure, the hub's TillError for a refused request); the sync client
 * retries what it can.
 *
 * @public
 */
export interface SyncTransport {
  /** Pushes a batch of journal entries; resolves with the hub's acknowledgement. */
  push(batch: SyncBatch): Promise<SyncAck>;
  /** The newest snapshot per kind newer than the versions the till holds. */
  pull(since: SnapshotVersions): Promise<readonly Snapshot[]>;
}
