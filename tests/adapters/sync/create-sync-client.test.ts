import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createMemoryOutbox } from "../../../src/adapters/memory";
import {
  backoffPolicySchema,
  createSyncClient,
  makeBackoff,
  type SyncAck,
  type SyncBatch,
  type SyncTransport,
} from "../../../src/adapters/sql";
import { TillError } from "../../../src/core";
import { instantTimer, seededRandom } from "./support/seeded-random";
import { generateTill } from "./support/till-journal";

/** A hub stand-in that accepts everything, after failing the first `failures` pushes. */
function flakyTransport(failures: number): SyncTransport & { batches: SyncBatch[] } {
  const batches: SyncBatch[] = [];
  let left = failures;
  return {
    batches,
    async push(batch): Promise<SyncAck> {
      if (left > 0) {
        left -= 1;
        throw new TillError("SYNC_UNAVAILABLE");
      }
      batches.push(batch);
      return {
        accepted: batch.entries.map((entry) => entry.eventId),
        duplicates: [],
        rejected: [],
        compensations: [],
      };
    },
    pull: async () => [],
  };
}

describe("backoff", () => {
  it.each([
    [1, 500],
    [2, 1000],
    [3, 2000],
    [8, 60_000],
    [30, 60_000],
  ])("waits before retry %i: %i ms without jitter", (attempt, expected) => {
    expect(makeBackoff(backoffPolicySchema.parse({ jitter: "none" }), () => 0)(attempt)).toBe(expected);
  });

  it("keeps equal jitter between half and all of the delay", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 40 }),
        fc.double({ min: 0, max: 0.999_999, noNaN: true }),
        (attempt, draw) => {
          const plain = makeBackoff(backoffPolicySchema.parse({ jitter: "none" }), () => draw)(attempt);
          const jittered = makeBackoff(backoffPolicySchema.parse({}), () => draw)(attempt);
          expect(jittered).toBeGreaterThanOrEqual(Math.floor(plain / 2));
          expect(jittered).toBeLessThanOrEqual(plain);
        },
      ),
      { numRuns: 1000 },
    );
  });
});

describe("createSyncClient", () => {
  it("retries a failing hub with growing delays, then acknowledges everything", async () => {
    const till = await generateTill("C1", "S1", 25, seededRandom(1));
    const outbox = createMemoryOutbox(till.outbox);
    const timer = instantTimer();
    const transport = flakyTransport(3);
    const backoff = { jitter: "none" as const, initialDelayMs: 100 };
    const client = createSyncClient({ storeId: "S1", outbox, transport, batchSize: 10, backoff, timer });
    const round = await client.syncOnce();
    expect([round.status, round.failures, round.acknowledged, timer.delays]).toEqual([
      "drained",
      3,
      25,
      [100, 200, 400],
    ]);
    expect(transport.batches.map((batch) => batch.entries.length)).toEqual([10, 10, 5]);
  });

  it("gives up a round as unavailable after maxAttempts failures and keeps the outbox", async () => {
    const till = await generateTill("C2", "S1", 5, seededRandom(2));
    const outbox = createMemoryOutbox(till.outbox);
    const client = createSyncClient({
      storeId: "S1",
      outbox,
      transport: flakyTransport(99),
      maxAttempts: 4,
      timer: instantTimer(),
    });
    expect((await client.syncOnce()).status).toBe("unavailable");
    expect(await outbox.countPending()).toBe(5);
  });

  it("reports blocked when the oldest entries are refused for good", async () => {
    const till = await generateTill("C3", "S1", 3, seededRandom(3));
    const transport: SyncTransport = {
      push: async (batch) => ({
        accepted: [],
        duplicates: [],
        rejected: batch.entries.map((entry) => ({
          eventId: entry.eventId,
          registerId: entry.registerId,
          seq: entry.seq,
          error: { code: "JOURNAL_BROKEN" as const, message: "altered" },
        })),
        compensations: [],
      }),
      pull: async () => [],
    };
    const client = createSyncClient({
      storeId: "S1",
      outbox: createMemoryOutbox(till.outbox),
      transport,
      timer: instantTimer(),
    });
    const round = await client.syncOnce();
    expect([round.status, round.rejected.map((rejection) => rejection.seq)]).toEqual(["blocked", [1, 2, 3]]);
  });

  it("runs rounds after start() and ends them on stop()", async () => {
    const till = await generateTill("C4", "S1", 12, seededRandom(4));
    const outbox = createMemoryOutbox(till.outbox);
    const rounds: string[] = [];
    let stopped: Promise<void> | undefined;
    const timer = {
      schedule: (callback: () => void) =>
        (
          (handle) => () =>
            clearTimeout(handle)
        )(setTimeout(callback, 5)),
    };
    const client = createSyncClient({
      storeId: "S1",
      outbox,
      transport: flakyTransport(0),
      timer,
      intervalMs: 1,
      onRound: (round) => {
        rounds.push(round.status);
        if (rounds.length === 2) stopped = client.stop();
      },
    });
    client.start();
    await new Promise((resolve) => setTimeout(resolve, 50));
    await stopped;
    expect(rounds).toEqual(["drained", "drained"]);
    expect(await outbox.countPending()).toBe(0);
  });

  it("refuses bad settings with INVALID_INPUT at the field", () => {
    const outbox = createMemoryOutbox([]);
    expect(() =>
      createSyncClient({ storeId: "S1", outbox, transport: flakyTransport(0), batchSize: 0 }),
    ).toThrow(expect.objectContaining({ code: "INVALID_INPUT", path: ["options", "batchSize"] }));
  });
});
