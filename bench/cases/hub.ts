/**
 * Hub ingestion: journal entries per second through `hub.ingest` (chain verification, idempotency
 * checks, journal insert, sale, daily-sales and stock projections, one transaction per register chunk),
 * in batches of 500 one-line card sales of one register, against a raw INSERT of the same journal
 * rows with the same driver in the same run. PGlite in memory always; PostgreSQL when TILLKIT_PG_URL is
 * set. The entries are chained once, outside the measured functions; each call ingests the next batch,
 * so nothing is measured twice as a duplicate.
 */
import { createHub, createPgliteClient, createPostgresClient, type SqlClient } from "../../src/adapters/sql";
import { appendEntries, genesisHead, type JournalDraft, type JournalEntry } from "../../src/core/journal";
import { formatScaled } from "../../src/core/numbers";
import { startPostgresForTests } from "../../tests/support/postgres-server";
import type { BenchCase, BenchGroup } from "../harness";

const BATCH = 500;
const BATCHES = 60;

const euros = (minor: bigint) => ({ amount: formatScaled(minor, 2), currency: "EUR" });

function draft(registerId: string, index: number): JournalDraft {
  const total = BigInt(199 + ((index * 37) % 9000));
  const tax = (total * 19n) / 119n;
  return {
    registerId,
    eventId: `${registerId}:${index}`,
    type: "sale.completed",
    timestamp: new Date(Date.UTC(2026, 10, 23, 8) + index * 1000).toISOString(),
    payload: {
      saleId: `${registerId}-${index}`,
      employeeId: "E1",
      total: euros(total),
      discountTotal: euros(0n),
      taxes: [{ jurisdiction: "DE", rate: "0.19", base: euros(total - tax), tax: euros(tax) }],
      tenders: [{ kind: "card", amount: euros(total), reference: `pi-${index}` }],
      change: euros(0n),
      cashRounding: euros(0n),
      lines: [{ sku: `SKU-${index % 300}`, quantity: "1" }],
    },
  };
}

async function batchesOf(registerId: string): Promise<JournalEntry[][]> {
  const drafts = Array.from({ length: BATCH * BATCHES }, (_, index) => draft(registerId, index));
  const { entries } = await appendEntries(genesisHead(registerId), drafts);
  return Array.from({ length: BATCHES }, (_, index) => entries.slice(index * BATCH, (index + 1) * BATCH));
}

/**
 * Hands out the next batch per call. The harness warms up by calling `run` in a synchronous loop
 * without awaiting; a call made while one is in flight returns that call's promise, so warm-up ingests
 * one batch instead of queueing dozens behind the measured calls.
 */
function cycling(
  batches: JournalEntry[][],
  ingest: (batch: JournalEntry[]) => Promise<unknown>,
): () => Promise<unknown> {
  let next = 0;
  let inFlight: Promise<unknown> | undefined;
  return () => {
    if (inFlight !== undefined) return inFlight;
    const batch = batches[next];
    next += 1;
    if (batch === undefined) throw new Error(`the pool of ${BATCHES} batches ran out; raise BATCHES`);
    inFlight = ingest(batch).finally(() => {
      inFlight = undefined;
    });
    return inFlight;
  };
}

async function rawInsert(client: SqlClient, entries: readonly JournalEntry[]): Promise<void> {
  await client.transaction(async (transaction) => {
    await transaction.query(
      `insert into raw_journal select 'S1', * from unnest($1::text[], $2::bigint[], $3::text[], $4::text[], $5::text[],
         $6::jsonb[], $7::text[], $8::text[])`,
      [
        entries.map((entry) => entry.registerId),
        entries.map((entry) => String(entry.seq)),
        entries.map((entry) => entry.eventId),
        entries.map((entry) => entry.type),
        entries.map((entry) => entry.timestamp),
        entries.map((entry) => JSON.stringify(entry.payload)),
        entries.map((entry) => entry.prevHash),
        entries.map((entry) => entry.hash),
      ],
    );
  });
}

async function ingestCase(label: string, client: SqlClient): Promise<BenchCase> {
  const hub = await createHub({ client });
  await client.exec(`create table raw_journal (store_id text, register_id text, seq bigint, event_id text,
    type text, timestamp_text text, payload jsonb, prev_hash text, hash text, primary key (store_id, register_id, seq))`);
  const ours = await batchesOf(`${label}-H`);
  const raw = await batchesOf(`${label}-R`);
  return {
    name: `hub.ingest, batches of ${BATCH} sales on ${label}`,
    run: cycling(ours, (batch) => hub.ingest({ storeId: "S1", entries: batch })),
    baseline: {
      name: "raw INSERT of the same journal rows",
      run: cycling(raw, (batch) => rawInsert(client, batch)),
    },
    unitsPerRun: { count: BATCH, label: "entries" },
  };
}

/** The hub bench groups. */
export async function benchGroups(): Promise<BenchGroup[]> {
  const groups: BenchGroup[] = [
    {
      title: "Hub ingestion on PGlite (in memory)",
      cases: [await ingestCase("PGlite", await createPgliteClient())],
    },
  ];
  if (process.env.TILLKIT_PG_URL === undefined || process.env.TILLKIT_PG_URL === "") {
    console.log("\nHub ingestion on PostgreSQL: skipped — TILLKIT_PG_URL is not set");
    return groups;
  }
  const server = await startPostgresForTests();
  // On "exit", not "beforeExit": the stop's own async work emptied the loop again and re-fired
  // "beforeExit" forever. The cluster's stop runs pg_ctl synchronously before its first await.
  process.on("exit", () => {
    void server.stop();
  });
  console.log(`\nPostgreSQL for the hub bench: ${server.backend}`);
  const client = await createPostgresClient({ connectionString: server.url });
  groups.push({
    title: "Hub ingestion on PostgreSQL (node-postgres)",
    cases: [await ingestCase("PostgreSQL", client)],
  });
  return groups;
}
