import { z } from "zod";
import { parseWith } from "../../core/errors/from-zod";

/**
 * zod schema of the journal-entry members a back-office projection reads. Other members (hashes,
 * signatures) are left alone: these projections run on entries a store or `readSaleFacts` has verified,
 * and on entry types newer than the till that wrote the rest of the chain.
 *
 * @public
 */
export const backofficeEntrySchema = /* @__PURE__ */ z.looseObject({
  registerId: z.string().min(1),
  seq: z.number().int().min(1),
  eventId: z.string().min(1),
  type: z.string().min(1),
  timestamp: z.iso.datetime({ offset: true }),
  payload: z.unknown(),
});

/**
 * The members of a journal entry a back-office projection reads, plus its index in the input.
 *
 * @internal
 */
export interface BackofficeEntry {
  readonly registerId: string;
  readonly seq: number;
  readonly eventId: string;
  readonly type: string;
  readonly timestamp: string;
  readonly time: number;
  readonly payload: unknown;
  readonly index: number;
}

/**
 * Validates the entries of the given types and sorts them by time, then register and seq (the order
 * facts happened in across registers).
 *
 * @param entries - journal entries (untrusted)
 * @param types - entry types to keep
 * @returns the kept entries in time order
 * @throws TillError INVALID_INPUT with the path of a malformed entry
 * @internal
 */
export function entriesOfTypes(entries: readonly unknown[], types: ReadonlySet<string>): BackofficeEntry[] {
  const kept: BackofficeEntry[] = [];
  entries.forEach((input, index) => {
    const type = typeof input === "object" && input !== null ? (input as { type?: unknown }).type : undefined;
    if (typeof type !== "string" || !types.has(type)) return;
    const entry = parseWith(backofficeEntrySchema, input, ["entries", index]);
    kept.push({ ...entry, time: Date.parse(entry.timestamp), index });
  });
  return kept.sort((a, b) => a.time - b.time || a.registerId.localeCompare(b.registerId) || a.seq - b.seq);
}
