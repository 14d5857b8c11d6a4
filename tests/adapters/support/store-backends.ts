/**
 * The storage backends every contract test runs against: memory, PGlite in memory, and PostgreSQL
 * through node-postgres (whichever server tests/support/postgres-server.ts found, printed once).
 */
import { createMemoryStore, type StoragePorts } from "../../../src/adapters/memory";
import {
  createPgliteClient,
  createPostgresClient,
  createSqlStore,
  runMigrations,
  type SqlClient,
} from "../../../src/adapters/sql";
import { type PostgresForTests, startPostgresForTests } from "../../support/postgres-server";

/** The ports both store kinds share: the public type, so the contract suites compile against it. */
export type StorePorts = StoragePorts;

export interface OpenedStore {
  readonly ports: StorePorts;
  readonly client?: SqlClient;
  close(): Promise<void>;
}

export interface StoreBackend {
  readonly label: string;
  open(): Promise<OpenedStore>;
}

let postgres: Promise<PostgresForTests> | undefined;

/** One PostgreSQL per test file, started on first use. */
export function sharedPostgres(): Promise<PostgresForTests> {
  postgres ??= startPostgresForTests().then((server) => {
    console.log(`[storage tests] PostgreSQL backend: ${server.backend}`);
    return server;
  });
  return postgres;
}

export async function stopSharedPostgres(): Promise<void> {
  if (postgres !== undefined) await (await postgres).stop();
  postgres = undefined;
}

async function sqlStore(client: SqlClient): Promise<OpenedStore> {
  // Each opening starts from an empty schema, so runs repeat on a shared server.
  await client.exec("drop schema if exists public cascade; create schema public;");
  await runMigrations(client);
  const ports = createSqlStore(client);
  await ports.coupons.define([{ code: "SAVE10", promotionId: "p1", usage: "single" }]);
  return { ports, client, close: () => client.close() };
}

const ALL_BACKENDS: readonly StoreBackend[] = [
  {
    label: "memory",
    open: async () => ({
      ports: createMemoryStore({ coupons: [{ code: "SAVE10", promotionId: "p1", usage: "single" }] }),
      close: async () => undefined,
    }),
  },
  { label: "PGlite (in memory)", open: async () => sqlStore(await createPgliteClient()) },
  {
    label: "PostgreSQL (node-postgres)",
    open: async () =>
      sqlStore(await createPostgresClient({ connectionString: (await sharedPostgres()).url })),
  },
];

/**
 * The backends to run: all of them, or only those whose labels start with one of the comma-separated
 * prefixes in TILLKIT_STORE_BACKENDS (mutation runs of the in-memory ports set it to "memory", so each
 * mutant does not also migrate two databases).
 */
export const STORE_BACKENDS: readonly StoreBackend[] = selectedBackends(process.env.TILLKIT_STORE_BACKENDS);

function selectedBackends(selection: string | undefined): readonly StoreBackend[] {
  if (selection === undefined || selection.trim() === "") return ALL_BACKENDS;
  const prefixes = selection.split(",").map((prefix) => prefix.trim());
  const chosen = ALL_BACKENDS.filter((backend) =>
    prefixes.some((prefix) => backend.label.startsWith(prefix)),
  );
  if (chosen.length === 0) throw new Error(`TILLKIT_STORE_BACKENDS=${selection} names no storage backend`);
  return chosen;
}
