import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createPgliteClient,
  createPostgresClient,
  MIGRATIONS,
  runMigrations,
  type SqlClient,
} from "../../../src/adapters/sql";
import { isTillError } from "../../../src/core";
import { type PostgresForTests, startPostgresForTests } from "../../support/postgres-server";

let postgres: PostgresForTests;

beforeAll(async () => {
  postgres = await startPostgresForTests();
  console.log(`[sql tests] PostgreSQL backend: ${postgres.backend}`);
});

afterAll(async () => {
  await postgres.stop();
});

const drivers: [string, () => Promise<SqlClient>][] = [
  ["PGlite (embedded, in memory)", () => createPgliteClient()],
  ["node-postgres", () => createPostgresClient({ connectionString: postgres.url })],
];

describe.each(drivers)("schema migrations on %s", (_label, open) => {
  let client: SqlClient;

  beforeAll(async () => {
    client = await open();
    // Each driver starts from an empty schema so the run is repeatable against a shared server.
    await client.exec("drop schema if exists public cascade; create schema public;");
  });

  afterAll(async () => {
    await client.close();
  });

  it("applies every migration once, then nothing", async () => {
    const first = await runMigrations(client);
    expect(first).toEqual({ from: 0, to: MIGRATIONS.length, applied: MIGRATIONS.map((m) => m.version) });
    const second = await runMigrations(client);
    expect(second).toEqual({ from: MIGRATIONS.length, to: MIGRATIONS.length, applied: [] });
  });

  it("refuses a database whose schema is newer than the code, without touching it", async () => {
    await client.query("insert into tillkit_schema_version (version, name) values ($1, $2)", [
      99,
      "from the future",
    ]);
    const error = await runMigrations(client).catch((caught: unknown) => caught);
    expect(isTillError(error) && error.code).toBe("SCHEMA_TOO_NEW");
    expect(isTillError(error) && error.details).toMatchObject({
      databaseVersion: 99,
      codeVersion: MIGRATIONS.length,
    });
    await client.query("delete from tillkit_schema_version where version = 99");
  });

  it("keeps the journal append-only", async () => {
    await client.query(
      "insert into journal (register_id, seq, event_id, type, occurred_at, payload, prev_hash, hash) values ($1, $2, $3, $4, now(), $5, $6, $7)",
      [
        "R1",
        1,
        "evt-1",
        "session.opened",
        JSON.stringify({ float: "100.00" }),
        "0".repeat(64),
        "a".repeat(64),
      ],
    );
    await expect(client.query("update journal set type = 'x' where seq = 1")).rejects.toThrow(/append-only/);
    await expect(client.query("delete from journal where seq = 1")).rejects.toThrow(/append-only/);
    const { rows } = await client.query<{ count: string | number }>("select count(*) as count from journal");
    expect(Number(rows[0]?.count)).toBe(1);
  });

  it("rejects a second entry with the same register and sequence", async () => {
    await expect(
      client.query(
        "insert into journal (register_id, seq, event_id, type, occurred_at, payload, prev_hash, hash) values ($1, $2, $3, $4, now(), $5, $6, $7)",
        ["R1", 1, "evt-2", "session.opened", "{}", "0".repeat(64), "b".repeat(64)],
      ),
    ).rejects.toThrow();
  });

  it("rolls a failed transaction back whole", async () => {
    const failure = client.transaction(async (transaction) => {
      await transaction.query("insert into customers (customer_id, payload) values ($1, $2)", ["C1", "{}"]);
      throw new Error("fails after the first write");
    });
    await expect(failure).rejects.toThrow("fails after the first write");
    const { rows } = await client.query<{ count: string | number }>(
      "select count(*) as count from customers",
    );
    expect(Number(rows[0]?.count)).toBe(0);
  });
});
