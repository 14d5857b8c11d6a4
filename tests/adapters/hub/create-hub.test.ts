import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createHub,
  createPgliteClient,
  type Hub,
  runHubMigrations,
  type SqlClient,
} from "../../../src/adapters/sql";
import { isTillError } from "../../../src/core";
import { type JournalEntry, verifyJournal } from "../../../src/core/journal";
import { seededRandom } from "../sync/support/seeded-random";
import { type GeneratedTill, generateTill } from "../sync/support/till-journal";

let client: SqlClient;
let hub: Hub;
let tillA: GeneratedTill;
let tillB: GeneratedTill;

beforeAll(async () => {
  client = await createPgliteClient();
  hub = await createHub({ client, now: () => "2026-11-23T12:00:00.000Z" });
  tillA = await generateTill("A1", "S1", 30, seededRandom(1));
  tillB = await generateTill("B1", "S2", 10, seededRandom(2));
});

afterAll(async () => {
  await client.close();
});

const ids = (entries: readonly JournalEntry[]) => entries.map((entry) => entry.eventId);

describe("createHub on PGlite", () => {
  it("partitions every store-keyed table by hash of store_id", async () => {
    const { rows } = await client.query<{ parent: string; leaves: number }>(
      `select c.relname as parent, (select count(*)::int from pg_partition_tree(c.oid) where isleaf) as leaves
       from pg_partitioned_table p join pg_class c on c.oid = p.partrelid
       where pg_get_partkeydef(c.oid) = 'HASH (store_id)' order by c.relname`,
    );
    expect(rows).toEqual(
      ["hub_daily_sales", "hub_journal", "hub_sales", "hub_stock_levels", "hub_value_ledger"].map(
        (parent) => ({
          parent,
          leaves: 8,
        }),
      ),
    );
  });

  it("accepts a chain's first entries and reports them as duplicates when they come again", async () => {
    const first = await hub.ingest({ storeId: "S1", entries: tillA.entries.slice(0, 10) });
    expect(first.accepted).toEqual(ids(tillA.entries.slice(0, 10)));
    const again = await hub.ingest({ storeId: "S1", entries: tillA.entries.slice(5, 12) });
    expect(again.duplicates).toEqual(ids(tillA.entries.slice(5, 10)));
    expect(again.accepted).toEqual(ids(tillA.entries.slice(10, 12)));
    expect((await hub.registerHead("A1")).seq).toBe(12);
  });

  it("applies the batch rule: before the gap accepted, the gap and after rejected, other registers unaffected", async () => {
    const batch = [
      ...tillA.entries.slice(12, 15),
      ...tillA.entries.slice(16, 20),
      ...tillB.entries.slice(0, 4),
    ];
    const ack = await hub.ingest({ storeId: "S1", entries: batch });
    expect(ack.accepted).toEqual([...ids(tillA.entries.slice(12, 15)), ...ids(tillB.entries.slice(0, 4))]);
    expect(ack.rejected.map((rejection) => [rejection.seq, rejection.error.code])).toEqual([
      [17, "JOURNAL_GAP"],
      [18, "SYNC_REJECTED"],
      [19, "SYNC_REJECTED"],
      [20, "SYNC_REJECTED"],
    ]);
    expect((await hub.registerHead("A1")).seq).toBe(15);
  });

  it("refuses an altered entry with JOURNAL_BROKEN and writes nothing of it", async () => {
    const original = tillA.entries[15] as JournalEntry;
    const altered = { ...original, payload: { ...(original.payload as object), employeeId: "E9" } };
    const ack = await hub.ingest({ storeId: "S1", entries: [altered, ...tillA.entries.slice(16, 18)] });
    expect(ack.accepted).toEqual([]);
    expect(ack.rejected.map((rejection) => rejection.error.code)).toEqual([
      "JOURNAL_BROKEN",
      "SYNC_REJECTED",
      "SYNC_REJECTED",
    ]);
    const { rows } = await client.query("select 1 from hub_journal where event_id = $1", [original.eventId]);
    expect(rows).toEqual([]);
  });

  it("refuses a register that claims another store", async () => {
    const ack = await hub.ingest({ storeId: "S9", entries: tillA.entries.slice(15, 16) });
    expect(ack.rejected[0]?.error.code).toBe("SYNC_REJECTED");
  });

  it("keeps a chain the hub can re-verify byte for byte", async () => {
    await hub.ingest({ storeId: "S1", entries: tillA.entries });
    const copy = await hub.journal("A1");
    expect(await verifyJournal(copy)).toMatchObject({ ok: true, count: 30 });
  });

  it.each([
    ["a batch without storeId", (entry: JournalEntry) => ({ entries: [entry] }), ["batch", "storeId"]],
    [
      "an entry with a bad hash",
      (entry: JournalEntry) => ({ storeId: "S1", entries: [{ ...entry, hash: "x" }] }),
      ["batch", "entries", 0, "hash"],
    ],
  ])("refuses %s with INVALID_INPUT at its path", async (_title, spoil, path) => {
    const error = await hub
      .ingest(spoil(tillA.entries[0] as JournalEntry))
      .catch((caught: unknown) => caught);
    expect(isTillError(error) && [error.code, error.path]).toEqual(["INVALID_INPUT", path]);
  });

  it("refuses a hub schema newer than the code", async () => {
    await client.query("insert into hub_schema_version (version, name) values (99, 'future')");
    const error = await runHubMigrations(client).catch((caught: unknown) => caught);
    expect(isTillError(error) && error.code).toBe("SCHEMA_TOO_NEW");
    await client.query("delete from hub_schema_version where version = 99");
  });

  it("ingests any split of a chain into batches, in order, exactly once", async () => {
    const till = await generateTill("P1", "S3", 24, seededRandom(5));
    let round = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.integer({ min: 1, max: 24 }), { minLength: 1, maxLength: 6 }),
        async (cuts) => {
          round += 1;
          const registerId = `P${round}`;
          const local = await generateTill(registerId, "S3", till.entries.length, seededRandom(round));
          const bounds = [0, ...[...new Set(cuts)].sort((a, b) => a - b), local.entries.length];
          for (let index = 1; index < bounds.length; index += 1)
            await hub.ingest({
              storeId: "S3",
              entries: local.entries.slice(bounds[index - 1], bounds[index]),
            });
          const again = await hub.ingest({ storeId: "S3", entries: local.entries });
          expect(again.duplicates).toHaveLength(local.entries.length);
          expect((await hub.registerHead(registerId)).seq).toBe(local.entries.length);
        },
      ),
      { numRuns: 15 },
    );
  });
});
