import { z } from "zod";
import { parseWith } from "../../../core/errors/from-zod";
import { jsonValueSchema } from "../../../core/journal/canonical-json";
import type { SqlClient } from "../sql-client";
import { toBigint } from "./sql-values";
import {
  SNAPSHOT_KINDS,
  type Snapshot,
  type SnapshotVersions,
  snapshotKindSchema,
  snapshotVersionsSchema,
} from "./sync-protocol";

/**
 * zod schema of a snapshot to publish: its kind and its JSON payload (catalog items, price lists, tax
 * rule sets, promotion rules — whatever the till's ports read).
 *
 * @public
 */
export const publishSnapshotInputSchema = /* @__PURE__ */ z.strictObject({
  kind: snapshotKindSchema,
  payload: jsonValueSchema,
});

/**
 * A snapshot to publish, see {@link publishSnapshotInputSchema}.
 *
 * @public
 */
export type PublishSnapshotInput = z.infer<typeof publishSnapshotInputSchema>;

type SnapshotRow = {
  kind: Snapshot["kind"];
  version: unknown;
  payload: unknown;
  published_at: unknown;
};

function toSnapshot(row: SnapshotRow): Snapshot {
  const at = row.published_at;
  return {
    kind: row.kind,
    version: Number(toBigint(row.version)),
    publishedAt: at instanceof Date ? at.toISOString() : String(at),
    payload: row.payload,
  };
}

/**
 * Publishes the next version of a snapshot kind (1, 2, 3, … per kind). Versions only grow; an old
 * version stays readable so any receipt can be recomputed with the data it was priced with.
 *
 * @param client - the hub's SQL client
 * @param input - kind and payload
 * @param timestamp - publication time (ISO)
 * @returns the stored snapshot
 * @throws TillError INVALID_INPUT for an unknown kind or a payload that is not canonical JSON
 * @internal
 */
export async function publishSnapshot(
  client: SqlClient,
  input: unknown,
  timestamp: string,
): Promise<Snapshot> {
  const valid = parseWith(publishSnapshotInputSchema, input, ["snapshot"]);
  return client.transaction(async (transaction) => {
    // Serialises publishers of one kind so two never take the same version.
    await transaction.query("select pg_advisory_xact_lock(7337002, $1)", [
      SNAPSHOT_KINDS.indexOf(valid.kind),
    ]);
    const { rows } = await transaction.query<SnapshotRow>(
      `insert into hub_snapshots (kind, version, payload, published_at)
       select $1, coalesce(max(version), 0) + 1, $2, $3 from hub_snapshots where kind = $1
       returning kind, version, payload, published_at`,
      [valid.kind, JSON.stringify(valid.payload), timestamp],
    );
    return toSnapshot(rows[0] as SnapshotRow);
  });
}

/**
 * The newest snapshot of each kind that is newer than the version the till holds.
 *
 * @param client - the hub's SQL client
 * @param since - versions the till holds (absent kind: none)
 * @returns zero or one snapshot per kind
 * @throws TillError INVALID_INPUT for malformed versions
 * @internal
 */
export async function pullSnapshots(client: SqlClient, since: unknown): Promise<Snapshot[]> {
  const held: SnapshotVersions = parseWith(snapshotVersionsSchema, since, ["since"]);
  const { rows } = await client.query<SnapshotRow>(
    `select distinct on (kind) kind, version, payload, published_at from hub_snapshots
     where version > coalesce(($1::jsonb ->> kind)::integer, 0) order by kind, version desc`,
    [JSON.stringify(held)],
  );
  return rows.map(toSnapshot);
}
