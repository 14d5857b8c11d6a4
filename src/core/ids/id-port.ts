/**
 * What an id is for; a generator may prefix or partition by kind.
 *
 * @public
 */
export type IdKind = "sale" | "line" | "discount" | "tender" | "approval" | "check" | "event";

/**
 * The id generator port. Deterministic in tests, random (UUID) in production.
 *
 * @public
 */
export interface IdPort {
  /**
   * @param kind - what the id is for
   * @returns a new id, never returned before
   */
  next(kind: IdKind): string;
}

/**
 * Ids `sale-1`, `line-1`, `line-2`, ...: one counter per kind, so tests can name what they expect.
 *
 * @param prefix - optional prefix for every id (e.g. a register id)
 * @returns a deterministic id port
 * @example
 * ```ts
 * const ids = createSequentialIds();
 * ids.next("line"); // "line-1"
 * ```
 * @public
 */
export function createSequentialIds(prefix = ""): IdPort {
  const counters: Partial<Record<IdKind, number>> = {};
  return {
    next(kind) {
      const count = (counters[kind] ?? 0) + 1;
      counters[kind] = count;
      return `${prefix}${kind}-${count}`;
    },
  };
}

/**
 * Random UUIDs from the platform's `crypto.randomUUID` (Node 20+, browsers).
 *
 * @returns an id port
 * @public
 */
export function createRandomIds(): IdPort {
  return { next: () => globalThis.crypto.randomUUID() };
}
