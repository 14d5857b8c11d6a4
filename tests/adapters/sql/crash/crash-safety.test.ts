import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import {
  createPostgresClient,
  createSqlStore,
  openPgliteStore,
  runMigrations,
  type SqlClient,
  type SqlStore,
} from "../../../../src/adapters/sql";
import { verifyJournal } from "../../../../src/core/journal";
import { sharedPostgres, stopSharedPostgres } from "../../support/store-backends";

const CHILD = join(import.meta.dirname, "crash-child.ts");
/** Completions to see resolve before the kill; the kill lands while the next one is in flight. */
const RESOLVED_BEFORE_KILL = 12;

interface Run {
  readonly resolved: string[];
  readonly signal: string | null;
}

/** Runs the child until it has printed enough receipts, then SIGKILLs it mid-stream. */
function runAndKill(args: string[]): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", CHILD, ...args], {
      stdio: ["ignore", "pipe", "pipe"],
    });
    const resolved: string[] = [];
    let buffer = "";
    let errors = "";
    child.stderr.on("data", (chunk: Buffer) => {
      errors += chunk.toString();
    });
    child.stdout.on("data", (chunk: Buffer) => {
      buffer += chunk.toString();
      const lines = buffer.split("\n");
      buffer = lines.pop() ?? "";
      for (const line of lines) if (line.startsWith("done ")) resolved.push(line.slice(5));
      if (resolved.length >= RESOLVED_BEFORE_KILL && !child.killed) child.kill("SIGKILL");
    });
    child.on("exit", (_code, signal) => {
      if (signal === null) reject(new Error(`the child ended on its own: ${errors}`));
      else resolve({ resolved, signal });
    });
  });
}

async function checkAfterRestart(store: SqlStore, client: SqlClient, run: Run): Promise<void> {
  for (const receipt of run.resolved)
    expect((await store.saleStore.findByReceipt(receipt))?.sale.status).toBe("completed");
  const entries = await store.journal.read("CRASH");
  expect((await verifyJournal(entries)).ok).toBe(true);
  // No sequence or receipt gap: 1..n for both.
  expect(entries.map((entry) => entry.seq)).toEqual(entries.map((_entry, index) => index + 1));
  expect(entries.map((entry) => entry.receiptNumber)).toEqual(entries.map((_entry, index) => index + 1));
  // No partial sale: every completed sale has its lines, tenders, commit row and journal entry, and back.
  const { rows } = await client.query(
    `select
       (select count(*) from sales where register_id = 'CRASH' and status = 'completed') as sales,
       (select count(*) from sales s where s.register_id = 'CRASH' and (
          not exists (select 1 from sale_lines l where l.sale_id = s.sale_id)
          or not exists (select 1 from tenders t where t.sale_id = s.sale_id)
          or not exists (select 1 from commits c where c.commit_id = 'sale:' || s.sale_id))) as partial,
       (select count(*) from commits where register_id = 'CRASH') as commits,
       (select count(*) from outbox where register_id = 'CRASH') as outbox`,
  );
  const counts = Object.values(rows[0] ?? {}).map(Number);
  expect(counts).toEqual([entries.length, 0, entries.length, entries.length]);
  expect(entries.length).toBeGreaterThanOrEqual(run.resolved.length);
  console.log(
    `[crash test] ${run.resolved.length} completions had resolved at SIGKILL; ${entries.length} stored after restart, none partial, journal verifies`,
  );
}

afterAll(async () => {
  await stopSharedPostgres();
});

describe("crash safety: SIGKILL in the middle of a stream of completions", () => {
  it("PGlite file store (default durability) keeps every resolved sale and nothing partial", async () => {
    const dataDir = mkdtempSync(join(tmpdir(), "tillkit-crash-"));
    try {
      const run = await runAndKill(["pglite", dataDir]);
      expect(run.signal).toBe("SIGKILL");
      const store = await openPgliteStore({ dataDir });
      await checkAfterRestart(store, store.client, run);
      await store.close();
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 120_000);

  it("PostgreSQL keeps every resolved sale and nothing partial", async () => {
    const server = await sharedPostgres();
    console.log(`[crash test] PostgreSQL backend: ${server.backend}`);
    const setup = await createPostgresClient({ connectionString: server.url });
    await setup.exec("drop schema if exists public cascade; create schema public;");
    await runMigrations(setup);
    await setup.close();
    const run = await runAndKill(["postgres", server.url]);
    const client = await createPostgresClient({ connectionString: server.url });
    await checkAfterRestart(createSqlStore(client), client, run);
    await client.close();
  }, 120_000);
});
