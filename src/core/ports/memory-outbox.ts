import type { OutboxRecord } from "../commit/commit-port";
import type { OutboxPort } from "./outbox-port";

/**
 * An in-memory {@link OutboxPort} over a list of records that something else appends to (the memory
 * commit store's `outbox`), so what a commit writes is what the outbox offers.
 *
 * @param records - the outbox records, appended in commit order
 * @returns the outbox port
 * @public
 */
export function createMemoryOutbox(records: readonly OutboxRecord[]): OutboxPort {
  const acknowledged = new Set<string>();
  const waiting = () =>
    records
      .filter((record) => !acknowledged.has(record.eventId))
      .sort((left, right) =>
        left.registerId === right.registerId
          ? left.entry.seq - right.entry.seq
          : left.registerId < right.registerId
            ? -1
            : 1,
      );
  return {
    pending: async (limit) => waiting().slice(0, Math.max(0, limit)),
    async acknowledge(eventIds) {
      const known = new Set(records.map((record) => record.eventId));
      for (const eventId of eventIds) if (known.has(eventId)) acknowledged.add(eventId);
    },
    countPending: async () => waiting().length,
  };
}
