import { z } from "zod";
import type { TillErrorCode } from "../../core/errors/error-codes";
import { parseWith } from "../../core/errors/from-zod";
import type { OutboxPort } from "../../core/ports/outbox-port";
import {
  MAX_SYNC_BATCH_ENTRIES,
  type Snapshot,
  type SnapshotVersions,
  type SyncRejection,
} from "../sql/hub/sync-protocol";
import { backoffPolicySchema, makeBackoff } from "./backoff";
import { makeSleeper, type SyncTimer, systemTimer } from "./sync-timer";
import type { SyncTransport } from "./sync-transport";

/**
 * zod schema of the sync client's settings.
 *
 * @public
 */
export const syncClientSettingsSchema = /* @__PURE__ */ z.object({
  storeId: z.string().min(1).max(128),
  /** Entries per push (default 500). */
  batchSize: z.number().int().min(1).max(MAX_SYNC_BATCH_ENTRIES).default(500),
  /** Failed pushes in a row before a round gives up until the next one (default 6). */
  maxAttempts: z.number().int().min(1).max(100).default(6),
  /** Wait between rounds once `start()`ed (default 5 s). */
  intervalMs: z.number().int().min(0).max(86_400_000).default(5_000),
  backoff: backoffPolicySchema.default(backoffPolicySchema.parse({})),
});

/**
 * Options of {@link createSyncClient}: the settings plus the ports.
 *
 * @public
 */
export type SyncClientOptions = z.input<typeof syncClientSettingsSchema> & {
  readonly outbox: OutboxPort;
  readonly transport: SyncTransport;
  /** Uniform [0, 1) source for jitter; default Math.random. */
  readonly random?: () => number;
  /** Default {@link systemTimer}. */
  readonly timer?: SyncTimer;
  /** Called after every round (the library never logs). */
  readonly onRound?: (round: SyncRound) => void;
};

/**
 * What one {@link SyncClient.syncOnce} did. `drained`: the outbox is empty; `unavailable`: the hub could
 * not be reached `maxAttempts` times in a row; `blocked`: the oldest entries were refused for good
 * (a broken chain or a conflict, in `rejected`) and need a person.
 *
 * @public
 */
export interface SyncRound {
  readonly status: "drained" | "unavailable" | "blocked";
  readonly pushes: number;
  readonly failures: number;
  readonly acknowledged: number;
  readonly duplicates: number;
  readonly rejected: readonly SyncRejection[];
  readonly compensations: readonly string[];
}

/**
 * Pushes a till's outbox to the hub.
 *
 * @public
 */
export interface SyncClient {
  /** Pushes until the outbox is empty, the hub is unreachable, or progress is blocked. */
  syncOnce(): Promise<SyncRound>;
  /** Runs rounds every `intervalMs` until {@link SyncClient.stop}. */
  start(): void;
  /** Stops after the current push; resolves when the loop has ended. */
  stop(): Promise<void>;
  /** Pulls snapshots newer than the versions held. */
  pullSnapshots(since: SnapshotVersions): Promise<readonly Snapshot[]>;
}

// A gap or an entry after a refused one may go through once the earlier entries land: retry those.
const RETRYABLE: ReadonlySet<TillErrorCode> = new Set(["JOURNAL_GAP", "SYNC_REJECTED", "STORAGE_FAILURE"]);

/**
 * Makes a sync client. Each push sends the oldest `batchSize` outbox records; the ids the hub accepted
 * or already held are acknowledged in the outbox, everything else stays pending and goes again. A
 * failed push (network, 5xx) or a push without progress waits an exponential, jittered backoff.
 *
 * @param options - store, batch size, retry policy, outbox, transport, random source and timer
 * @returns the client
 * @throws TillError INVALID_INPUT for bad settings
 * @public
 */
export function createSyncClient(options: SyncClientOptions): SyncClient {
  const settings = parseWith(syncClientSettingsSchema, options, ["options"]);
  const { outbox, transport } = options;
  const delay = makeBackoff(settings.backoff, options.random ?? Math.random);
  const sleeper = makeSleeper(options.timer ?? systemTimer());
  let running: Promise<void> | undefined;
  let isStopping = false;

  async function syncOnce(): Promise<SyncRound> {
    const totals = { pushes: 0, failures: 0, acknowledged: 0, duplicates: 0 };
    const compensations: string[] = [];
    let rejected: readonly SyncRejection[] = [];
    let streak = 0;
    const round = (status: SyncRound["status"]): SyncRound => ({
      status,
      ...totals,
      rejected,
      compensations,
    });
    for (;;) {
      const records = await outbox.pending(settings.batchSize);
      if (records.length === 0) return round("drained");
      totals.pushes += 1;
      const ack = await transport
        .push({ storeId: settings.storeId, entries: records.map((record) => record.entry) })
        .catch(() => undefined);
      if (ack !== undefined) {
        const sent = new Set(records.map((record) => record.eventId));
        const done = [...ack.accepted, ...ack.duplicates].filter((eventId) => sent.has(eventId));
        await outbox.acknowledge(done);
        totals.acknowledged += done.length;
        totals.duplicates += ack.duplicates.length;
        compensations.push(...ack.compensations);
        rejected = ack.rejected;
        if (done.length > 0) {
          streak = 0;
          continue;
        }
        if (ack.rejected.some((rejection) => !RETRYABLE.has(rejection.error.code))) return round("blocked");
      }
      totals.failures += 1;
      streak += 1;
      if (streak >= settings.maxAttempts || isStopping) return round("unavailable");
      await sleeper.sleep(delay(streak));
    }
  }

  async function loop(): Promise<void> {
    while (!isStopping) {
      const round = await syncOnce();
      options.onRound?.(round);
      if (!isStopping) await sleeper.sleep(settings.intervalMs);
    }
  }

  return {
    syncOnce,
    start() {
      if (running !== undefined) return;
      isStopping = false;
      running = loop();
    },
    async stop() {
      isStopping = true;
      sleeper.cancel();
      await running;
      running = undefined;
    },
    pullSnapshots: (since) => transport.pull(since),
  };
}
