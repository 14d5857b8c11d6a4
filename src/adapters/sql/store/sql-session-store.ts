import { parseWith } from "../../../core/errors/from-zod";
import { type SessionStorePort, sessionRecordSchema } from "../../../core/ports/session-store-port";
import type { SqlClient } from "../sql-client";

/**
 * A {@link SessionStorePort} over the `register_sessions` table; the record rides in the payload
 * column exactly as saved, the other columns serve the queries.
 *
 * @param client - the SQL client
 * @returns the session store
 * @public
 */
export function createSqlSessionStore(client: SqlClient): SessionStorePort {
  const many = async (sql: string, params: unknown[]) =>
    (await client.query(sql, params)).rows.map((row) =>
      parseWith(sessionRecordSchema, row.payload, ["session"]),
    );
  return {
    async save(session) {
      const parsed = parseWith(sessionRecordSchema, session, ["session"]);
      await client.query(
        `insert into register_sessions (session_id, register_id, opened_at, closed_at, payload)
         values ($1, $2, $3, $4, $5) on conflict (session_id) do update set register_id = excluded.register_id,
           opened_at = excluded.opened_at, closed_at = excluded.closed_at, payload = excluded.payload`,
        [
          parsed.sessionId,
          parsed.registerId,
          parsed.openedAt,
          parsed.closedAt ?? null,
          JSON.stringify(parsed),
        ],
      );
    },
    find: async (sessionId) =>
      (await many("select payload from register_sessions where session_id = $1", [sessionId]))[0],
    findOpen: async (registerId) =>
      (
        await many(
          `select payload from register_sessions where register_id = $1 and closed_at is null
           order by opened_at limit 1`,
          [registerId],
        )
      )[0],
    list: (registerId) =>
      many("select payload from register_sessions where register_id = $1 order by opened_at, session_id", [
        registerId,
      ]),
  };
}
