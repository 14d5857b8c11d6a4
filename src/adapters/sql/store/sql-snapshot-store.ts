import { parseWith } from "../../../core/errors/from-zod";
import type { JsonValue } from "../../../core/journal/canonical-json";
import {
  type Snapshot,
  type SnapshotKind,
  type SnapshotStorePort,
  snapshotKindSchema,
} from "../../../core/ports/snapshot-store-port";
import type { SqlClient, SqlTransaction } from "../sql-client";
import { toSafeNumber } from "./sql-values";

/**
 * Stores the next version of a kind inside a transaction. The (kind, version) key makes two writers
 * racing for one version fail rather than share it.
 *
 * @internal
 */
export async function writeSnapshotInTransaction(
  transaction: SqlTransaction,
  kind: SnapshotKind,
  payload: JsonValue,
): Promise<Snapshot> {
  const { rows } = await transaction.query(
    `insert into snapshots (kind, version, payload)
     select $1, coalesce(max(version), 0) + 1, $2 from snapshots where kind = $1 returning version`,
    [kind, JSON.stringify(payload)],
  );
  return { kind, version: toSafeNumber(rows[0]?.version), payload };
}

/**
 * A {@link SnapshotStorePort} over the `snapshots` table.
 *
 * @param client - the SQL client
 * @returns the snapshot store
 * @public
 */
export function createSqlSnapshotStore(client: SqlClient): SnapshotStorePort {
  return {
    write(kind, payload) {
      parseWith(snapshotKindSchema, kind, ["kind"]);
      return client.transaction((transaction) => writeSnapshotInTransaction(transaction, kind, payload));
    },
    async read(kind, version) {
      const { rows } =
        version === undefined
          ? await client.query(
              "select version, payload from snapshots where kind = $1 order by version desc limit 1",
              [kind],
            )
          : await client.query("select version, payload from snapshots where kind = $1 and version = $2", [
              kind,
              version,
            ]);
      const row = rows[0];
      return row === undefined
        ? undefined
        : { kind, version: toSafeNumber(row.version), payload: row.payload as JsonValue };
    },
  };
}
