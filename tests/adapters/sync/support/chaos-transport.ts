import type { SyncAck, SyncBatch, SyncTransport } from "../../../../src/adapters/sql";
import { TillError } from "../../../../src/core";

/** How often each kind of trouble happens, per push (0..1). */
export interface ChaosRates {
  /** The request is lost before the hub sees it (a disconnect). */
  readonly dropRequest: number;
  /** The hub ingests, but the answer is lost (the till must retry what already landed). */
  readonly dropResponse: number;
  /** The batch arrives split in two, the later half first. */
  readonly splitReordered: number;
  /** An earlier batch is delivered again, late (a stale duplicate). */
  readonly replayOld: number;
}

/** What the chaos did, to show the run really exercised every path. */
export interface ChaosStats {
  droppedRequests: number;
  droppedResponses: number;
  splits: number;
  replays: number;
  pushes: number;
}

function shuffle<T>(items: readonly T[], random: () => number): T[] {
  const copy = [...items];
  for (let index = copy.length - 1; index > 0; index -= 1) {
    const other = Math.floor(random() * (index + 1));
    [copy[index], copy[other]] = [copy[other] as T, copy[index] as T];
  }
  return copy;
}

function merge(acks: readonly SyncAck[]): SyncAck {
  const accepted = acks.flatMap((ack) => ack.accepted);
  const landed = new Set([...accepted, ...acks.flatMap((ack) => ack.duplicates)]);
  return {
    accepted,
    duplicates: acks.flatMap((ack) => ack.duplicates),
    rejected: acks.flatMap((ack) => ack.rejected).filter((rejection) => !landed.has(rejection.eventId)),
    compensations: acks.flatMap((ack) => ack.compensations),
  };
}

/** Wraps a transport with seeded, deterministic network trouble. */
export function chaosTransport(
  inner: SyncTransport,
  random: () => number,
  rates: ChaosRates,
): SyncTransport & { readonly stats: ChaosStats } {
  const stats: ChaosStats = { droppedRequests: 0, droppedResponses: 0, splits: 0, replays: 0, pushes: 0 };
  const history: SyncBatch[] = [];
  const lost = () => new TillError("SYNC_UNAVAILABLE", { message: "chaos: connection reset" });
  return {
    stats,
    pull: (since) => inner.pull(since),
    async push(batch) {
      stats.pushes += 1;
      if (random() < rates.dropRequest) {
        stats.droppedRequests += 1;
        throw lost();
      }
      const entries = shuffle(batch.entries, random);
      const middle = Math.floor(entries.length / 2);
      const isSplit = entries.length > 1 && random() < rates.splitReordered;
      if (isSplit) stats.splits += 1;
      const parts = isSplit ? [entries.slice(middle), entries.slice(0, middle)] : [entries];
      const acks: SyncAck[] = [];
      for (const part of parts) acks.push(await inner.push({ storeId: batch.storeId, entries: part }));
      const old = history[Math.floor(random() * history.length)];
      if (old !== undefined && random() < rates.replayOld) {
        stats.replays += 1;
        await inner.push(old);
      }
      history.push(batch);
      if (history.length > 20) history.shift();
      if (random() < rates.dropResponse) {
        stats.droppedResponses += 1;
        throw lost();
      }
      return merge(acks);
    },
  };
}
