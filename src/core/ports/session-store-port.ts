import { z } from "zod";
import { jsonValueSchema } from "../journal/canonical-json";
import { timestampSchema } from "../sale/value-schemas";

/**
 * zod schema for a stored register session (a cash shift): when it opened and closed, and the host's
 * summary of it (float, counts, totals) as JSON.
 *
 * @public
 */
export const sessionRecordSchema = /* @__PURE__ */ z.object({
  sessionId: z.string().min(1),
  registerId: z.string().min(1),
  openedAt: timestampSchema,
  closedAt: timestampSchema.optional(),
  summary: jsonValueSchema,
});

/**
 * A stored register session, see {@link sessionRecordSchema}.
 *
 * @public
 */
export type SessionRecord = z.output<typeof sessionRecordSchema>;

/**
 * The register-session store port. The journal stays the source of truth; this keeps a queryable
 * record per session.
 *
 * @public
 */
export interface SessionStorePort {
  /** Writes (or replaces) a session by id. @throws TillError INVALID_INPUT for a bad record */
  save(session: SessionRecord): Promise<void>;
  /** @returns the session with this id, or undefined */
  find(sessionId: string): Promise<SessionRecord | undefined>;
  /** @returns the open session of a register, or undefined */
  findOpen(registerId: string): Promise<SessionRecord | undefined>;
  /** @returns a register's sessions, oldest first */
  list(registerId: string): Promise<readonly SessionRecord[]>;
}
