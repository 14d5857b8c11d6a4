import { createMemoryOutbox } from "../../../../src/adapters/memory";
import { createSyncClient, type Hub, inProcessTransport, type SyncRound } from "../../../../src/adapters/sql";
import { verifyJournal } from "../../../../src/core/journal";
import { type ChaosStats, chaosTransport } from "./chaos-transport";
import { instantTimer, seededRandom } from "./seeded-random";
import { type GeneratedTill, generateTill } from "./till-journal";

/** The tills of a chaos run: two registers in store S1, one in S2, entries split as evenly as possible. */
export async function chaosTills(totalEntries: number, seed: number): Promise<GeneratedTill[]> {
  const third = Math.floor(totalEntries / 3);
  const plan: [string, string, number][] = [
    ["A1", "S1", totalEntries - 2 * third],
    ["A2", "S1", third],
    ["B1", "S2", third],
  ];
  return Promise.all(
    plan.map(([registerId, storeId, count], index) =>
      generateTill(registerId, storeId, count, seededRandom(seed + index)),
    ),
  );
}

/** What a chaos run observed. */
export interface ChaosOutcome {
  readonly rounds: readonly SyncRound[];
  readonly stats: readonly ChaosStats[];
  readonly backoffDelays: readonly number[];
}

/** Syncs every till to the hub through a seeded chaos transport, all tills at once, until drained. */
export async function runChaos(
  hub: Hub,
  tills: readonly GeneratedTill[],
  seed: number,
  batchSize: number,
): Promise<ChaosOutcome> {
  const timer = instantTimer();
  const rounds: SyncRound[] = [];
  const stats: ChaosStats[] = [];
  await Promise.all(
    tills.map(async (till, index) => {
      const random = seededRandom(seed * 31 + index);
      const transport = chaosTransport(inProcessTransport(hub), random, {
        dropRequest: 0.1,
        dropResponse: 0.1,
        splitReordered: 0.2,
        replayOld: 0.15,
      });
      stats.push(transport.stats);
      const outbox = createMemoryOutbox(till.outbox);
      const client = createSyncClient({
        storeId: till.storeId,
        outbox,
        transport,
        batchSize,
        maxAttempts: 50,
        random,
        timer,
      });
      for (let round = 0; round < 20 && (await outbox.countPending()) > 0; round += 1)
        rounds.push(await client.syncOnce());
    }),
  );
  return { rounds, stats, backoffDelays: timer.delays };
}

/** Every register's chain on the hub re-verifies, and its length is the till's. */
export async function hubChainsVerify(hub: Hub, tills: readonly GeneratedTill[]): Promise<boolean> {
  for (const till of tills) {
    const copy = await hub.journal(till.registerId);
    const verdict = await verifyJournal(copy);
    if (!verdict.ok || verdict.count !== till.entries.length) return false;
  }
  return true;
}
