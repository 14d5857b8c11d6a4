import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createHub,
  createPgliteClient,
  createPostgresClient,
  type Hub,
  type SqlClient,
} from "../../../src/adapters/sql";
import { type PostgresForTests, startPostgresForTests } from "../../support/postgres-server";
import { chaosTills, hubChainsVerify, runChaos } from "./support/run-chaos";
import type { GeneratedTill } from "./support/till-journal";

let postgres: PostgresForTests;

beforeAll(async () => {
  postgres = await startPostgresForTests();
  console.log(`[sync chaos] PostgreSQL backend: ${postgres.backend}`);
});

afterAll(async () => {
  await postgres.stop();
});

function expectedByStore(tills: readonly GeneratedTill[]) {
  const byStore = new Map<string, { receipts: bigint; totalMinor: bigint; taxMinor: bigint }>();
  for (const till of tills) {
    const row = byStore.get(till.storeId) ?? { receipts: 0n, totalMinor: 0n, taxMinor: 0n };
    byStore.set(till.storeId, {
      receipts: row.receipts + BigInt(till.receipts),
      totalMinor: row.totalMinor + till.totalMinor,
      taxMinor: row.taxMinor + till.taxMinor,
    });
  }
  return Object.fromEntries(byStore);
}

async function hubByStore(hub: Hub) {
  const totals: Record<string, { receipts: bigint; totalMinor: bigint; taxMinor: bigint }> = {};
  for (const row of await hub.dailySales()) {
    const found = totals[row.storeId] ?? { receipts: 0n, totalMinor: 0n, taxMinor: 0n };
    totals[row.storeId] = {
      receipts: found.receipts + row.receipts,
      totalMinor: found.totalMinor + row.totalMinor,
      taxMinor: found.taxMinor + row.taxMinor,
    };
  }
  return totals;
}

const runs: [string, number, number, () => Promise<SqlClient>][] = [
  ["PGlite in memory", 10_000, 500, () => createPgliteClient()],
  ["node-postgres", 1_500, 200, () => createPostgresClient({ connectionString: postgres.url })],
];

describe.each(runs)("sync chaos on %s", (_label, total, batchSize, open) => {
  let client: SqlClient;
  let hub: Hub;
  let tills: GeneratedTill[];

  beforeAll(async () => {
    client = await open();
    hub = await createHub({ client });
    tills = await chaosTills(total, 7);
  });

  afterAll(async () => {
    await client.close();
  });

  it(`delivers ${total} entries from three tills exactly once, totals equal to the cent`, async () => {
    const outcome = await runChaos(hub, tills, 11, batchSize);
    // The run really met every kind of trouble.
    const stats = outcome.stats.reduce((sum, one) => ({
      droppedRequests: sum.droppedRequests + one.droppedRequests,
      droppedResponses: sum.droppedResponses + one.droppedResponses,
      splits: sum.splits + one.splits,
      replays: sum.replays + one.replays,
      pushes: sum.pushes + one.pushes,
    }));
    console.log(`[sync chaos] ${total} entries: ${JSON.stringify(stats)}`);
    for (const count of [stats.droppedRequests, stats.droppedResponses, stats.splits, stats.replays])
      expect(count).toBeGreaterThan(0);
    expect(
      outcome.rounds.every((round) => round.status === "drained" || round.status === "unavailable"),
    ).toBe(true);
    const { rows } = await client.query<{ entries: unknown; events: unknown }>(
      "select count(*)::int as entries, count(distinct event_id)::int as events from hub_journal",
    );
    expect(rows[0]).toEqual({ entries: total, events: total });
    expect(await hubByStore(hub)).toEqual(expectedByStore(tills));
    expect(await hubChainsVerify(hub, tills)).toBe(true);
  }, 240_000);

  it("projects stock levels equal to the units the tills sold, per store and SKU", async () => {
    for (const till of tills.filter((one) => one.storeId === "S2")) {
      for (const [sku, units] of till.unitsBySku)
        expect(await hub.stockLevel("S2", sku)).toBe(-units * 1_000_000n);
    }
  });
});
