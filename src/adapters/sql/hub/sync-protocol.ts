import { z } from "zod";
import { TILL_ERROR_CODES } from "../../../core/errors/error-codes";
import { journalEntrySchema } from "../../../core/journal/journal-entry";

/**
 * Most entries one batch may carry. A till pushes far fewer (its batch size); the cap bounds what one
 * request can make the hub hold in memory.
 *
 * @public
 */
export const MAX_SYNC_BATCH_ENTRIES = 10_000;

/**
 * zod schema of one push: the journal entries of one store's registers, any order, duplicates allowed.
 *
 * @public
 */
export const syncBatchSchema = /* @__PURE__ */ z.strictObject({
  /** The store the registers belong to; a register stays bound to the store it first synced from. */
  storeId: z.string().min(1).max(128),
  entries: z.array(journalEntrySchema).max(MAX_SYNC_BATCH_ENTRIES),
});

/**
 * One push, see {@link syncBatchSchema}.
 *
 * @public
 */
export type SyncBatch = z.infer<typeof syncBatchSchema>;

/**
 * zod schema of an entry the hub refused, with the TillError that says why.
 *
 * @public
 */
export const syncRejectionSchema = /* @__PURE__ */ z.object({
  eventId: z.string(),
  registerId: z.string(),
  seq: z.number().int(),
  error: z.object({
    code: z.enum(TILL_ERROR_CODES),
    message: z.string(),
    details: z.record(z.string(), z.unknown()).optional(),
  }),
});

/**
 * An entry the hub refused, see {@link syncRejectionSchema}.
 *
 * @public
 */
export type SyncRejection = z.infer<typeof syncRejectionSchema>;

/**
 * zod schema of the hub's answer to a push. `accepted` entries were written now, `duplicates` were
 * already there (the till may acknowledge both); `rejected` stay in the till's outbox; `compensations`
 * are the ids of hub events written because a redemption exceeded a balance.
 *
 * @public
 */
export const syncAckSchema = /* @__PURE__ */ z.object({
  accepted: z.array(z.string()),
  duplicates: z.array(z.string()),
  rejected: z.array(syncRejectionSchema),
  compensations: z.array(z.string()),
});

/**
 * The hub's answer to a push, see {@link syncAckSchema}.
 *
 * @public
 */
export type SyncAck = z.infer<typeof syncAckSchema>;

/**
 * The kinds of versioned snapshot the hub publishes.
 *
 * @public
 */
export const SNAPSHOT_KINDS = ["catalog", "price", "tax", "promotion"] as const;

/**
 * zod schema of a snapshot kind.
 *
 * @public
 */
export const snapshotKindSchema = /* @__PURE__ */ z.enum(SNAPSHOT_KINDS);

/**
 * A snapshot kind, see {@link SNAPSHOT_KINDS}.
 *
 * @public
 */
export type SnapshotKind = z.infer<typeof snapshotKindSchema>;

/**
 * zod schema of the snapshot versions a till holds (or a receipt used): kind → version, 0 or absent
 * for none.
 *
 * @public
 */
export const snapshotVersionsSchema = /* @__PURE__ */ z.partialRecord(
  snapshotKindSchema,
  z.number().int().min(0).max(2_147_483_647),
);

/**
 * Snapshot versions by kind, see {@link snapshotVersionsSchema}.
 *
 * @public
 */
export type SnapshotVersions = z.infer<typeof snapshotVersionsSchema>;

/**
 * zod schema of one published snapshot.
 *
 * @public
 */
export const snapshotSchema = /* @__PURE__ */ z.object({
  kind: snapshotKindSchema,
  version: z.number().int().min(1),
  publishedAt: z.string(),
  payload: z.unknown(),
});

/**
 * One published snapshot, see {@link snapshotSchema}.
 *
 * @public
 */
export type Snapshot = z.infer<typeof snapshotSchema>;
