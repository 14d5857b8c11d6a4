export { createHub, type Hub, type HubOptions, hubOptionsSchema } from "./create-hub";
export { type BalanceChangeInput, balanceChangeInputSchema, type HubBalance } from "./hub-accounts";
export { HUB_EVENT_TYPES, type HubEvent, type HubEventType, hubEventTypeSchema } from "./hub-events";
export type { DailySalesRow } from "./hub-queries";
export { HUB_MIGRATIONS } from "./hub-schema-v1";
export { type PublishSnapshotInput, publishSnapshotInputSchema } from "./hub-snapshots";
export { hubSalePayloadSchema } from "./project-entry";
export { runHubMigrations } from "./run-hub-migrations";
export {
  MAX_SYNC_BATCH_ENTRIES,
  SNAPSHOT_KINDS,
  type Snapshot,
  type SnapshotKind,
  type SnapshotVersions,
  type SyncAck,
  type SyncBatch,
  type SyncRejection,
  snapshotKindSchema,
  snapshotSchema,
  snapshotVersionsSchema,
  syncAckSchema,
  syncBatchSchema,
  syncRejectionSchema,
} from "./sync-protocol";
