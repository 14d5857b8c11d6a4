/**
 * Storage: completions per second through `store.commit` (the whole record in one transaction, with the
 * idempotency lookup, the journal-head check and the low-stock check) against a raw INSERT of the same
 * rows with the same driver in the same run (target ratio ≥ 0.7), on the PGlite file store and on
 * PostgreSQL; and a Z-report aggregation over 1,000,000 sale lines on PostgreSQL (budget 1 s).
 * PostgreSQL is TILLKIT_PG_URL when set, else a throw-away cluster from the local binaries; with neither,
 * the PostgreSQL group is skipped with the reason printed.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createMemoryStore } from "../../src/adapters/memory";
import {
  createPostgresClient,
  createSqlStore,
  openPgliteStore,
  runMigrations,
  type SqlClient,
  type SqlStore,
} from "../../src/adapters/sql";
import type { CommitRecord } from "../../src/core/commit";
import { appendEntries, genesisHead, type JournalHead } from "../../src/core/journal";
import { sell, tillOnStore } from "../../tests/adapters/support/till-fixture";
import { startPostgresForTests } from "../../tests/support/postgres-server";
import type { BenchCase, BenchGroup } from "../harness";

const POOL = 4000;

/** A real completion record (two lines, one cash tender), made once by a till on the memory store. */
async function templateRecord(): Promise<CommitRecord> {
  const { till, records } = tillOnStore(createMemoryStore(), { registerId: "T", storeId: "S1" });
  await sell(till, [
    ["COFFEE", "2"],
    ["TEA", "1"],
  ]);
  const record = records[0];
  if (record === undefined) throw new Error("the till wrote no record");
  return record;
}

/** Records chained one after the other on `registerId`, each a distinct sale. */
async function chainOf(template: CommitRecord, registerId: string, count: number): Promise<CommitRecord[]> {
  const records: CommitRecord[] = [];
  let head: JournalHead = genesisHead(registerId);
  const sale = template.sale;
  const draft = template.journalEntries[0];
  if (sale === undefined || draft === undefined) throw new Error("template without sale");
  for (let index = 1; index <= count; index += 1) {
    const saleId = `${registerId}-${index}`;
    const { entries } = await appendEntries(head, [
      {
        registerId,
        eventId: `sale:${saleId}`,
        type: draft.type,
        timestamp: draft.timestamp,
        payload: draft.payload,
      },
    ]);
    const entry = entries[0];
    if (entry === undefined) throw new Error("no entry");
    records.push({
      ...template,
      commitId: `sale:${saleId}`,
      registerId,
      sale: { ...sale, saleId, registerId, receiptNumber: `${registerId}-${index}` },
      journalEntries: entries,
      expectedJournalHead: head,
      outbox: [{ eventId: entry.eventId, registerId, entry }],
      stockDeltas: template.stockDeltas.map((delta) => ({ ...delta, saleId })),
    });
    head = {
      registerId,
      seq: entry.seq,
      hash: entry.hash,
      receiptNumber: entry.receiptNumber ?? head.receiptNumber,
    };
  }
  return records;
}

/** The same rows `commit` writes, as plain INSERTs in one transaction, without any check. */
async function rawInsert(client: SqlClient, record: CommitRecord): Promise<void> {
  const sale = record.sale;
  const priced = record.priced;
  const entry = record.journalEntries[0];
  if (sale === undefined || priced === undefined || entry === undefined) return;
  const payload = JSON.stringify({ sale, priced });
  await client.transaction(async (tx) => {
    await tx.query(
      `insert into journal (register_id, seq, event_id, type, occurred_at, payload, prev_hash, hash, receipt_number, recorded_at)
       values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
      [
        entry.registerId,
        entry.seq,
        entry.eventId,
        entry.type,
        entry.timestamp,
        JSON.stringify(entry.payload),
        entry.prevHash,
        entry.hash,
        entry.receiptNumber ?? null,
        entry.timestamp,
      ],
    );
    await tx.query("insert into commits (commit_id, register_id, record) values ($1, $2, $3)", [
      record.commitId,
      record.registerId,
      JSON.stringify(record),
    ]);
    await tx.query(
      `insert into sales (sale_id, store_id, register_id, receipt, status, currency, total_minor, completed_at, payload_hash, payload)
       values ($1, $2, $3, $4, 'completed', $5, $6, $7, 'raw', $8)`,
      [
        sale.saleId,
        sale.storeId,
        sale.registerId,
        sale.receiptNumber ?? null,
        sale.currency,
        priced.total.minor.toString(),
        sale.completedAt ?? null,
        payload,
      ],
    );
    const lines = priced.lines.map((line, index) => [
      sale.saleId,
      index + 1,
      line.lineId,
      line.sku,
      line.quantity.millionths.toString(),
      line.unitPrice.minor.toString(),
      line.net.minor.toString(),
      "0",
      line.total.minor.toString(),
      JSON.stringify(line),
    ]);
    await tx.query(
      `insert into sale_lines (sale_id, line_no, line_id, sku, quantity_millionths, unit_price_minor, net_minor, tax_minor, total_minor, payload)
       values ${lines.map((_line, row) => `(${Array.from({ length: 10 }, (_v, column) => `$${row * 10 + column + 1}`).join(", ")})`).join(", ")}`,
      lines.flat(),
    );
    for (const tender of sale.tenders)
      await tx.query(
        "insert into tenders (sale_id, tender_id, kind, amount_minor, currency, payload) values ($1, $2, $3, $4, $5, $6)",
        [
          sale.saleId,
          tender.tenderId,
          tender.kind,
          tender.amount.minor.toString(),
          tender.amount.currency,
          JSON.stringify(tender),
        ],
      );
    await tx.query("insert into outbox (event_id, register_id, seq, payload) values ($1, $2, $3, $4)", [
      entry.eventId,
      entry.registerId,
      entry.seq,
      JSON.stringify(entry),
    ]);
    for (const [index, delta] of record.stockDeltas.entries())
      await tx.query(
        "insert into stock_movements (movement_id, store_id, sku, delta_millionths, unit, reason, occurred_at) values ($1, $2, $3, $4, $5, 'sale', $6)",
        [
          `${record.commitId}:stock:${index}`,
          sale.storeId,
          delta.sku,
          delta.delta.millionths.toString(),
          delta.delta.unit,
          sale.completedAt ?? entry.timestamp,
        ],
      );
  });
}

/**
 * A run function that writes the next record of a pool on each call. A call made while the previous
 * write is still in flight (a warm-up loop that does not await) gets that write's promise instead of
 * starting another, so writes never overlap and the pool is not drained by calls nobody waits for.
 */
function cycling(
  records: readonly CommitRecord[],
  write: (record: CommitRecord) => Promise<unknown>,
): () => Promise<unknown> {
  let next = 0;
  return oneAtATime(() => {
    const record = records[next];
    next += 1;
    if (record === undefined) throw new Error(`the pool of ${records.length} records ran out; raise POOL`);
    return write(record);
  });
}

/** Wraps an async run so a call made while the last one is in flight shares its promise. */
function oneAtATime(run: () => Promise<unknown>): () => Promise<unknown> {
  let inFlight: Promise<unknown> | undefined;
  return () => {
    if (inFlight !== undefined) return inFlight;
    inFlight = run().finally(() => {
      inFlight = undefined;
    });
    return inFlight;
  };
}

async function commitCase(label: string, store: SqlStore, template: CommitRecord): Promise<BenchCase> {
  const ours = await chainOf(template, `${label}-C`, POOL);
  const raw = await chainOf(template, `${label}-R`, POOL);
  return {
    name: `complete() through store.commit on ${label}`,
    run: cycling(ours, (record) => store.commit.commit(record)),
    baseline: {
      name: "raw INSERT of the same rows",
      run: cycling(raw, (record) => rawInsert(store.client, record)),
    },
    targetRatio: 0.7,
    unitsPerRun: { count: 1, label: "completions" },
  };
}

/** 100,000 completed sales of ten lines each (1,000,000 lines), made inside the server. */
async function seedLines(client: SqlClient): Promise<void> {
  await client.exec(`
    insert into sales (sale_id, store_id, register_id, status, currency, total_minor, completed_at, payload_hash, payload)
      select 'z' || n, 'S1', 'Z' || (n % 8), 'completed', 'EUR', 0, timestamptz '2026-11-23 06:00Z' + n * interval '0.5 second', 'seed', '{}'
      from generate_series(1, 100000) n;
    insert into sale_lines (sale_id, line_no, line_id, sku, quantity_millionths, unit_price_minor, net_minor, tax_minor, total_minor, payload)
      select 'z' || s, l, 'l' || l, 'SKU-' || ((s * 7 + l) % 500), 1000000, 100 + (s + l) % 900, 100 + (s + l) % 900,
        (100 + (s + l) % 900) / 10, 100 + (s + l) % 900 + (100 + (s + l) % 900) / 10, '{}'
      from generate_series(1, 100000) s, generate_series(1, 10) l;
    analyze sales; analyze sale_lines;`);
}

async function postgresGroup(template: CommitRecord): Promise<BenchGroup | undefined> {
  const server = await startPostgresForTests();
  if (server.backend.startsWith("PGlite")) {
    console.log(
      `\nStorage on PostgreSQL: skipped — no PostgreSQL server (TILLKIT_PG_URL unset, no binaries); ${server.backend}`,
    );
    await server.stop();
    return undefined;
  }
  // The cluster's stop runs pg_ctl synchronously before its first await, so it completes on "exit".
  process.on("exit", () => {
    void server.stop();
  });
  console.log(`\nPostgreSQL for the storage bench: ${server.backend}`);
  const client = await createPostgresClient({ connectionString: server.url });
  await client.exec("drop schema if exists public cascade; create schema public;");
  await runMigrations(client);
  const store = createSqlStore(client);
  const started = performance.now();
  await seedLines(client);
  console.log(`  seeded 1,000,000 sale lines in ${Math.floor(performance.now() - started)} ms`);
  return {
    title: "Storage on PostgreSQL (node-postgres)",
    cases: [
      await commitCase("PostgreSQL", store, template),
      {
        name: "Z report over 1,000,000 sale lines (periodTotals)",
        run: oneAtATime(() => store.queries.periodTotals("2026-11-23T00:00:00Z", "2026-11-24T00:00:00Z")),
        budgetNs: 1e9,
        unitsPerRun: { count: 1_000_000, label: "lines" },
      },
    ],
  };
}

/** The storage bench groups. */
export async function benchGroups(): Promise<BenchGroup[]> {
  const template = await templateRecord();
  const dataDir = mkdtempSync(join(tmpdir(), "tillkit-bench-"));
  process.on("exit", () => rmSync(dataDir, { recursive: true, force: true }));
  const pglite = await openPgliteStore({ dataDir });
  const groups: BenchGroup[] = [
    { title: "Storage on the PGlite file store", cases: [await commitCase("PGlite", pglite, template)] },
  ];
  const postgres = await postgresGroup(template);
  if (postgres !== undefined) groups.push(postgres);
  return groups;
}
