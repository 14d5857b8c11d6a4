import { TillError } from "../../../core/errors/till-error";
import type { SqlClient } from "../sql-client";
import type { Migration } from "./migration";
import { MIGRATIONS } from "./migrations";

/**
 * What {@link runMigrations} did.
 *
 * @public
 */
export interface MigrationResult {
  /** Schema version before. */
  readonly from: number;
  /** Schema version after. */
  readonly to: number;
  /** Versions applied now. */
  readonly applied: readonly number[];
}

const VERSION_TABLE = `
create table if not exists tillkit_schema_version (
  version integer primary key,
  name text not null,
  applied_at timestamptz not null default now()
)`;

async function currentVersion(client: Pick<SqlClient, "query">): Promise<number> {
  const { rows } = await client.query<{ version: number | null }>(
    "select max(version) as version from tillkit_schema_version",
  );
  return Number(rows[0]?.version ?? 0);
}

/**
 * Brings a database up to the newest schema this code knows, one migration per transaction, so a crash
 * mid-way leaves the database at a whole version. A database with a newer schema than the code is
 * refused, never silently downgraded.
 *
 * @param client - the SQL client
 * @param migrations - the migrations (default: tillkit's own)
 * @returns versions before and after
 * @throws TillError SCHEMA_TOO_NEW when the database is newer than the code
 * @public
 */
export async function runMigrations(
  client: SqlClient,
  migrations: readonly Migration[] = MIGRATIONS,
): Promise<MigrationResult> {
  await client.exec(VERSION_TABLE);
  const from = await currentVersion(client);
  const known = migrations.at(-1)?.version ?? 0;
  if (from > known) {
    throw new TillError("SCHEMA_TOO_NEW", {
      message: `The database schema is version ${from}; this code understands up to ${known}`,
      details: { databaseVersion: from, codeVersion: known },
    });
  }
  const applied: number[] = [];
  for (const migration of migrations.filter((candidate) => candidate.version > from)) {
    await client.transaction(async (transaction) => {
      await transaction.exec(migration.sql);
      await transaction.query("insert into tillkit_schema_version (version, name) values ($1, $2)", [
        migration.version,
        migration.name,
      ]);
    });
    applied.push(migration.version);
  }
  return { from, to: Math.max(from, known), applied };
}
