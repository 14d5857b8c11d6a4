export { type BackoffPolicy, backoffPolicySchema, makeBackoff } from "./backoff";
export {
  createSyncClient,
  type SyncClient,
  type SyncClientOptions,
  type SyncRound,
  syncClientSettingsSchema,
} from "./create-sync-client";
export { type FetchLike, type HttpTransportOptions, httpTransport } from "./http-transport";
export { createHubHttpHandler, MAX_SYNC_BODY_BYTES } from "./hub-http-handler";
export { inProcessTransport } from "./in-process-transport";
export {
  makeOfflinePolicy,
  type OfflineDecision,
  type OfflinePolicy,
  type OfflinePolicyInput,
  type OfflineRedemption,
  offlinePolicySchema,
  offlineRedemptionSchema,
} from "./offline-policy";
export { type SyncTimer, systemTimer } from "./sync-timer";
export type { SyncTransport } from "./sync-transport";
export { decodeWire, encodeWire } from "./wire-json";
