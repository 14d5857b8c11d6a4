import type { OutboxRecord } from "../../../core/commit/commit-port";
import type { JournalEntry } from "../../../core/journal/journal-entry";
import type { OutboxPort } from "../../../core/ports/outbox-port";
import type { SqlClient } from "../sql-client";
import { toSafeNumber } from "./sql-values";

/**
 * An {@link OutboxPort} over the `outbox` table the commit writes in the same transaction as the fact.
 *
 * @param client - the SQL client
 * @returns the outbox port
 * @public
 */
export function createSqlOutbox(client: SqlClient): OutboxPort {
  return {
    async pending(limit) {
      const { rows } = await client.query(
        `select event_id, register_id, payload from outbox where acknowledged_at is null
         order by register_id, seq limit $1`,
        [Math.max(0, Math.trunc(limit))],
      );
      return rows.map(
        (row): OutboxRecord => ({
          eventId: String(row.event_id),
          registerId: String(row.register_id),
          entry: (typeof row.payload === "string" ? JSON.parse(row.payload) : row.payload) as JournalEntry,
        }),
      );
    },
    async acknowledge(eventIds) {
      if (eventIds.length === 0) return;
      await client.query(
        "update outbox set acknowledged_at = now() where event_id = any($1) and acknowledged_at is null",
        [[...eventIds]],
      );
    },
    async countPending() {
      const { rows } = await client.query(
        "select count(*) as count from outbox where acknowledged_at is null",
      );
      return toSafeNumber(rows[0]?.count);
    },
  };
}
