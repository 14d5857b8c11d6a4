import { TillError } from "../../../core/errors/till-error";
import type { Migration } from "../migrations/migration";
import type { MigrationResult } from "../migrations/run-migrations";
import type { SqlClient } from "../sql-client";
import { HUB_MIGRATIONS } from "./hub-schema-v1";

// Its own version table: a hub and a till may share one database (a back-office server that also runs
// a till), and each schema moves at its own pace.
const VERSION_TABLE = `
create table if not exists hub_schema_version (
  version integer primary key,
  name text not null,
  applied_at timestamptz not null default now()
)`;

/**
 * Brings a hub database to the newest hub schema, one migration per transaction. A database newer than
 * the code is refused, never downgraded.
 *
 * @param client - the hub's SQL client
 * @param migrations - the hub migrations (default {@link HUB_MIGRATIONS})
 * @returns versions before and after
 * @throws TillError SCHEMA_TOO_NEW when the hub schema is newer than the code
 * @public
 */
export async function runHubMigrations(
  client: SqlClient,
  migrations: readonly Migration[] = HUB_MIGRATIONS,
): Promise<MigrationResult> {
  await client.exec(VERSION_TABLE);
  const { rows } = await client.query<{ version: number | null }>(
    "select max(version) as version from hub_schema_version",
  );
  const from = Number(rows[0]?.version ?? 0);
  const known = migrations.at(-1)?.version ?? 0;
  if (from > known) {
    throw new TillError("SCHEMA_TOO_NEW", {
      message: `The hub schema is version ${from}; this code understands up to ${known}`,
      details: { databaseVersion: from, codeVersion: known },
    });
  }
  const applied: number[] = [];
  for (const migration of migrations.filter((candidate) => candidate.version > from)) {
    await client.transaction(async (transaction) => {
      await transaction.exec(migration.sql);
      await transaction.query("insert into hub_schema_version (version, name) values ($1, $2)", [
        migration.version,
        migration.name,
      ]);
    });
    applied.push(migration.version);
  }
  return { from, to: Math.max(from, known), applied };
}
