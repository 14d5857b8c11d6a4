import { parseWith } from "../errors/from-zod";
import { type SessionRecord, type SessionStorePort, sessionRecordSchema } from "./session-store-port";

/**
 * An in-memory {@link SessionStorePort}.
 *
 * @returns the session store
 * @public
 */
export function createMemorySessionStore(): SessionStorePort {
  const sessions = new Map<string, SessionRecord>();
  const ofRegister = (registerId: string) =>
    [...sessions.values()]
      .filter((session) => session.registerId === registerId)
      .sort((left, right) => Date.parse(left.openedAt) - Date.parse(right.openedAt));
  return {
    async save(session) {
      const parsed = parseWith(sessionRecordSchema, session, ["session"]);
      sessions.set(parsed.sessionId, parsed);
    },
    find: async (sessionId) => sessions.get(sessionId),
    findOpen: async (registerId) => ofRegister(registerId).find((session) => session.closedAt === undefined),
    list: async (registerId) => ofRegister(registerId),
  };
}
